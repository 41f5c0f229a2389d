// Sentence segmentation: blocks by line breaks, sentences by Intl.Segmenter, then its misses fixed.
import { falseBreak } from './abbreviations';
import { stopwordsFor } from './stopwords';

/** A sentence as offsets into the text: `text.slice(start, end)` is the sentence, trimmed. */
export interface Span {
  start: number;
  end: number;
  /** Index of the block (paragraph) the sentence is in, and its index within the block. */
  block: number;
  inBlock: number;
}

// Constructing an Intl.Segmenter costs far more than using one: keep one per locale.
const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    } catch {
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, seg);
  }
  return seg;
}

/** Longest quotation-spanning sentence we will build by merging (characters): keeps quotes readable. */
const MAX_QUOTE_MERGE = 600;

/** Splits `text` into sentences. Deterministic; never throws; spans never overlap and are trimmed. */
export function segmentSentences(text: string, lang: string): Span[] {
  const out: Span[] = [];
  const stop = stopwordsFor(lang);
  const isStop = (w: string) => stop.has(w) || COMMON_OPENERS.has(w);
  const seg = segmenterFor(lang);
  let block = 0;
  // Any line break ends a sentence: headings and list items have no final punctuation.
  for (const m of text.matchAll(/[^\n\r]+/g)) {
    const blockText = m[0];
    const base = m.index!;
    if (!/[\p{L}\p{N}]/u.test(blockText)) continue;
    const parts: { s: number; e: number }[] = [];
    for (const piece of seg.segment(blockText)) {
      const s = piece.index;
      const e = s + piece.segment.length;
      const prev = parts[parts.length - 1];
      if (prev && falseBreak(blockText.slice(prev.s, prev.e), piece.segment, isStop)) prev.e = e;
      else parts.push({ s, e });
    }
    mergeOpenQuotes(blockText, parts);
    let inBlock = 0;
    for (const p of parts) {
      const span = trimSpan(blockText, p.s, p.e);
      if (!span) continue;
      out.push({ start: base + span[0], end: base + span[1], block, inBlock: inBlock++ });
    }
    block++;
  }
  return out;
}

/** Joins a sentence that opens a quotation with the following ones up to the one that closes it. */
function mergeOpenQuotes(blockText: string, parts: { s: number; e: number }[]): void {
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    const q: QuoteState = { curly: 0, low: 0, straight: false };
    scanQuotes(blockText, p.s, p.e, q);
    if (!isOpen(q)) continue;
    let j = i + 1;
    while (j < parts.length && isOpen(q) && parts[j]!.e - p.s <= MAX_QUOTE_MERGE) {
      scanQuotes(blockText, parts[j]!.s, parts[j]!.e, q);
      j++;
    }
    // Merge only when the quotation really closes within the bound; otherwise leave ICU's split.
    if (!isOpen(q) && parts[j - 1]!.e - p.s <= MAX_QUOTE_MERGE) {
      p.e = parts[j - 1]!.e;
      parts.splice(i + 1, j - 1 - i);
    }
  }
}

interface QuoteState {
  curly: number; // “…” and «…» depth
  low: number; // „…“ depth (German): the “ closes it
  straight: boolean; // inside "…"
}
const isOpen = (q: QuoteState) => q.curly > 0 || q.low > 0 || q.straight;

function scanQuotes(s: string, a: number, b: number, q: QuoteState): void {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201e) q.low++; // „
    else if (c === 0x201c) { // “ closes „ when one is open, else opens
      if (q.low > 0) q.low--;
      else q.curly++;
    } else if (c === 0x00ab) q.curly++; // «
    else if (c === 0x201d || c === 0x00bb) q.curly = Math.max(0, q.curly - 1); // ” »
    else if (c === 0x22) q.straight = !q.straight; // "
  }
}

function trimSpan(s: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(s[a]!)) a++;
  while (b > a && /\s/.test(s[b - 1]!)) b--;
  return a < b && /[\p{L}\p{N}]/u.test(s.slice(a, b)) ? [a, b] : null;
}

// Capitalised words that usually open a sentence whatever the stopword list says.
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'this', 'that']);
