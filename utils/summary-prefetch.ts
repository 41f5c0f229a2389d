// Starts the popup's first summary request before the UI has even loaded, so the answer is
// (nearly) there by the time the component asks for it.
import { decodeReply } from './messaging';
import type { Summary, SummaryLength } from './summary';

let pending: { key: string; promise: Promise<Summary> } | null = null;

/**
 * Takes the request the popup sent early (utils/early-ask.ts): `reply` as it comes off the channel.
 * The promise returned settles (answer or error alike) when it is answered.
 */
export function adoptPrefetched(tabId: number, length: SummaryLength, reply: Promise<unknown>): Promise<void> {
  const promise = decodeReply<Summary>(reply);
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
