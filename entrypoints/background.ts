// Keyquote's service worker: answers the popup's requests; all logic lives in utils/.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { revealInTab } from '@/utils/background/reveal-tab';
import { summarizeTab } from '@/utils/background/summarize-tab';
import { listenForMessages, onMessage } from '@/utils/messaging';
import { forgetTab } from '@/utils/summary-cache';

export default defineBackground(() => {
  onMessage('summarize', summarizeTab);
  onMessage('reveal', revealInTab);
  listenForMessages();
  // A cached summary belongs to one page of one tab: drop it when either goes away.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void forgetTab(tabId);
  });
});
