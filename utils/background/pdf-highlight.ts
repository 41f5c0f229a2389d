// "Save highlight" in a PDF viewer, whose selection no page script can see: the menu hands over the
// selected text, which is found in the PDF's reading text and saved with its page; the shortcut,
// which has no selected text to hand over, marks the toolbar icon with the reason instead.
import { browser } from 'wxt/browser';
import { articleText, type ArticleData } from '../article';
import { KeyquoteError } from '../errors';
import { t } from '../i18n';
import { cleanUrl } from '../highlights/normalize-url';
import type { Capture } from '../highlights/types';
import { findPassage } from '../pdf/find-passage';
import { pdfPageUrl } from '../pdf/pages';
import { cachedArticle, storeArticle } from '../summary-cache';
import { PDF_URL, readTab } from './read-tab';

/** Whether a tab shows a PDF, asked cheaply (its document's type) before anything is read. */
async function showsPdf(tabId: number, url: string): Promise<boolean> {
  const results = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType }).catch(() => null);
  // Firefox's PDF viewer takes no script: there the URL names the file.
  return results ? results[0]?.result === 'application/pdf' : PDF_URL.test(url);
}

/** The PDF shown in a tab as article data (cached like a summary's), or null when it shows none. */
export async function pdfInTab(tabId: number, url: string): Promise<ArticleData | null> {
  const cached = await cachedArticle(tabId, url);
  if (!cached && !(await showsPdf(tabId, url))) return null;
  const article = cached ?? (await readTab(tabId).catch(() => null));
  if (!article || article.contentType !== 'application/pdf') return null;
  if (!cached) await storeArticle(tabId, article); // read once, kept for the next save in this tab
  return article;
}

/** The capture of `selection` in the PDF shown in a tab, or null when the tab shows no PDF. */
export async function capturePdfSelection(tabId: number, url: string, selection: string): Promise<Capture | null> {
  const article = await pdfInTab(tabId, url);
  if (!article) return null;
  const found = findPassage(articleText(article.paragraphs), article.pageStarts ?? [], selection);
  if (!found) throw new KeyquoteError('not-found', t('errPdfSelectionNotFound'));
  return { key: cleanUrl(url), href: pdfPageUrl(cleanUrl(url), found.page), title: article.title, quote: found.quote };
}

/** Tells the user, on the toolbar icon of that tab, why nothing was saved. */
export async function explainOnIcon(tabId: number, message: string): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([action.setBadgeText({ tabId, text: '!' }), action.setTitle({ tabId, title: message })]).catch(() => {});
}
