// Per-tab cache of the extracted article and its summaries (and of a selection the user summarized),
// in session storage, so the popup and side panel reopen instantly and a stopped worker loses nothing.
import { storage } from 'wxt/utils/storage';
import type { ArticleData } from './article';
import { panelRequestKey } from './panel-request';
import type { Summary, SummaryLength } from './summary';

export interface TabEntry {
  url: string;
  article: ArticleData;
  summaries: Partial<Record<SummaryLength, Summary>>;
}

/** Text the user selected and summarized ("Summarize selection"): kept apart from the page's summaries. */
export interface SelectionEntry {
  url: string;
  title: string;
  text: string;
  summaries: Partial<Record<SummaryLength, Summary>>;
}

const key = (tabId: number) => `session:tab:${tabId}` as const;
const selectionKey = (tabId: number) => `session:selection:${tabId}` as const;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Only an entry of the right shape is used: anything else (an older build's, damaged) is a miss, re-done. */
const isEntry = (e: unknown): e is TabEntry =>
  isObj(e) && typeof e.url === 'string' && isObj(e.summaries) &&
  isObj(e.article) && Array.isArray(e.article.paragraphs) && e.article.paragraphs.every((p) => typeof p === 'string') &&
  Object.values(e.summaries).every((s) => isObj(s) && Array.isArray(s.keyQuotes) && Array.isArray(s.quotes));

/** The tab's entry whatever page it is for (the caller checks the URL), or null. */
export async function tabEntry(tabId: number): Promise<TabEntry | null> {
  const entry = await storage.getItem<unknown>(key(tabId));
  return isEntry(entry) ? entry : null;
}

async function read(tabId: number, url: string): Promise<TabEntry | null> {
  const entry = await tabEntry(tabId);
  // A cached entry for another URL is stale: the tab navigated since.
  return entry?.url === url ? entry : null;
}

/** The cache only saves work: when it cannot be written (session storage full), the answer still goes out. */
async function bestEffort(write: Promise<void>): Promise<void> {
  await write.catch((err: unknown) => console.warn('Keyquote: summary not cached:', err));
}

export async function cachedArticle(tabId: number, url: string): Promise<ArticleData | null> {
  return (await read(tabId, url))?.article ?? null;
}

/** The tab's page with its summaries, in one write. */
export async function storePage(tabId: number, entry: TabEntry): Promise<void> {
  await bestEffort(storage.setItem(key(tabId), entry));
}

export async function storeArticle(tabId: number, article: ArticleData): Promise<void> {
  await storePage(tabId, { url: article.url, article, summaries: {} });
}

/** Whether some summary of the tab's current page is cached (at any length). */
export async function hasCachedSummary(tabId: number, url: string): Promise<boolean> {
  const entry = await read(tabId, url);
  return !!entry && Object.keys(entry.summaries).length > 0;
}

export async function storeSelection(tabId: number, selection: Omit<SelectionEntry, 'summaries'>): Promise<void> {
  await storage.setItem<SelectionEntry>(selectionKey(tabId), { ...selection, summaries: {} });
}

export async function cachedSelection(tabId: number): Promise<SelectionEntry | null> {
  return storage.getItem<SelectionEntry>(selectionKey(tabId));
}

export async function storeSelectionSummary(tabId: number, length: SummaryLength, summary: Summary): Promise<void> {
  const entry = await cachedSelection(tabId);
  if (!entry) return;
  entry.summaries[length] = summary;
  await storage.setItem(selectionKey(tabId), entry);
}

/** Calls back whenever the tab's cached page or selection changes (e.g. the popup summarized it). */
export function watchTabCache(tabId: number, onChange: () => void): () => void {
  const unwatch = [storage.watch(key(tabId), onChange), storage.watch(selectionKey(tabId), onChange)];
  return () => unwatch.forEach((u) => u());
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItems([key(tabId), selectionKey(tabId), panelRequestKey(tabId)]);
}
