// Starts the popup's first summary request before the UI has even loaded, so the answer is
// (nearly) there by the time the component asks for it.
import { sendMessage } from './messaging';
import { DEFAULT_LENGTH, LENGTHS, type Summary, type SummaryLength } from './summary';

let pending: { key: string; promise: Promise<Summary> } | null = null;

// The length setting lives in extension storage, an asynchronous read: waiting for it would delay
// the request by a round trip. The popup notes here (synchronously readable) the length it last used;
// when the setting changed elsewhere since, the component's ask does not match and asks again.
const HINT_KEY = 'keyquote:last-length';

/** The length the popup last showed, or the default; never throws (no localStorage: the default). */
export function lastLength(): SummaryLength {
  try {
    const v = localStorage.getItem(HINT_KEY);
    return v !== null && Object.hasOwn(LENGTHS, v) ? (v as SummaryLength) : DEFAULT_LENGTH;
  } catch {
    return DEFAULT_LENGTH;
  }
}

export function rememberLength(length: SummaryLength): void {
  try {
    localStorage.setItem(HINT_KEY, length);
  } catch {
    // no localStorage: the next early request uses the default, and is re-asked if that is wrong
  }
}

/** Sends the request; the promise returned settles (answer or error alike) when it is answered. */
export function prefetchSummary(tabId: number, length: SummaryLength): Promise<void> {
  const promise = sendMessage('summarize', { tabId, length });
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
