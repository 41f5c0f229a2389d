// Imported first by the popup's entry: takes the summary request the popup's first script sent
// (popup-early.ts), or sends it now when that script did not run.
import { browser } from 'wxt/browser';
import { askEarly, takeEarlyAsk } from '@/utils/early-ask';
import { lastLength } from '@/utils/length-hint';
import { markStage } from '@/utils/stage-mark';
import { adoptPrefetched } from '@/utils/summary-prefetch';

const early =
  takeEarlyAsk() ??
  (markStage('popup-script'), askEarly(browser, location.search, lastLength()));

/** The tab the popup speaks about, looked up once for the request and the UI. */
export const popupTab: Promise<number | null> = early.sent.then((s) => s?.tabId ?? null);

/**
 * Settles when the summary request has its answer (at once when there is no tab to ask about).
 * The popup exists to show this summary: the worker starts on it (reading the page, summarizing)
 * while the browser fetches the UI and Preact mounts it, instead of after.
 */
export const summaryAnswered: Promise<void> = early.sent.then((s) => (s === null ? undefined : adoptPrefetched(s.tabId, early.length, s.reply)));
