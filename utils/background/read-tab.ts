// Runs the extraction content script in a tab and returns its plain article data.
import { browser } from 'wxt/browser';
import type { ArticleData } from '../article';
import { KeyquoteError, type KeyquoteErrorCode } from '../errors';
import { reasonFromInjectionError, restrictedReason } from '../restricted';
import { t } from '../i18n';

const EXTRACT_SCRIPT = '/content-scripts/extract.js';
// pdf.js and the PDF reader: injected only into a tab that shows a PDF.
const PDF_SCRIPT = '/content-scripts/pdf-extract.js';

function isArticleData(v: unknown): v is ArticleData {
  const a = v as ArticleData | null;
  return !!a && typeof a.url === 'string' && Array.isArray(a.paragraphs) && typeof a.title === 'string';
}

export async function readTab(tabId: number): Promise<ArticleData> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new KeyquoteError('no-tab', t('errTabClosedOpen'));
  const reason = restrictedReason(tab.url);
  if (reason) throw new KeyquoteError('restricted', reason);
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const why = reasonFromInjectionError(message, tab.url);
    if (why) throw new KeyquoteError('restricted', why);
    throw new KeyquoteError(
      'no-access',
      t('errNoAccess'),
    );
  }
  const data = results?.[0]?.result;
  if (!isArticleData(data)) throw new KeyquoteError('internal', t('errUnreadable'));
  // The browser's PDF viewer shows the file: read its bytes instead of the viewer's page.
  if (data.contentType === 'application/pdf') return readPdfTab(tabId);
  return data;
}

async function readPdfTab(tabId: number): Promise<ArticleData> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: [PDF_SCRIPT] }).catch(() => null);
  const data = results?.[0]?.result as ArticleData | { error?: { code: KeyquoteErrorCode; message: string } } | undefined;
  if (data && 'error' in data && data.error) throw new KeyquoteError(data.error.code, data.error.message);
  if (!isArticleData(data)) throw new KeyquoteError('restricted', t('rPdf'));
  return data;
}
