// Sentence segmentation: blocks by line breaks, sentences by Intl.Segmenter, then its misses fixed.
import { falseBreak } from './abbreviations';
import { isWordUnit } from './char-classes';
import { CITATION_HINT, keepCitationMarks } from './citation-marks';
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
  const len = text.length;
  let lineStart = 0;
  while (lineStart < len) {
    // The next run of characters other than \n and \r (what /[^\n\r]+/g would match).
    let c0 = text.charCodeAt(lineStart);
    if (c0 === 10 || c0 === 13) {
      lineStart++;
      continue;
    }
    let lineEnd = lineStart + 1;
    while (lineEnd < len && (c0 = text.charCodeAt(lineEnd)) !== 10 && c0 !== 13) lineEnd++;
    const base = lineStart;
    lineStart = lineEnd;
    if (!hasWordChar(text, base, lineEnd)) continue;
    const blockText = text.slice(base, lineEnd);
    const parts: { s: number; e: number }[] = [];
    // Most paragraphs of news are one sentence: when ICU provably cannot break inside, skip it.
    const pieces = singleSentence(blockText) ? [{ index: 0, segment: blockText }] : (plainPieces(blockText) ?? seg.segment(blockText));
    for (const piece of pieces) {
      const s = piece.index;
      const e = s + piece.segment.length;
      const prev = parts[parts.length - 1];
      if (prev && falseBreak(blockText.slice(prev.s, prev.e), piece.segment, isStop)) prev.e = e;
      else if (prev && CLOSING_LEAD.test(piece.segment)) {
        // ICU breaks before a spaced closing mark ("« Non. » Fin."): the mark belongs to the sentence it closes.
        const lead = CLOSING_LEAD.exec(piece.segment)![0].length;
        prev.e = s + lead;
        if (lead < piece.segment.length) parts.push({ s: s + lead, e });
      } else parts.push({ s, e });
    }
    if (CITATION_HINT.test(blockText)) keepCitationMarks(blockText, parts);
    if (GLUED_HINT.test(blockText)) splitGlued(blockText, parts);
    if (SUBHEAD_HINT.test(blockText)) splitSubheads(blockText, parts);
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

// Sentences glued by an extraction that dropped the space between paragraphs: "Mizan Online.Moussavi
// Majd a été…", "France.\"Nous". ICU never breaks without a space; a lower-case letter or digit, a
// full stop and a capitalised word is a boundary unless the word belongs to a URL or an address. The
// capitalised word may be elided ("mère.L'ancien", "Bamako.S'il"); after a lower-case letter it may
// also be one letter ("Jersey.A leur apogée", "Syrie.À l'inverse") or in capitals (a heading glued
// on: "bureau.HOLLANDE, LE GRAND OUBLIÉ ?").
const CLOSING_LEAD = /^\s*[»”]/u;
const GLUED_HINT = /[\p{Ll}\p{N}][.!?]["“”«»’)]?\p{Lu}/u;
const GLUED = /[\p{Ll}\p{N}][.!?]+(?=["“”«»’)]?\p{Lu}(?:\p{Ll}|['’]\p{L}))|\p{Ll}[.!?]+(?=["“”«»’)]?\p{Lu}[\s\p{Lu}])/gu;

/** Splits `parts` (in place) at glued sentence boundaries inside each part. */
function splitGlued(block: string, parts: { s: number; e: number }[]): void {
  const out: { s: number; e: number }[] = [];
  for (const p of parts) {
    let s = p.s;
    GLUED.lastIndex = p.s;
    for (let m = GLUED.exec(block); m && m.index < p.e; m = GLUED.exec(block)) {
      let cut = m.index + m[0].length;
      if (cut >= p.e) break;
      const wordStart = block.lastIndexOf(' ', m.index) + 1;
      if (/[/@]|^www/iu.test(block.slice(wordStart, m.index + 1))) continue; // a URL or e-mail address
      const c = block[cut]!;
      // A closing mark stays with the sentence it closes; an opening one goes with the next. A straight
      // quote closes when an odd number of them precede it in the block.
      if (c === '”' || c === '»' || c === '’' || c === ')' || (c === '"' && countQuotes(block, cut) % 2 === 1)) cut++;
      if (cut - s > 1) out.push({ s, e: cut });
      s = cut;
    }
    out.push({ s, e: p.e });
  }
  parts.length = 0;
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    // A lone opening quote left by a cut belongs to the sentence after it.
    if (k + 1 < out.length && !/[\p{L}\p{N}]/u.test(block.slice(p.s, p.e))) out[k + 1]!.s = p.s;
    else parts.push(p);
  }
}

