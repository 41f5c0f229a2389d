// Reads a PDF shown in a tab. Chrome: a small script fetches the file inside the tab and hands it to
// the offscreen document (which loads a local file itself), where pdf.js reads it on workers (a
// service worker can start no worker). Firefox, whose PDF
// viewer takes no scripts: the background page loads pdf.js (on a worker too) and fetches the URL.
import { browser } from 'wxt/browser';
import type { ArticleData } from '../article';
import { KeyquoteError } from '../errors';
import { t } from '../i18n';
import { PDF_BYTES_FILE, PDF_READER_FILE, type PdfBytesGlobal, type PdfReaderGlobal, type PdfReadResult } from '../pdf/reader-global';
import { PDF_OFFSCREEN_PAGE, type OffscreenPdfMessage } from '../pdf/offscreen-protocol';

function unwrap(data: PdfReadResult | undefined | null): ArticleData {
  if (data && 'error' in data) throw new KeyquoteError(data.error.code, data.error.message);
  if (!data || !Array.isArray(data.paragraphs)) throw new KeyquoteError('restricted', t('rPdf'));
  return data;
}

/** Runs `func` in the tab and returns its result (null when the tab refused the script). */
async function inTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<Awaited<R> | null> {
  const results = await browser.scripting.executeScript({ target: { tabId }, func, args } as never).catch(() => null);
  return ((results as { result?: Awaited<R> }[] | null)?.[0]?.result ?? null) as Awaited<R> | null;
}

let creating: Promise<void> | undefined;

/**
 * The offscreen document, created on the first PDF (it closes itself when idle). Creating it when it is
 * already open fails, and that is fine: asking first would need runtime.getContexts, which Firefox's
 * build must not mention (web-ext lint), and a document that is really missing shows when it is asked.
 */
async function offscreenReady(): Promise<void> {
  creating ??= chrome.offscreen
    .createDocument({ url: PDF_OFFSCREEN_PAGE, reasons: ['WORKERS' as chrome.offscreen.Reason], justification: 'Reads PDFs with pdf.js on a worker thread, on this device.' })
    .catch(() => undefined)
    .finally(() => (creating = undefined));
  await creating;
}

const send = (msg: OffscreenPdfMessage) =>
  (browser.runtime.sendMessage(msg) as Promise<PdfReadResult | true>).catch(() => {
    throw new KeyquoteError('internal', t('errUnreadable'));
  });

/**
 * The PDF's bytes fetched inside the tab and handed from there to the offscreen document, which was
 * told first to expect them from this tab on read `id`'s port: one hop for megabytes, not two.
 */
async function bytesFromTab(tabId: number, url: string, id: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PDF_BYTES_FILE] } as never).catch(() => null);
  const head = await inTab(tabId, (u: string) => (globalThis as PdfBytesGlobal).keyquotePdfBytes?.load(u) ?? null, [url]);
  if (!head) throw new KeyquoteError('restricted', t('rPdf'));
  if ('error' in head) throw new KeyquoteError(head.error.code, head.error.message);
  await send({ keyquotePdf: 'expect', id, tabId });
  const sent = await inTab(tabId, (i: string) => (globalThis as PdfBytesGlobal).keyquotePdfBytes!.send(i), [id]);
  if (!sent) throw new KeyquoteError('no-access', t('errPdfFetch'));
}

export async function readPdfInTab(tabId: number, url: string): Promise<ArticleData> {
  // Chrome only (Firefox's background reads PDFs itself): the Firefox build drops what follows, so it
  // names no offscreen API, which Firefox lacks (web-ext lint).
  if (import.meta.env.FIREFOX) return readPdfInBackground(url);
  const id = crypto.randomUUID();
  await offscreenReady();
  // A tab's script may not load a local file: the offscreen document does (with file access on).
  if (/^file:/i.test(url)) return unwrap((await send({ keyquotePdf: 'read-url', id, url })) as PdfReadResult);
  await bytesFromTab(tabId, url, id);
  return unwrap((await send({ keyquotePdf: 'read', id, url })) as PdfReadResult);
}

/** Firefox's background is a page: the reader script is added to it once, on the first PDF. */
async function backgroundReader(): Promise<NonNullable<PdfReaderGlobal['keyquotePdf']>> {
  const g = globalThis as PdfReaderGlobal;
  if (!g.keyquotePdf) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = PDF_READER_FILE;
      s.onload = () => resolve();
      s.onerror = () => reject(new KeyquoteError('internal', t('errUnreadable')));
      document.head.append(s);
    });
  }
  return g.keyquotePdf!;
}

/** Whether this worker can read a PDF itself (Firefox's background page; not Chrome's service worker). */
export const canReadPdfHere = () => typeof document !== 'undefined';

export async function readPdfInBackground(url: string): Promise<ArticleData> {
  return unwrap(await (await backgroundReader()).readUrl(url));
}
