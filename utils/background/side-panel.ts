// Opens Keyquote's side panel (Chrome `sidePanel`, Firefox `sidebar_action`) and tells it what to show.
import { browser, type Browser } from 'wxt/browser';
import { requestPanel, type PanelRequest } from '../panel-request';

interface SidePanelApi {
  open(options: { windowId: number } | { tabId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}
type PanelApis = { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };

/**
 * Opens the panel in the tab's window. Browsers allow this only inside a user gesture (a menu click,
 * a keyboard shortcut): call it synchronously, before any `await` in the listener, or the gesture is lost.
 * Never throws: a panel that cannot open (no gesture, an old browser) must not stop the summary.
 */
export function openSidePanel(tab: Browser.tabs.Tab | undefined): void {
  const apis = browser as unknown as PanelApis;
  try {
    let opening: Promise<void> | undefined;
    if (apis.sidePanel && tab?.windowId !== undefined) opening = apis.sidePanel.open({ windowId: tab.windowId });
    else if (apis.sidebarAction) opening = apis.sidebarAction.open();
    opening?.catch((err: unknown) => console.warn('Keyquote: side panel did not open:', err));
  } catch (err) {
    console.warn('Keyquote: side panel did not open:', err);
  }
}

/**
 * The whole "show it in the side panel" action of a menu item or shortcut: open first (synchronously,
 * see above), then record the request the panel reacts to, after `prepare` (e.g. keeping a selection).
 */
export function showInSidePanel(
  tab: Browser.tabs.Tab | undefined,
  source: PanelRequest['source'],
  /** The page's URL (`info.pageUrl` for a menu click: given even without access to the page). */
  url: string | undefined,
  prepare?: (tabId: number, url: string) => Promise<unknown>,
): Promise<void> {
  openSidePanel(tab);
  return (async () => {
    if (tab?.id === undefined || tab.id < 0) return;
    await prepare?.(tab.id, url ?? '');
    await requestPanel(tab.id, source, url ?? '');
  })();
}
