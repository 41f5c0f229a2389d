// Character statistics of a sentence, in one pass: what the quotation, digit, capitals and prose checks read.
// Features and prose-likeness used to scan every sentence separately; on a typical article the
// character loops are a good share of the engine's time, so they share this one.

export interface CharStats {
  /** Bit flags: HAS_QUOTE, OPENS_QUOTE, HAS_DIGIT, UNBALANCED. */
  flags: number;
  /** Capitalised words after the first (any cased script): names carry the story. */
  caps: number;
  /** Visible characters (not space, tab or NBSP), and how many are letters, digits, brackets, symbols. */
  visible: number;
  letters: number;
  digits: number;
  brackets: number;
  symbols: number;
  /** Words starting with A–Z (the first word included). */
  capStarts: number;
}

export const HAS_QUOTE = 1;
export const OPENS_QUOTE = 2;
export const HAS_DIGIT = 4;
export const UNBALANCED = 8; // opens or closes a quotation it does not also close or open

// Case of each BMP code unit from U+00C0, filled lazily (1 = upper: changes when lower-cased;
// 2 = lower: changes when upper-cased; 3 = neither): a string conversion per character was most of
// the scan's cost on text with curly quotes or accents.
const UPPER = 1;
const LOWER = 2;
const caseTable = new Uint8Array(0x10000);
function caseOf(c: number): number {
  let k = caseTable[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : 3;
    caseTable[c] = k;
  }
  return k;
}

const isQuoteMark = (c: number) => c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e;

/** The statistics of `s` (see CharStats). */
export function charStats(s: string): CharStats {
  let flags = 0;
  let straight = 0;
  let curly = 0;
  let caps = 0;
  let inWord = false;
  let seenWord = false;
  let letters = 0;
  let digits = 0;
  let brackets = 0;
  let symbols = 0;
  let visible = 0;
  let capStarts = 0;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0xa0) {
      inWord = false;
      prevSpace = true;
      continue;
    }
    if (c < 128) {
      const upper = c >= 65 && c <= 90;
      if (upper || (c >= 97 && c <= 122)) {
        if (!inWord) {
          if (seenWord && upper) caps++;
          seenWord = true;
          inWord = true;
        }
        if (prevSpace && upper) capStarts++;
        letters++;
      } else if (c === 10) inWord = false;
      else if (c >= 48 && c <= 57) {
        flags |= HAS_DIGIT;
        digits++;
      } else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 60 || c === 62) brackets++; // { } [ ] < >
      else if (c === 61 || c === 59 || c === 124 || c === 92 || c === 95 || c === 42 || c === 35 || c === 36 || c === 38 || c === 94 || c === 126 || c === 96 || c === 47)
        symbols++; // = ; | \ _ * # $ & ^ ~ ` /
      else if (c === 0x22) {
        flags |= HAS_QUOTE;
        straight++;
      }
      if (c === 9) prevSpace = true;
      else {
        prevSpace = false;
        visible++;
      }
      continue;
    }
    prevSpace = false;
    visible++;
    if (c >= 0xc0) {
      letters++; // other scripts count as letters for prose (CJK prose has no spaces or stopwords)
      const cased = caseOf(c);
      if (cased === UPPER || cased === LOWER) {
        if (!inWord) {
          if (seenWord && cased === UPPER) caps++;
          seenWord = true;
          inWord = true;
        }
      }
    }
    if (isQuoteMark(c)) {
      flags |= HAS_QUOTE;
      if (c === 0x201c || c === 0xab || c === 0x201e) curly++;
      else curly--;
    }
  }
  const first = s.charCodeAt(0);
  if (isQuoteMark(first) || first === 0x2018 || first === 0x27) flags |= OPENS_QUOTE;
  if (straight % 2 === 1 || curly !== 0) flags |= UNBALANCED;
  return { flags, caps: Math.min(caps, 1 << 20), visible, letters, digits, brackets, symbols, capStarts };
}
