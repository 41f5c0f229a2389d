// Imported first by the popup's entry: sends the summary request before the UI's modules even run.
import { lastLength, prefetchSummary } from '@/utils/summary-prefetch';
import { targetTabId } from '@/utils/target-tab';
import { markStage } from '@/utils/stage-mark';

// Lets the benchmark tell the browser's time to start the popup's script from Keyquote's own.
markStage('popup-script');

/** The tab the popup speaks about, looked up once for the request and the UI. */
export const popupTab = targetTabId(location.search);

/**
 * Settles when the summary request has its answer (at once when there is no tab to ask about).
 * The popup exists to show this summary: the worker starts on it (reading the page, summarizing)
 * while Preact and the components are still being evaluated and mounted, instead of after.
 */
export const summaryAnswered: Promise<void> = popupTab.then((tabId) => {
  markStage('popup-asked');
  return tabId === null ? undefined : prefetchSummary(tabId, lastLength());
});
