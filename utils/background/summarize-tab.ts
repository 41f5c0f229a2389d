// The worker's answer to "summarize this tab": cache first, then extraction and the engine.
import type { ArticleData } from '../article';
import { buildSummary } from '../build-summary';
import { KeyquoteError } from '../errors';
import type { SummarizeRequest } from '../protocol';
import { LENGTHS, type Summary } from '../summary';
import { cachedArticle, cachedSummary, storeArticle, storeSummary } from '../summary-cache';
import { readTab } from './read-tab';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

async function articleFor(tabId: number, url: string | undefined, fresh: boolean): Promise<ArticleData> {
  if (url && !fresh) {
    const cached = await cachedArticle(tabId, url);
    if (cached) return cached;
  }
  const article = await readTab(tabId);
  await storeArticle(tabId, article);
  return article;
}

export async function summarizeTab(req: SummarizeRequest): Promise<Summary> {
  const tab = await browser.tabs.get(req.tabId).catch(() => null);
  const url = tab?.url;
  if (url && !req.fresh && !req.anyway) {
    const hit = await cachedSummary(req.tabId, url, req.length);
    if (hit) return hit;
  }
  const article = await articleFor(req.tabId, url, !!req.fresh);
  if (article.paragraphs.length === 0) throw new KeyquoteError('empty', t('errEmpty'));
  if (!article.isArticle && !req.anyway) throw new KeyquoteError('not-article', t('errNotArticle'));
  // The long length of a long page with headings is its outline.
  const summary = buildSummary(article, LENGTHS[req.length], req.length === 'long');
  if (summary.keyQuotes.length === 0) throw new KeyquoteError('empty', t('errEmpty'));
  if (article.isArticle) await storeSummary(req.tabId, req.length, summary);
  return summary;
}
