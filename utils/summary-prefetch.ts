// Starts the popup's first summary request before the UI has even loaded, so the answer is
// (nearly) there by the time the component asks for it.
import { decodeReply, sendMessage } from './messaging';
import type { Summary, SummaryLength } from './summary';

let pending: { key: string; promise: Promise<Summary> } | null = null;

/** Sends the request; the promise returned settles (answer or error alike) when it is answered. */
export function prefetchSummary(tabId: number, length: SummaryLength): Promise<void> {
  return hold(tabId, length, sendMessage('summarize', { tabId, length }));
}

/** Takes a request sent without this module (the popup's first script): `reply` as it comes off the channel. */
export function adoptPrefetched(tabId: number, length: SummaryLength, reply: Promise<unknown>): Promise<void> {
  return hold(tabId, length, decodeReply<Summary>(reply));
}

function hold(tabId: number, length: SummaryLength, promise: Promise<Summary>): Promise<void> {
  pending = { key: `${tabId}:${length}`, promise };
  return promise.then(
    () => {},
    () => {},
  );
}

/** The request started for this tab and length, once; null when there is none. */
export function takePrefetched(tabId: number, length: SummaryLength): Promise<Summary> | null {
  if (pending?.key !== `${tabId}:${length}`) return null;
  const { promise } = pending;
  pending = null;
  return promise;
}
