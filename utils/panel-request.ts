// What the side panel was last asked to show for each tab (by a menu item, the shortcut or its own
// button): kept in session storage so that a stopped worker or a panel opened later loses nothing.
import { storage } from 'wxt/utils/storage';

export interface PanelRequest {
  source: 'page' | 'selection';
  /** The page the request was made on; a request made on another page of the tab is stale. */
  url: string;
  /** When it was made: asking again must change the stored value, or the panel would not hear it. */
  at: number;
}

export const panelRequestKey = (tabId: number) => `session:panel:${tabId}` as const;

export async function requestPanel(tabId: number, source: PanelRequest['source'], url: string): Promise<void> {
  await storage.setItem<PanelRequest>(panelRequestKey(tabId), { source, url, at: Date.now() });
}

/** The tab's request, or null when there is none or it was made on a page the tab has since left. */
export async function panelRequest(tabId: number, currentUrl: string | undefined): Promise<PanelRequest | null> {
  const req = await storage.getItem<PanelRequest>(panelRequestKey(tabId));
  // The worker forgets a tab's requests when it navigates; the URL, when the extension may see it
  // (activeTab granted, host access), double-checks. Without it the request still counts: a selection
  // is summarized from the menu's own text, with no access to the page at all.
  return req && (!currentUrl || req.url === currentUrl) ? req : null;
}

export function watchPanelRequest(tabId: number, onChange: () => void): () => void {
  return storage.watch<PanelRequest>(panelRequestKey(tabId), onChange);
}
