// Finds a quote in text: exact occurrences first, else approximate ones (Myers' algorithm via
// approx-string-match); candidates are scored on the quote, its context and its position.
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote was expected to start; -1 or absent when unknown. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1, higher is better. */
  score: number;
  exact: boolean;
}

/** An approximate match may differ from the quote by at most this share of its characters. */
export const MAX_ERROR_RATE = 0.2;
/** Approximate matches of short quotes must also be backed by their context (at least half). */
const SHORT_QUOTE = 40;
const MAX_EXACT = 1000;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function exactMatches(text: string, quote: string) {
  const out: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(quote); at >= 0 && out.length < MAX_EXACT; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

/** How well `str` matches somewhere in `text`: 1 is exactly, 0 is not at all. */
function similarity(text: string, str: string): number {
  if (!str || !text) return 0;
  const found = search(text, str, str.length);
  if (found.length === 0) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / str.length;
}

export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (!quote) return null;
  const exact = exactMatches(text, quote);
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_RATE));
  const candidates = exact.length > 0 ? exact : maxErrors > 0 ? search(text, quote, maxErrors) : [];
  let best: QuoteMatch | null = null;
  for (const m of candidates) {
    const prefixScore = ctx.prefix
      ? similarity(text.slice(Math.max(0, m.start - ctx.prefix.length * 2), m.start), ctx.prefix)
      : 1;
    const suffixScore = ctx.suffix ? similarity(text.slice(m.end, m.end + ctx.suffix.length * 2), ctx.suffix) : 1;
    if (m.errors > 0 && quote.length < SHORT_QUOTE && (prefixScore + suffixScore) / 2 < 0.5) continue;
    const positionScore =
      ctx.hint !== undefined && ctx.hint >= 0 ? 1 - Math.min(1, Math.abs(m.start - ctx.hint) / Math.max(1, text.length)) : 1;
    const score =
      (WEIGHTS.quote * (1 - m.errors / quote.length) +
        WEIGHTS.prefix * prefixScore +
        WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
    if (!best || score > best.score) best = { start: m.start, end: m.end, score, exact: m.errors === 0 };
  }
  return best;
}
