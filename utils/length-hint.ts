// The summary length the popup last showed, kept where a page can read it synchronously (localStorage).
import { DEFAULT_LENGTH, LENGTHS, type SummaryLength } from './summary';

// The length setting lives in extension storage, an asynchronous read: waiting for it would delay
// the first request by a round trip. When the setting changed elsewhere since, the component's ask
// does not match this guess and asks again.
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
