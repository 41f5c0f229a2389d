// Runs the extraction content script in a tab and returns its plain article data.
import { browser, type Browser } from 'wxt/browser';
import type { ArticleData } from '../article';
import { KeyquoteError } from '../errors';
import { canReadPdfHere, readPdfInBackground, readPdfInTab } from './read-pdf-tab';
import { reasonFromInjectionError, restrictedReason } from '../restricted';
import { t } from '../i18n';

const EXTRACT_SCRIPT = '/extract.js';

// A tab Firefox shows in its PDF viewer: its URL names a .pdf file (the viewer hides the type).
export const PDF_URL = /^(https?|file):[^?#]*\.pdf(?:[?#]|$)/i;

function isArticleData(v: unknown): v is ArticleData {
  const a = v as ArticleData | null;
  return !!a && typeof a.url === 'string' && Array.isArray(a.paragraphs) && typeof a.title === 'string';
}

/**
 * A tab done loading is read at once. Left to wait for "document idle", the browser runs the script
 * only after a task of its own even on a page that finished loading long ago (~15-20 ms of a first
 * open here); a page still loading waits for its idle moment, as before, so that it is read whole.
 */
const isLoaded = (tab: Browser.tabs.Tab) => tab.status === 'complete';

/** `known`: the tab as the caller just looked it up (saves a round trip to the browser). */
export async function readTab(tabId: number, known?: Browser.tabs.Tab): Promise<ArticleData> {
  const tab = known ?? (await browser.tabs.get(tabId).catch(() => null));
  if (!tab) throw new KeyquoteError('no-tab', t('errTabClosedOpen'));
  const reason = restrictedReason(tab.url);
  if (reason) throw new KeyquoteError('restricted', reason);
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT], injectImmediately: isLoaded(tab) });
  } catch (err) {
    // Firefox's PDF viewer takes no scripts: its background page reads the file from its URL.
    if (canReadPdfHere() && PDF_URL.test(tab.url ?? '')) return readPdfInBackground(tab.url!);
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
  if (data.contentType === 'application/pdf') return canReadPdfHere() ? readPdfInBackground(data.url) : readPdfInTab(tabId, data.url);
  return data;
}
