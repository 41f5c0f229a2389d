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

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff;

function trimSpan(s: string, a: number, b: number): [number, number] | null {
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a < b && /[\p{L}\p{N}]/u.test(s.slice(a, b)) ? [a, b] : null;
}

// Capitalised words that usually open a sentence whatever the stopword list says.
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'this', 'that']);
