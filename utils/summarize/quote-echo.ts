// How much of each sentence is a direct quotation that *Who said what* already shows.
import type { DirectQuote } from '../summary';
import type { Span } from './segment';

/**
 * From this share of its characters inside listed quotations up, a sentence is the quotation again
 * (plus "Trump said."): under the key quotes it would only repeat what *Who said what* shows.
 */
export const ECHO_SHARE = 0.8;

/** Share of each sentence's characters inside the quotations' parts (both lists in text order). */
export function quotedShare(spans: readonly Pick<Span, 'start' | 'end'>[], quotes: readonly DirectQuote[]): Float64Array {
  const parts = quotes.flatMap((q) => q.parts ?? [{ start: q.start, end: q.end }]).sort((a, b) => a.start - b.start);
  const out = new Float64Array(spans.length);
  let k = 0;
  spans.forEach((s, i) => {
    while (k < parts.length && parts[k]!.end <= s.start) k++;
    let inside = 0;
    for (let j = k; j < parts.length && parts[j]!.start < s.end; j++) inside += Math.min(parts[j]!.end, s.end) - Math.max(parts[j]!.start, s.start);
    out[i] = s.end > s.start ? inside / (s.end - s.start) : 0;
  });
  return out;
}
