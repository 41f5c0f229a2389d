// Reads a PDF shown in a tab: in Chrome, pdf.js is injected into the tab (it fetches its own URL);
// in Firefox, whose PDF viewer takes no scripts, the background page loads pdf.js and fetches the URL.
import { browser } from 'wxt/browser';
import type { ArticleData } from '../article';
import { KeyquoteError } from '../errors';
import { t } from '../i18n';
import { PDF_READER_FILE, type PdfReaderGlobal, type PdfReadResult } from '../pdf/reader-global';

function unwrap(data: PdfReadResult | undefined | null): ArticleData {
  if (data && 'error' in data) throw new KeyquoteError(data.error.code, data.error.message);
  if (!data || !Array.isArray(data.paragraphs)) throw new KeyquoteError('restricted', t('rPdf'));
  return data;
}

export async function readPdfInTab(tabId: number, url: string): Promise<ArticleData> {
  const inject = (files: string[]) => browser.scripting.executeScript({ target: { tabId }, files } as never);
  await inject([PDF_READER_FILE]).catch(() => null);
  const results = await browser.scripting
    .executeScript({
      target: { tabId },
      func: (u: string) => (globalThis as PdfReaderGlobal).keyquotePdf?.readUrl(u) ?? null,
      args: [url],
    })
    .catch(() => null);
  return unwrap(results?.[0]?.result as PdfReadResult | undefined);
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
