// Finds quotation marks that pair up in a block: “…” «…» „…“ „…” "…" and ‘…’ (not apostrophes).

/** A quotation: its marks' positions (open at `open`, closing mark at `close`) in the text. */
export interface QuoteSpan {
  open: number;
  close: number;
}

const CLOSER: Readonly<Record<string, string>> = {
  '“': '”', // English curly (also the German closing mark, handled below)
  '„': '“”', // German/Dutch/Polish low-high: closes with “ or ”
  '«': '»',
  '"': '"',
  '‘': '’',
  '‹': '›',
};

/** Longest quotation we accept (characters): a missing closing mark must not swallow an article. */
const MAX_QUOTE = 3000;

/**
 * Scans each block (line) left to right. A single ‘ opens only after a space or start and its ’ must
 * be followed by a non-letter, so apostrophes (don’t, l’État) are not taken for quotation marks.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Fast skip: every opening mark is '"' or in U+00AB…U+203A.
    if (code !== 0x22 && (code < 0xab || code > 0x203a)) {
      i++;
      continue;
    }
    const c = text[i]!;
    const closers = CLOSER[c];
    if (closers === undefined || (c === '‘' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!))) {
      i++;
      continue;
    }
    // Straight quote: an opener must not follow a letter/digit (a closer or inches) nor precede a space
    // (a closer: `lies." Chairman`), else one stray mark would shift every later pair.
    if (c === '"' && ((i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) || /\s/u.test(text[i + 1] ?? ' '))) {
      i++;
      continue;
    }
    const close = findCloser(text, i + 1, closers, c);
    if (close < 0) {
      i++;
      continue;
    }
    out.push({ open: i, close });
    i = close + 1;
  }
  return out;
}

function findCloser(text: string, from: number, closers: string, opener: string): number {
  const limit = Math.min(text.length, from + MAX_QUOTE);
  for (let j = from; j < limit; j++) {
    const code = text.charCodeAt(j);
    if (code === 10) return -1; // quotations do not cross blocks here
    if (code !== 0x22 && (code < 0xab || code > 0x203a)) continue;
    const c = text[j]!;
    if (!closers.includes(c)) continue;
    if (opener === '‘' && j + 1 < text.length && /[\p{L}\p{N}]/u.test(text[j + 1]!)) continue; // it’s
    if (opener === '"' && j === from) return -1;
    if (opener === '"' && /[\p{L}\p{N}]/u.test(text[j + 1] ?? ' ')) continue; // "…"word: not a closer
    return j;
  }
  return -1;
}
