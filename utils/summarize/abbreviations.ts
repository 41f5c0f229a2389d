// Decides whether a break Intl.Segmenter proposed is false (abbreviation, initial, lower-case start).
// ICU's sentence rules break after any "word." followed by a capital; these fix its known misses.
import { isSpaceUnit, isWordUnit } from './char-classes';

// Abbreviations that are (almost) never the end of a sentence, lower-cased without the final dot.
// Mixed languages on purpose: articles quote across languages and the list is small.
const NEVER_FINAL = new Set(
  (
    'mr mrs ms mx dr prof sen rep del gov gen col lt sgt capt cmdr adm maj brig st mt rev hon pres supt insp ' +
    'e.g i.e cf approx ca fig figs vol pp dept ref jan feb apr aug sept sep oct nov dec ' +
    // fr / es / it / pt / nl / de
    'mm mme mmes mlle mlles pr ste av env sra srta sres dra lic sig sigg dott avv ' +
    'hr hrn fr dipl nr bzw z.b d.h u.a vgl ggf evtl inkl zb dh ' +
    'p.ex bijv dhr mevr mw drs ir ing excmo excma exmo exma ilmo ilma'
  ).split(' '),
);

/** The word just before the final '.', e.g. "Mr" in "said Mr.", "U.S" in "the U.S.". */
function lastWord(seg: string): string {
  // Only the tail: an end-anchored regex over a long segment would rescan it from every position.
  // A backward character scan does what the regex below does: spaces, closing marks, the '.', then
  // the run of letters, digits and dots before it (from its first letter or digit).
  const from = Math.max(0, seg.length - 48);
  let i = seg.length - 1;
  while (i >= from && isSpaceUnit(seg.charCodeAt(i))) i--;
  while (i >= from && CLOSERS.includes(seg[i]!)) i--;
  if (i < from || seg.charCodeAt(i) !== 46) return '';
  const end = i;
  let j = end - 1;
  for (; j >= from; j--) {
    const c = seg.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdfff) return lastWordRegex(seg); // astral letters: let the regex decide
    if (c !== 46 && !isWordUnit(c)) break;
  }
  let start = j + 1;
  while (start < end && seg.charCodeAt(start) === 46) start++;
  return start < end ? seg.slice(start, end) : '';
}
function lastWordRegex(seg: string): string {
  const m = /([\p{L}\p{N}][\p{L}\p{N}.]*)\.["'”’»)\]]*\s*$/u.exec(seg.slice(-48));
  return m ? m[1]! : '';
}
const CLOSERS = `"'”’»)]`;
const SENIOR_AFTER_NAME = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]*),?\s+Sr\.["'”’»)\]]*\s*$/u;

/** First word of the next segment, skipping opening quotes and brackets. */
function firstWord(seg: string): string {
  const limit = Math.min(seg.length, 48);
  let i = 0;
  while (i < limit && (isSpaceUnit(seg.charCodeAt(i)) || OPENERS.includes(seg[i]!))) i++;
  let j = i;
  for (; j < limit; j++) {
    const c = seg.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdfff) return firstWordRegex(seg);
    if (!isWordUnit(c)) break;
  }
  return seg.slice(i, j);
}
function firstWordRegex(seg: string): string {
  const m = /^[\s"'“‘«„(\[¿¡]*([\p{L}\p{N}]+)/u.exec(seg.slice(0, 48));
  return m ? m[1]! : '';
}
const OPENERS = `"'“‘«„([¿¡`;

const isLower = (w: string) => w !== '' && w[0] !== w[0]!.toUpperCase() && w[0] === w[0]!.toLowerCase();
const isUpper = (w: string) => w !== '' && w[0] !== w[0]!.toLowerCase();

/**
 * True when `prev` and `next` (consecutive segments of one block) are one sentence.
 * `isStopword` tells whether a lower-cased word is a common function word (a likely sentence start).
 */
export function falseBreak(prev: string, next: string, isStopword: (w: string) => boolean): boolean {
  const first = firstWord(next);
  if (first === '') return /^\s*[,;:)\]]/.test(next); // punctuation continuing the sentence
  // A sentence does not start in lower case: "Why?" he asked. / "Wait... what" / "etc. and".
  if (isLower(first)) return true;
  if (!/\.["'”’»)\]]*\s*$/.test(prev.slice(-8))) return false; // only full stops are ambiguous beyond this point
  const word = lastWord(prev);
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  // Italian "l'on." and Spanish or Portuguese "Sr." before a name (titleBeforeName).
  if (lower === 'on' || lower === 'sr') return titleBeforeName(prev, lower, isStopword);
  // Single letter: an initial ("John F. Kennedy") or a piece of "z. B." / "p. ex.".
  if (/^\p{Ll}$/u.test(word)) return true;
  if (/^\p{L}$/u.test(word)) return isUpper(first) && !isStopword(first.toLowerCase());
  // Dotted acronym ("U.S.", "U.K."): continues unless the next word is a usual sentence opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !isStopword(first.toLowerCase());
  // German/Dutch ordinals and dates: "am 17. Juni", "der 3. Platz".
  if (/^\d{1,2}$/.test(word)) return MONTHS.has(first.toLowerCase());
  return false;
}

/**
 * Whether `before` ends with an abbreviation that never ends a sentence, dot included ("said Sen.",
 * "the Rev."): attribution and sentence starts ask this list instead of keeping their own.
 */
export function endsWithAbbreviation(before: string): boolean {
  const word = lastWord(before);
  if (word === '') return false;
  const lower = word.toLowerCase();
  // No language's stopwords here: the articles before "Sr." ("El", "O", "Al") are the short words, a name is longer.
  return NEVER_FINAL.has(lower) || ((lower === 'on' || lower === 'sr') && titleBeforeName(before, lower, (w) => w.length < 3));
}

/**
 * Whether "on." or "Sr." closing `prev` is a title before a name rather than a sentence's last word: Italian "l'on."
 * (onorevole; "on." alone often ends an English sentence: "He carried on."); Spanish and Portuguese "Sr." (señor, senhor:
 * "El Sr. Pérez", "O Sr. Silva"), unless a name stands before it, where it is "Senior", which may end an English sentence
 * ("…said John Smith Sr. He…"). `isStopword` tells an article ("El") from a name.
 */
function titleBeforeName(prev: string, lower: string, isStopword: (w: string) => boolean): boolean {
  if (lower === 'on') return /(?<![\p{L}])[lL]['’]on\.\s*$/u.test(prev.slice(-8));
  const name = SENIOR_AFTER_NAME.exec(prev.slice(-40))?.[1];
  return name === undefined || isStopword(name.toLowerCase());
}

const MONTHS = new Set(
  ('januar februar märz april mai juni juli august september oktober november dezember jänner ' +
    'januari februari maart april mei juni juli augustus september oktober november december').split(' '),
);