// A wire story's subheading glued between two paragraphs by an extraction that dropped the line
// breaks: "…les bijoux en or.- Milieu français du banditisme -Avec ses comparses…". The subheading
// (between a sentence's end and the next sentence's capital, set off by dashes) is a piece of its own,
// so neither sentence carries it; a hyphen inside a word ("Seine-et-Marne") is no dash.
const SUBHEAD_HINT = /[.!?]["”»]? ?- /u;
const SUBHEAD = /(?<=[.!?]["”»]?) ?- (?:[^.!?\n-]|(?<=\p{L})-(?=\p{L})){2,80}? -(?= ?["“«]?\p{Lu})/gu;

/** Cuts `parts` (in place) before and after each glued subheading. */
function splitSubheads(block: string, parts: { s: number; e: number }[]): void {
  const cuts: number[] = [];
  for (const m of block.matchAll(SUBHEAD)) cuts.push(m.index, m.index + m[0].length);
  const out: { s: number; e: number }[] = [];
  for (const p of parts) {
    let s = p.s;
    for (const c of cuts) {
      if (c <= s || c >= p.e) continue;
      out.push({ s, e: c });
      s = c;
    }
    out.push({ s, e: p.e });
  }
  parts.splice(0, parts.length, ...out);
}

function countQuotes(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0 && i < end; i = s.indexOf('"', i + 1)) n++;
  return n;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0xfeff;

function trimSpan(s: string, a: number, b: number): [number, number] | null {
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return a < b && hasWordChar(s, a, b) ? [a, b] : null;
}

const LN = /[\p{L}\p{N}]/u;

/** Same as /[\p{L}\p{N}]/u.test(s.slice(a, b)), without the substring. */
function hasWordChar(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A surrogate pair is one code point (astral letters and digits exist).
        if (LN.test(String.fromCharCode(c, d))) return true;
        i++;
        continue;
      }
    }
    if (isWordUnit(c)) return true;
  }
  return false;
}

// Capitalised words that usually open a sentence whatever the stopword list says.
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'this', 'that']);

/**
 * True when Intl.Segmenter (UAX #29 sentence rules) cannot break inside `block`: it uses only
 * characters whose sentence-break class is plain (letters, digits, spaces, dashes, quotes, ASCII
 * punctuation) and its only terminators (. ! ?) are in one final run of terminators, closing marks
 * and spaces — the one shape after which the rules break nowhere but at the end. Anything else
 * (an inner full stop, other scripts, ellipsis, line separators) goes to the segmenter.
 */
export function singleSentence(block: string): boolean {
  const n = block.length;
  let i = 0;
  for (; i < n; i++) {
    const c = block.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) break; // . ! ?
    if (!((c >= 32 && c < 127) || c === 9 || (c >= 0xa0 && c <= 0x24f) || (c >= 0x2010 && c <= 0x2022))) return false;
  }
  // The final run: terminators, then closing marks, then spaces.
  while (i < n && isTerminator(block.charCodeAt(i))) i++;
  while (i < n && isClose(block.charCodeAt(i))) i++;
  while (i < n && (block.charCodeAt(i) === 32 || block.charCodeAt(i) === 9 || block.charCodeAt(i) === 0xa0)) i++;
  return i === n;
}
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63;
// Sentence_Break=Close among the characters allowed above: quotation marks and closing brackets.
const isClose = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x2019 || c === 0x201d;

