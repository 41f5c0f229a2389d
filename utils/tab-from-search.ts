// The tab a Keyquote page speaks about: the one its address names (`?tab=ID`: side panel, tests), else the active tab.
// No polyfill here: the popup's first script calls it with the browser's own API.

export function tabFromSearch(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** What the lookup needs of the extension API: the browser's own, or the polyfill's. */
export interface TabsApi {
  query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
}

/** The address's tab, else the active tab of the current window (null: none). */
export async function findTargetTab(tabs: TabsApi, search: string): Promise<number | null> {
  const known = tabFromSearch(search);
  if (known !== null) return known;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
