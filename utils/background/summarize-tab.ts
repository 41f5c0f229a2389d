// The worker's answer to "summarize this tab": cache first, then extraction and the engine.
import { buildSummary } from '../build-summary';
import { KeyquoteError } from '../errors';
import type { SummarizeRequest } from '../protocol';
import { LENGTHS, type Summary } from '../summary';
import { cachedPage, storePage } from '../summary-cache';
import { readTab } from './read-tab';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

export async function summarizeTab(req: SummarizeRequest): Promise<Summary> {
  const tab = await browser.tabs.get(req.tabId).catch(() => null);
  const url = tab?.url;
  // One read of the tab's cache serves both the summary and, at another length, the article.
  const cached = url && !req.fresh ? await cachedPage(req.tabId, url) : null;
  const hit = req.anyway ? undefined : cached?.summaries[req.length];
  if (hit) return hit;
  const article = cached?.article ?? (await readTab(req.tabId));
  const summaries = { ...cached?.summaries };
  // One write, started before the answer goes out but not waited for: the cache only saves work,
  // and writing a long page's article costs more than summarizing a short one.
  const keep = () => void storePage(req.tabId, { url: article.url, article, summaries });
  if (article.paragraphs.length === 0 || (!article.isArticle && !req.anyway)) {
    if (!cached) keep(); // read once: "Summarize anyway" needs no second reading
    throw article.paragraphs.length === 0 ? new KeyquoteError('empty', t('errEmpty')) : new KeyquoteError('not-article', t('errNotArticle'));
  }
  // The long length of a long page with headings is its outline.
  const summary = buildSummary(article, LENGTHS[req.length], req.length === 'long');
  // Written only when it holds something new: a summary, or the article read just now.
  const added = article.isArticle && summary.keyQuotes.length > 0;
  if (added) summaries[req.length] = summary;
  if (added || !cached) keep();
  if (summary.keyQuotes.length === 0) throw new KeyquoteError('empty', t('errEmpty'));
  return summary;
}
