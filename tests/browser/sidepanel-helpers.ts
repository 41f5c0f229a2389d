// Helpers of the side-panel tests: right-click a menu item, select text, wake a stopped worker.
import type { Page } from 'playwright-core';
import { tabIdOf, type Harness } from './harness';


export const quotesOf = (panel: Page) => panel.locator('[data-testid="key-quote"]').allTextContents();

/** Runs Keyquote's real context-menu listener, as a right-click on the page would.
 *  (tabIdOf finds the tab by URL: each test opens its pages at URLs of its own.) */
export async function clickMenu(h: Harness, page: Page, menuItemId: string, selectionText?: string): Promise<number> {
  const tabId = await tabIdOf(h, page);
  const worker = await h.worker();
  await worker.evaluate(
    async ({ tabId, menuItemId, selectionText, pageUrl }) => {
      const tab = await chrome.tabs.get(tabId);
      // Chrome gives pageUrl even where tab.url is withheld (the shipped build, no activeTab in automation).
      const info = { menuItemId, editable: false, pageUrl, ...(selectionText ? { selectionText } : {}) };
      // dispatch() exists in Chromium (it runs the extension's real listener) but not in @types/chrome.
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
    },
    { tabId, menuItemId, selectionText, pageUrl: page.url() },
  );
  return tabId;
}

/** The text of some elements as Chrome's selectionText carries it: line breaks collapsed to spaces. */
export const selectedText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString().replace(/\s+/g, ' ').trim();
  }, selector);

/** A stopped worker wakes on the next event; automation's menu dispatch needs a live one, so send one. */
export async function wakeWorker(panel: Page): Promise<void> {
  // Not awaited: nothing answers a message that is not Keyquote's; sending it is what wakes the worker.
  await panel.evaluate(() => void chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
}
