// Imported first by the popup's entry: sends the summary request before the UI's modules even run.
import { lastLength, prefetchSummary } from '@/utils/summary-prefetch';
import { targetTabId } from '@/utils/target-tab';

/** The tab the popup speaks about, looked up once for the request and the UI. */
export const popupTab = targetTabId(location.search);

// The popup exists to show this summary: the worker starts on it (reading the page, summarizing)
// while Preact and the components are still being evaluated and mounted, instead of after.
void popupTab.then((tabId) => {
  if (tabId !== null) prefetchSummary(tabId, lastLength());
});
