// Per-tab cache of the extracted article and its summaries, in session storage, so the popup
// reopens instantly and a stopped service worker loses nothing.
import { storage } from 'wxt/utils/storage';
import type { ArticleData } from './article';
import type { Summary, SummaryLength } from './summary';

interface TabEntry {
  url: string;
  article: ArticleData;
  summaries: Partial<Record<SummaryLength, Summary>>;
}

const key = (tabId: number) => `session:tab:${tabId}` as const;

async function read(tabId: number, url: string): Promise<TabEntry | null> {
  const entry = await storage.getItem<TabEntry>(key(tabId));
  // A cached entry for another URL is stale: the tab navigated since.
  return entry && entry.url === url ? entry : null;
}

export async function cachedArticle(tabId: number, url: string): Promise<ArticleData | null> {
  return (await read(tabId, url))?.article ?? null;
}

export async function cachedSummary(tabId: number, url: string, length: SummaryLength): Promise<Summary | null> {
  return (await read(tabId, url))?.summaries[length] ?? null;
}

export async function storeArticle(tabId: number, article: ArticleData): Promise<void> {
  const entry: TabEntry = { url: article.url, article, summaries: {} };
  await storage.setItem(key(tabId), entry);
}

export async function storeSummary(tabId: number, length: SummaryLength, summary: Summary): Promise<void> {
  const entry = await read(tabId, summary.url);
  if (!entry) return;
  entry.summaries[length] = summary;
  await storage.setItem(key(tabId), entry);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
