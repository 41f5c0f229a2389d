// PDFs in Chromium's PDF viewer: the popup reads the file itself (pdf.js, injected only there) and
// shows its key quotes and who said what with their pages; errors for locked and scanned files.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { longHtml, longPdf, testPdfs } from '../fixtures/pdf/make-pdfs';
import { SHARED_FROM_PAGES } from '../../utils/pdf/read-pdf';
import type { PdfBytesGlobal } from '../../utils/pdf/reader-global';
import { paperBody } from '../fixtures/pdf/paper-body';
import { openPage, openPopupFor, tabIdOf, useHarness } from './harness';
import { storedFor, type StoredHighlight } from './highlights-helpers';

const error = '[data-testid="summary-error"]';
const keyQuote = '[data-testid="key-quote"]';

describe('PDF tabs', () => {
  const h = useHarness();

  beforeAll(async () => {
    const pdfs = await testPdfs();
    for (const name of ['paper', 'article', 'scanned', 'encrypted'] as const) h.server.route(`/${name}.pdf`, readFileSync(pdfs[name]), 'application/pdf');
  }, 120_000);

  /** Which of Keyquote's PDF scripts the tab's isolated world holds. */
  const pdfScriptsInTab = async (tabId: number) =>
    (await h.worker()).evaluate(async (id) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => ({ reader: typeof (globalThis as Record<string, unknown>).keyquotePdf, bytes: typeof (globalThis as Record<string, unknown>).keyquotePdfBytes }),
      });
      return r!.result;
    }, tabId);

  it('shows a two-column paper\'s title, page count and key quotes from its body, each with its page', async () => {
    const page = await openPage(h, '/paper.pdf');
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(keyQuote).count(), { timeout: 20_000 }).toBe(3);
    expect(await popup.locator('[data-testid="summary-title"]').textContent()).toBe(
      'Reading on Screens and on Paper: A Field Study of Long-Form Comprehension',
    );
    expect(await popup.locator('[data-testid="summary-meta"]').textContent()).toMatch(/2 pages · \d+ min read/);
    const body = paperBody();
    for (const text of await popup.locator(keyQuote).allTextContents()) expect(body.some((p) => p.includes(text)), text).toBe(true);
    const pages = await popup.locator('.kq-item [data-testid="quote-page"]').allTextContents();
    expect(pages).toHaveLength(3);
    for (const p of pages) expect(p).toMatch(/^p\. [12]$/);
    // pdf.js never entered the tab: only the small script that fetches the file did.
    expect(await pdfScriptsInTab(tabId)).toEqual({ reader: 'undefined', bytes: 'object' });
  });

  it('takes a PDF\'s bytes only from the tab the background named, on that read\'s port', async () => {
    // After the test above, the offscreen document is open. Tab `a` shows the PDF; tab `b`, a web page
    // with Keyquote's script in it, knows the read's port name and tries to slip other bytes in first.
    // (A tab's script cannot learn the random name; this one is told it, to show the tab check holds.)
    const a = await openPage(h, '/paper.pdf');
    const b = await openPage(h, '/seed-politics.html');
    const [tabA, tabB] = [await tabIdOf(h, a), await tabIdOf(h, b)];
    const { refused, title } = await (await h.worker()).evaluate(
      async ({ tabA, tabB, url }) => {
        const id = crypto.randomUUID();
        await chrome.runtime.sendMessage({ keyquotePdf: 'expect', id, tabId: tabA });
        const [tried] = await chrome.scripting.executeScript({
          target: { tabId: tabB },
          func: (name: string) =>
            new Promise<boolean>((resolve) => {
              const port = chrome.runtime.connect({ name });
              port.onDisconnect.addListener(() => resolve(true));
              port.postMessage({ data: btoa('%PDF-1.7 not the file the user is looking at') });
              setTimeout(() => resolve(false), 1500);
            }),
          args: [`keyquote-pdf:${id}`],
        });
        await chrome.scripting.executeScript({ target: { tabId: tabA }, files: ['/pdf-bytes.js'] });
        await chrome.scripting.executeScript({ target: { tabId: tabA }, func: (u: string) => (globalThis as PdfBytesGlobal).keyquotePdfBytes!.load(u), args: [url] });
        await chrome.scripting.executeScript({ target: { tabId: tabA }, func: (i: string) => (globalThis as PdfBytesGlobal).keyquotePdfBytes!.send(i), args: [id] });
        const r = (await chrome.runtime.sendMessage({ keyquotePdf: 'read', id, url })) as { title?: string; error?: unknown };
        return { refused: tried!.result, title: r.title ?? JSON.stringify(r.error) };
      },
      { tabA, tabB, url: h.server.url('/paper.pdf') },
    );
    // The other tab's port was shut at once; the named tab's bytes were read.
    expect(refused).toBe(true);
    expect(title).toBe('Reading on Screens and on Paper: A Field Study of Long-Form Comprehension');
    await b.close();
  });

  it('gives who said what with pages, and opens the viewer at a quote\'s page on click', async () => {
    const page = await openPage(h, '/article.pdf');
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, page);
    const speakers = popup.locator('[data-testid="quote-speaker"]');
    await expect.poll(() => speakers.allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining(['Donald Trump', 'Ihor Klymenko']));
    const klymenko = popup.locator('[data-testid="quote"]', { hasText: 'Ihor Klymenko' });
    expect(await klymenko.locator('[data-testid="quote-page"]').textContent()).toBe('p. 2');
    expect(await klymenko.locator('[data-testid="quote-page"]').getAttribute('href')).toBe(h.server.url('/article.pdf#page=2'));
    // A quotation's "p. 2" sends the PDF tab to its page, as a key quote's does (not a new tab).
    const worker = await h.worker();
    await klymenko.locator('[data-testid="quote-page"]').click();
    await expect.poll(() => worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId)).toBe(h.server.url('/article.pdf#page=2'));
    // A key quote: clicking it sends the PDF tab to its page.
    const last = popup.locator('.kq-item').last();
    const n = (await last.locator('[data-testid="quote-page"]').textContent())!.replace('p. ', '');
    await last.locator(keyQuote).click();
    await expect.poll(() => worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId)).toBe(h.server.url(`/article.pdf#page=${n}`));
  });

  it('saves a passage selected in the PDF viewer with its page, from the menu\'s selected text', async () => {
    const page = await openPage(h, '/paper.pdf');
    const tabId = await tabIdOf(h, page);
    const worker = await h.worker();
    // The viewer's selection, as Chromium hands it to the menu: line breaks where the lines broke.
    const selected = 'The study has limits. Our readers were library\nusers, who may read more than most adults';
    await worker.evaluate(
      async ([id, text]) => {
        const tab = await chrome.tabs.get(id as number);
        const info = { menuItemId: 'save-highlight', editable: false, pageUrl: tab.url!, frameId: 0, selectionText: text };
        (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
      },
      [tabId, selected],
    );
    const saved = () => storedFor(h, h.server.url('/paper.pdf')) as Promise<(StoredHighlight & { href: string })[]>;
    await expect.poll(async () => (await saved()).length, { timeout: 20_000 }).toBe(1);
    const [hl] = await saved();
    expect(hl!.exact).toBe('The study has limits. Our readers were library users, who may read more than most adults');
    expect(hl!.href).toBe(h.server.url('/paper.pdf#page=2'));
    // The shortcut cannot see the viewer's selection: the toolbar icon says why instead of nothing.
    await worker.evaluate((id) => chrome.tabs.get(id).then((tab) => (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('save-highlight', tab)), tabId);
    await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 20_000 }).toBe('!');
    expect(await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/right-click menu/);
  });

  it('saves a key quote of a PDF from the popup with its page', async () => {
    const page = await openPage(h, '/paper.pdf');
    const popup = await openPopupFor(h, page);
    const first = popup.locator('.kq-item').first();
    await first.waitFor({ timeout: 20_000 });
    const text = (await first.locator(keyQuote).textContent())!;
    const n = (await first.locator('[data-testid="quote-page"]').textContent())!.replace('p. ', '');
    await first.locator('[data-testid="save-quote"]').click();
    const saved = () => storedFor(h, h.server.url('/paper.pdf')) as Promise<(StoredHighlight & { href: string })[]>;
    await expect.poll(async () => (await saved()).find((s) => s.exact === text)?.href, { timeout: 20_000 }).toBe(h.server.url(`/paper.pdf#page=${n}`));
  });

  it('reads a local PDF (file://) in the same way, on pdf.js\'s worker in the offscreen document, never in the tab', async () => {
    // The test build's file:///* stands for the user's click with "Allow access to file URLs" on
    // (a command-line extension has it on); the shipped build's message is in shipped-build.test.ts.
    const file = `file://${(await testPdfs()).paper}`;
    const page = await openPage(h, file);
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(keyQuote).count(), { timeout: 20_000 }).toBe(3);
    const body = paperBody();
    for (const text of await popup.locator(keyQuote).allTextContents()) expect(body.some((p) => p.includes(text)), text).toBe(true);
    const href = await popup.locator('.kq-item [data-testid="quote-page"]').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#page=[12]$`));
    // Nothing was injected into the tab to read a local file: the offscreen document loaded it.
    expect(await pdfScriptsInTab(tabId)).toEqual({ reader: 'undefined', bytes: 'undefined' });
    const worker = await h.worker();
    const offscreen = await worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).map((c) => new URL(c.documentUrl!).pathname));
    expect(offscreen).toEqual(['/pdf-offscreen.html']);
  });

  it('reads a long PDF whose pages pdf.js\'s workers share out, in order, every quote traced to its page', async () => {
    const pages = SHARED_FROM_PAGES + 6;
    h.server.route('/long.pdf', readFileSync(await longPdf(pages)), 'application/pdf');
    const page = await openPage(h, '/long.pdf');
    const tabId = await tabIdOf(h, page);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(keyQuote).count(), { timeout: 30_000 }).toBe(3);
    expect(await popup.locator('[data-testid="summary-meta"]').textContent()).toMatch(new RegExp(`${pages} pages`));
    // The long file numbers its paragraphs: each key quote is a sentence of one, and its page is the
    // page that paragraph was printed on (five paragraphs a page).
    const html = longHtml(pages);
    const paras = [...html.matchAll(/<p>(\d+)\. ([\s\S]*?)<\/p>/g)].map((m) => ({ n: Number(m[1]), text: m[2]! }));
    const items = popup.locator('.kq-item');
    for (let i = 0; i < 3; i++) {
      const text = (await items.nth(i).locator(keyQuote).textContent())!;
      const shown = Number((await items.nth(i).locator('[data-testid="quote-page"]').textContent())!.replace('p. ', ''));
      const from = paras.filter((p) => p.text.includes(text)).map((p) => Math.ceil(p.n / 5));
      expect(from, text).toContain(shown);
    }
    // pdf.js never entered the tab: only the small script that hands the bytes over did.
    expect(await pdfScriptsInTab(tabId)).toEqual({ reader: 'undefined', bytes: 'object' });
  });

  it.each([
    ['encrypted', 'bad-file', /protected by a password/],
    ['scanned', 'empty', /probably a scan/],
  ])('explains why a %s PDF cannot be summarized', async (name, code, message) => {
    const page = await openPage(h, `/${name}.pdf`);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(error).getAttribute('data-code'), { timeout: 20_000 }).toBe(code);
    expect(await popup.locator(error).textContent()).toMatch(message);
  });
});
