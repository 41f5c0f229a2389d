// Firefox ESR with the Firefox test build: extraction + summary in Firefox, and the shipped build has no bridge.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { askBridge, SHIPPED_BUILD, TEST_BUILD, useFirefox } from './firefox-harness';
import type { Summary } from '@/utils/summary';
import { longPdf, testPdfs } from '../fixtures/pdf/make-pdfs';
import { SHARED_FROM_PAGES } from '@/utils/pdf/read-pdf';
import { paperBody } from '../fixtures/pdf/paper-body';

interface BridgeResult {
  meta: { title: string; isArticle: boolean; source: string; dir: string };
  paragraphCount: number;
  text: string;
  summary: Summary;
  workerReply: unknown;
}

interface PdfResult {
  summary?: Summary;
  pageCount?: number;
  error?: { code: string; message: string };
}

/** Asks the test bridge for the page's summary. */
const summaryOf = (page: Page) => askBridge<BridgeResult>(page, { keyquoteTest: 'summarize' }, 'keyquoteTestResult');

describe('Firefox', () => {
  const ff = useFirefox();

  it('extracts the sample article and gives three verbatim key quotes', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/seed-politics.html'));
    const r = await summaryOf(page);
    expect(r.meta).toMatchObject({ isArticle: true, source: 'readability', title: 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict' });
    expect(r.summary.keyQuotes).toHaveLength(3);
    for (const q of r.summary.keyQuotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
    expect(r.summary.quotes.map((q) => q.speaker)).toContain('Donald Trump');
  });

  it('keeps payloads as text, runs none of them, and its background refuses a content script’s envelope', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/hostile/payloads.html'));
    const r = await summaryOf(page);
    expect(r.text).toContain('<img src=x onerror="window.__kqPwned=1;alert(1)">');
    expect(r.summary.keyQuotes.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { __kqPwned?: number }).__kqPwned)).toBeUndefined();
    expect(r.workerReply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('reads a page whose story is in an open shadow root (as visible text)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/odd/shadow.html'));
    const r = await summaryOf(page);
    expect(r.meta.isArticle).toBe(false);
    expect(r.text).toContain('a sleeper service will again run');
  });

  it('reads PDFs with the real PDF reader in an extension page, as its background page does for a PDF tab', async () => {
    const pdfs = await testPdfs();
    for (const name of ['paper', 'encrypted'] as const) ff.server.route(`/${name}.pdf`, readFileSync(pdfs[name]), 'application/pdf');
    // Firefox shows a PDF in its own viewer (pdf.js), where no extension script may run…
    const viewer = await ff.browser.newPage();
    await viewer.goto(ff.server.url('/paper.pdf'));
    expect(viewer.url()).toBe(ff.server.url('/paper.pdf'));
    // …so Keyquote reads the file from its URL in an extension page: pdf-reader.js, framed here.
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/seed-politics.html'));
    await askBridge(page, { keyquoteTest: 'frame-pdf-probe' }, 'keyquoteTestPdfReady');
    const ask = (url: string) => page.evaluate((u) => new Promise<string>((done) => {
      addEventListener('message', (e) => typeof e.data === 'string' && e.data.startsWith('{"keyquoteTestPdf"') && done(e.data));
      (document.getElementById('kq-pdf-probe') as HTMLIFrameElement).contentWindow!.postMessage({ keyquoteTest: 'read-pdf', url: u }, '*');
    }), url).then((s) => (JSON.parse(s) as { keyquoteTestPdf: PdfResult }).keyquoteTestPdf);
    const paper = await ask(ff.server.url('/paper.pdf'));
    expect(paper.error).toBeUndefined();
    expect(paper.pageCount).toBe(2);
    expect(paper.summary!.title).toBe('Reading on Screens and on Paper: A Field Study of Long-Form Comprehension');
    expect(paper.summary!.keyQuotes).toHaveLength(3);
    const body = paperBody();
    for (const q of paper.summary!.keyQuotes) {
      expect(body.some((p) => p.includes(q.text)), q.text).toBe(true);
      expect([1, 2]).toContain(q.page);
    }
    expect((await ask(ff.server.url('/encrypted.pdf'))).error).toMatchObject({ code: 'bad-file', message: expect.stringMatching(/password/) });
    // A long file, whose pages the reader shares out between its pdf.js workers: all of them, in order.
    const pages = SHARED_FROM_PAGES + 6;
    ff.server.route('/long.pdf', readFileSync(await longPdf(pages)), 'application/pdf');
    const long = await ask(ff.server.url('/long.pdf'));
    expect(long.error).toBeUndefined();
    expect(long.pageCount).toBe(pages);
    expect(long.summary!.keyQuotes).toHaveLength(3);
    for (const q of long.summary!.keyQuotes) expect(q.page).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('the shipped Firefox build carries no test bridge and no host access', () => {
    const manifest = JSON.parse(readFileSync(join(SHIPPED_BUILD, 'manifest.json'), 'utf8'));
    const scripts = (manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []);
    expect(scripts.some((s: string) => s.includes('test-bridge'))).toBe(false);
    expect(existsSync(join(SHIPPED_BUILD, 'content-scripts/test-bridge.js'))).toBe(false);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(existsSync(join(SHIPPED_BUILD, 'pdf-probe.html'))).toBe(false);
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    // Sites are optional (MV2 keeps them in optional_permissions), granted one by one for restoring highlights.
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // …while the test build does carry it (so the check above is looking in the right place).
    expect(existsSync(join(TEST_BUILD, 'content-scripts/test-bridge.js'))).toBe(true);
  });
});
