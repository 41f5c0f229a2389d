// The worker's answer to "summarize this tab": cache first, then extraction and the engine.
import { buildSummary } from '../build-summary';
import { KeyquoteError } from '../errors';
import type { SummarizeRequest } from '../protocol';
import { LENGTHS, type Summary } from '../summary';
import { storePage, tabEntry } from '../summary-cache';
import { readTab } from './read-tab';
import { warmEngine } from './warm-engine';
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { clearStages, markStage } from '../stage-mark';

/** The worker's stages of one request, as the benchmark reads them. */
export const WORKER_STAGES = ['request', 'looked-up', 'read', 'summarized'] as const;

/** Reads the tab; while the page works, a fresh worker warms its engine (it would otherwise idle). */
function readWarming(tabId: number, tab: Browser.tabs.Tab) {
  const reading = readTab(tabId, tab);
  warmEngine();
  return reading;
}

export async function summarizeTab(req: SummarizeRequest): Promise<Summary> {
  clearStages(WORKER_STAGES);
  markStage('request');
  // The tab and its cache entry are asked for at once (two round trips side by side, not one after
  // the other). One read of the cache serves both the summary and, at another length, the article.
  const [tab, entry] = await Promise.all([browser.tabs.get(req.tabId).catch(() => null), req.fresh ? null : tabEntry(req.tabId)]);
  markStage('looked-up');
  // An entry for another URL is stale: the tab navigated since.
  const cached = tab?.url && entry?.url === tab.url ? entry : null;
  const hit = req.anyway ? undefined : cached?.summaries[req.length];
  if (hit) return hit;
  const article = cached?.article ?? (await (tab ? readWarming(req.tabId, tab) : readTab(req.tabId)));
  markStage('read');
  const summaries = { ...cached?.summaries };
  // One write, a task after the answer went out (the reply is sent as the handler's promise settles,
  // before any timer): the cache only saves work, and serializing a long page's article for storage
  // holds the worker's thread, which the answer need not wait for.
  const keep = () => void setTimeout(() => void storePage(req.tabId, { url: article.url, article, summaries }), 0);
  if (article.paragraphs.length === 0 || (!article.isArticle && !req.anyway)) {
    if (!cached) keep(); // read once: "Summarize anyway" needs no second reading
    throw article.paragraphs.length === 0 ? new KeyquoteError('empty', t('errEmpty')) : new KeyquoteError('not-article', t('errNotArticle'));
  }
  // The long length of a long page with headings is its outline.
  const summary = buildSummary(article, LENGTHS[req.length], req.length === 'long');
  markStage('summarized');
  // Written only when it holds something new: a summary, or the article read just now.
  const added = article.isArticle && summary.keyQuotes.length > 0;
  if (added) summaries[req.length] = summary;
  if (added || !cached) keep();
  if (summary.keyQuotes.length === 0) throw new KeyquoteError('empty', t('errEmpty'));
  return summary;
}
