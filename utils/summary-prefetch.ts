// Starts the popup's first summary request while Preact is still mounting, so the answer is
// (nearly) there by the time the component asks for it.
import { sendMessage } from './messaging';
import type { Summary, SummaryLength } from './summary';

let pending: { key: string; promise: Promise<Summary> } | null = null;

export function prefetchSummary(tabId: number, length: SummaryLength): void {
  const promise = sendMessage('summarize', { tabId, length });
  promise.catch(() => {}); // the component that takes it reports errors
  pending = { key: `${tabId}:${length}`, promise };
}

/** The request started for this tab and length, once; null when there is none. */
export function takePrefetched(tabId: number, length: SummaryLength): Promise<Summary> | null {
  if (pending?.key !== `${tabId}:${length}`) return null;
  const { promise } = pending;
  pending = null;
  return promise;
}