// Sentence_Break classes (UAX #29) of the characters `plainPieces` handles; 255 = not handled.
const SB_SP = 1;
const SB_LOWER = 2;
const SB_UPPER = 3;
const SB_OLETTER = 4;
const SB_NUMERIC = 5;
const SB_ATERM = 6;
const SB_STERM = 7;
const SB_CLOSE = 8;
const SB_SCONTINUE = 9;
const SB_OTHER = 10;
const SB_UNHANDLED = 255;
const UPPER_RE = /^[\p{Uppercase}\p{Lt}]$/u;
const LOWER_RE = /^\p{Lowercase}$/u;
const ALPHA_RE = /^\p{Alphabetic}$/u;
const CLOSE_RE = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']$/u;
const sbTable = new Uint8Array(0x10000); // filled lazily
function sbClass(c: number): number {
  let k = sbTable[c]!;
  if (k !== 0) return k;
  // Tab, printable ASCII, Latin-1 and Latin Extended (no soft hyphen: Format), general punctuation
  // U+2010–U+2022: no Extend, Format or separator characters among them, so the rules stay simple.
  if (!(c === 9 || (c >= 32 && c < 127) || (c >= 0xa0 && c <= 0x24f && c !== 0xad) || (c >= 0x2010 && c <= 0x2022))) k = SB_UNHANDLED;
  else if (c === 32 || c === 9 || c === 0xa0) k = SB_SP;
  else if (c === 46) k = SB_ATERM;
  else if (c === 33 || c === 63) k = SB_STERM;
  else if (c >= 48 && c <= 57) k = SB_NUMERIC;
  else if (c === 44 || c === 45 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014) k = SB_SCONTINUE;
  else {
    const ch = String.fromCharCode(c);
    k = UPPER_RE.test(ch) ? SB_UPPER : LOWER_RE.test(ch) ? SB_LOWER : ALPHA_RE.test(ch) ? SB_OLETTER : CLOSE_RE.test(ch) ? SB_CLOSE : SB_OTHER;
  }
  sbTable[c] = k;
  return k;
}

/**
 * The pieces Intl.Segmenter (UAX #29 sentence rules, SB6–SB11) would give for a block made only of
 * the characters sbClass handles, without the segmenter's per-call cost; null for any other block.
 * A break can only follow a terminator run SATerm Close* Sp*, and SB6, SB7, SB8 and SB8a veto it.
 */
export function plainPieces(b: string): { index: number; segment: string }[] | null {
  const n = b.length;
  const out: { index: number; segment: string }[] = [];
  let start = 0;
  let p = 0;
  // One pass: every character is classified here (the runs skipped below are Close and Sp, which are
  // handled), so an unhandled one is always seen before the pieces are returned.
  while (p < n) {
    const t = sbClass(b.charCodeAt(p));
    if (t === SB_UNHANDLED) return null;
    if (t !== SB_ATERM && t !== SB_STERM) {
      p++;
      continue;
    }
    let k = p + 1;
    while (k < n && sbClass(b.charCodeAt(k)) === SB_CLOSE) k++;
    while (k < n && sbClass(b.charCodeAt(k)) === SB_SP) k++;
    if (k >= n) break;
    const next = sbClass(b.charCodeAt(k));
    let brk = true;
    if (next === SB_SCONTINUE || next === SB_ATERM || next === SB_STERM) brk = false; // SB8a
    else if (t === SB_ATERM) {
      const before = p > 0 ? sbTable[b.charCodeAt(p - 1)]! : 0;
      if (k === p + 1 && next === SB_NUMERIC) brk = false; // SB6
      else if (k === p + 1 && next === SB_UPPER && (before === SB_UPPER || before === SB_LOWER)) brk = false; // SB7
      else {
        // SB8: no break when the next letter (skipping anything but letters and terminators) is lower case.
        let j = k;
        while (j < n) {
          const x = sbClass(b.charCodeAt(j));
          if (x === SB_OLETTER || x === SB_UPPER || x === SB_LOWER || x === SB_ATERM || x === SB_STERM) break;
          j++;
        }
        if (j < n && sbTable[b.charCodeAt(j)] === SB_LOWER) brk = false;
      }
    }
    if (brk) {
      out.push({ index: start, segment: b.slice(start, k) });
      start = k;
    }
    p = k;
  }
  out.push({ index: start, segment: b.slice(start) });
  return out;
}
