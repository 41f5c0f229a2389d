// One registry for Keyquote's context-menu items: each feature declares its items here and
// gets its own click handler; menus are (re)created on install and on worker start.
import { browser, type Browser } from 'wxt/browser';

/** 'page', 'selection', …: the enum's string values, which is what plain code writes. */
type MenuContext = `${Browser.contextMenus.ContextType}`;

export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
  /** Runs on click. Errors are caught and logged so one feature cannot break another. */
  onClick: (info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) => unknown;
}

const items = new Map<string, MenuItem>();

export function defineMenuItem(item: MenuItem): void {
  items.set(item.id, item);
}

/** Creates every registered item; safe to call again (removes the old ones first). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const { id, title, contexts } of items.values()) {
    browser.contextMenus.create({ id, title, contexts, documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'] });
  }
}

/** The single onClicked listener; must be added synchronously at worker start. */
export function listenForMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = items.get(String(info.menuItemId));
    if (!item) return;
    try {
      const out = item.onClick(info, tab);
      if (out instanceof Promise) out.catch((err) => console.error(`Keyquote menu ${item.id}:`, err));
    } catch (err) {
      console.error(`Keyquote menu ${item.id}:`, err);
    }
  });
}
