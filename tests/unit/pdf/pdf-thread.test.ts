// @vitest-environment node
// The CLI reads PDFs with pdf.js on a thread of its own: the main thread never loads pdf.js (whose
// legacy build would replace V8's push and JSON with slower copies there; the thread puts them back
// on its own), errors keep their kind, and an idle thread does not keep the process alive.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfArticle } from '@/utils/cli/pdf-input';
import { testPdfs, type PdfName } from '../../fixtures/pdf/make-pdfs';

// Taken before any PDF is read (core-js makes its copies print as "[native code]": compare identity).
const native = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

let pdfs: Record<PdfName, string>;
beforeAll(async () => {
  pdfs = await testPdfs();
}, 120_000);

describe('the CLI\'s pdf.js thread', () => {
  it('reads a PDF while this thread keeps its own built-ins and never loads pdf.js', async () => {
    const a = await pdfArticle(readFileSync(pdfs.paper), 'file:///paper.pdf');
    expect(a.title).toBe('Reading on Screens and on Paper: A Field Study of Long-Form Comprehension');
    expect(a.pageCount).toBe(2);
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.parse).toBe(native.parse);
    expect(JSON.stringify).toBe(native.stringify);
    expect('pdfjsLib' in globalThis).toBe(false);
  }, 60_000);

  it('reads several PDFs at once, each its own', async () => {
    const [paper, article] = await Promise.all([pdfArticle(readFileSync(pdfs.paper), 'file:///a.pdf'), pdfArticle(readFileSync(pdfs.article), 'file:///b.pdf')]);
    expect(paper.pageCount).toBe(2);
    expect(article.title).not.toBe(paper.title);
    expect(article.paragraphs.join(' ')).toMatch(/Klymenko/);
  }, 60_000);

  it('keeps a locked file\'s reason across the thread', async () => {
    await expect(pdfArticle(readFileSync(pdfs.encrypted), 'file:///e.pdf')).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/password/) });
  }, 60_000);

  it('keeps V8\'s own push and JSON on its own thread too, and leaves inflating to pdf.js', async () => {
    // The thread's module loaded on a thread of this test's, which compares the built-ins before and after.
    const code = `const { parentPort } = require('node:worker_threads');
      const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
      import(${JSON.stringify(pathToFileURL('utils/cli/pdf-thread.mjs').href)}).then(() => parentPort.postMessage({
        push: Array.prototype.push === before.push, parse: JSON.parse === before.parse, stringify: JSON.stringify === before.stringify,
        pdfjs: typeof globalThis.pdfjsWorker?.WorkerMessageHandler, inflate: typeof globalThis.DecompressionStream }));`;
    const w = new Worker(code, { eval: true });
    try {
      const seen = await new Promise((resolve, reject) => w.once('message', resolve).once('error', reject));
      expect(seen).toEqual({ push: true, parse: true, stringify: true, pdfjs: 'function', inflate: 'undefined' });
    } finally {
      await w.terminate();
    }
  }, 60_000);

  it('lets the process end once the PDF is read', () => {
    const code = `import { readFileSync } from 'node:fs'; import { pdfArticle } from './utils/cli/pdf-input.ts';
      const a = await pdfArticle(readFileSync(${JSON.stringify(pdfs.paper)}), 'file:///p.pdf'); console.log(a.pageCount);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('2');
    expect(r.status).toBe(0);
  }, 90_000);
});
