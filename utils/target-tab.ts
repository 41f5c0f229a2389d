// Which tab the popup speaks about: `?tab=ID` when given (side panel, tests), else the active tab.
import { browser } from 'wxt/browser';
import { tabFromSearch } from './tab-from-search';

export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = tabFromSearch(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
