// @vitest-environment node
// PDFs printed by Chromium (a two-column paper with a running header, a news article), a scanned one,
// an encrypted one and a broken one, read the way the CLI and the extension read them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfArticle } from '@/utils/cli/pdf-input';
import { readPdf, type PdfJs } from '@/utils/pdf/read-pdf';
import { testPdfs, type PdfName } from '../../fixtures/pdf/make-pdfs';
import { paperBody } from '../../fixtures/pdf/paper-body';
import { fixturePath } from '../fixture';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', ...args], { input, encoding: 'utf8' });

// Each CLI run loads pdf.js in a new Node process: seconds on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

let pdfs: Record<PdfName, string>;
beforeAll(async () => {
  pdfs = await testPdfs();
}, 120_000);


describe('a two-column academic paper', () => {
  it('gives three key quotes that are verbatim sentences of one body paragraph each, with their page', () => {
    const r = run(['--json', pdfs.paper]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe('Reading on Screens and on Paper: A Field Study of Long-Form Comprehension');
    expect(out.pageCount).toBe(2);
    expect(out.keyQuotes).toHaveLength(3);
    const body = paperBody();
    for (const q of out.keyQuotes) {
      // Inside one paragraph of the body: not the title block, a header, a footnote, a reference, nor
      // two columns spliced together.
      expect(body.some((p) => p.includes(q.text)), q.text).toBe(true);
      expect([1, 2]).toContain(q.page);
    }
  });

  it('reads text as a reader does: hyphenation undone, no running header, footnote, caption or reference', async () => {
    const a = await pdfArticle(readFileSync(pdfs.paper), 'file:///paper.pdf');
    const text = a.paragraphs.join('\n\n');
    expect(text).toContain('everyday disorganization of attention');
    for (const gone of ['Journal of Reading Research', 'Lindqvist et al.', 'ethics boards', 'Figure 1', 'Oxford University Press', 'University of Uppsala', 'Correspondence'])
      expect(text).not.toContain(gone);
    // Every body paragraph comes out whole, in order, each traced to a page.
    const body = paperBody();
    let at = -1;
    for (const p of body.slice(1)) {
      const i = text.indexOf(p);
      expect(i, p.slice(0, 40)).toBeGreaterThan(at);
      at = i;
    }
    expect(a.pageStarts?.map((p) => p.page)).toEqual([1, 2]);
  });
});

describe('a printed news article with a running header and "Page N of M"', () => {
  it('keeps who said what, with pages, and drops the header and footer', async () => {
    const r = run(['--json', pdfs.article]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.quotes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: 'Donald Trump', page: 1 }),
        expect.objectContaining({ speaker: 'Ihor Klymenko', page: 2 }),
      ]),
    );
    const a = await pdfArticle(readFileSync(pdfs.article), 'https://example.org/a.pdf');
    expect(a.site).toBe('example.org');
    const text = a.paragraphs.join('\n');
    expect(text).not.toMatch(/printed edition|Page \d of \d/);
  });
});

describe('PDFs that cannot be summarized', () => {
  it('scanned, encrypted, broken: one clear message each, exit code 1', () => {
    const r = run([pdfs.scanned, pdfs.encrypted, pdfs.broken]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/scanned\.pdf: .*no text to read: it is probably a scan/);
    expect(lines[1]).toMatch(/encrypted\.pdf: .*protected by a password/);
    expect(lines[2]).toMatch(/broken\.pdf: .*could not be read: the file is damaged/);
  });

  it('stops a long PDF at the word cap and says so', async () => {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    const a = await readPdf(pdfjs, new Uint8Array(readFileSync(pdfs.paper)), { url: 'file:///p.pdf', maxWords: 50 });
    expect(a.pagesRead).toBe(1);
    expect(a.pageCount).toBe(2);
    expect(a.truncated).toBe(true);
  });
});

describe('batch records pointing at files', () => {
  it('reads {"id","path"} records of PDF, HTML and text files, and reports a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    writeFileSync(join(dir, 'n.txt'), 'The council met on Monday. “We are pleased,” said Mayor Ana Ruiz.');
    const lines = [
      { id: 'pdf', path: pdfs.article },
      { id: 'html', path: fixturePath('pages/seed-politics.html') },
      { id: 'txt', path: join(dir, 'n.txt') },
      { id: 'gone', path: join(dir, 'missing.pdf') },
      { id: 'locked', path: pdfs.encrypted },
    ].map((r) => JSON.stringify(r));
    const r = run(['--jsonl', '-'], lines.join('\n'));
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['pdf', 'html', 'txt']);
    expect(out[0].keyQuotes[0].page).toBeGreaterThan(0);
    expect(out[1].keyQuotes[0]).not.toHaveProperty('page');
    expect(out[2].quotes[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    const errors = r.stderr.trim().split('\n');
    expect(errors[0]).toMatch(/line 4 \(id "gone"\): .*no such file/);
    expect(errors[1]).toMatch(/line 5 \(id "locked"\): .*password/);
    expect(r.status).toBe(1);
  });
});
