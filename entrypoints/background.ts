// Keyquote's service worker: answers the popup's requests; all logic lives in utils/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForCommands } from '@/utils/background/commands';
import { defineSummarizeMenus } from '@/utils/background/context-menu';
import { registerHighlights } from '@/utils/background/highlights';
import { createMenus, listenForMenuClicks } from '@/utils/background/menus';
import { revealInTab } from '@/utils/background/reveal-tab';
import { watchSiteAccess } from '@/utils/background/restore-script';
import { offerAfterUpdate } from '@/utils/background/restore-update';
import { summarizeTab } from '@/utils/background/summarize-tab';
import { summarizeSelection } from '@/utils/background/summarize-selection';
import { listenForMessages, onMessage } from '@/utils/messaging';
import { forgetTab } from '@/utils/summary-cache';

export default defineBackground(() => {
  // Listeners are added synchronously at start: a worker woken by an event must find them.
  onMessage('summarize', summarizeTab);
  onMessage('reveal', revealInTab);
  registerHighlights();
  onMessage('summarize-selection', summarizeSelection);
  listenForMessages();
  defineSummarizeMenus();
  listenForMenuClicks();
  listenForCommands();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createMenus();
    offerAfterUpdate(reason).catch((err) => console.error('Keyquote update offer:', err));
  });
  // The highlight-restore script runs only on the sites the user gave access to.
  watchSiteAccess();
  browser.runtime.onStartup.addListener(() => void createMenus());
  // A cached summary belongs to one page of one tab: drop it when either goes away.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // 'loading' comes with every navigation of the tab (not its frames), even where `url` is withheld
    // (no access to the page, e.g. once activeTab is revoked by the navigation).
    if (change.url || change.status === 'loading') void forgetTab(tabId);
  });
});
