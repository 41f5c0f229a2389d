// Whether quoted words are someone's direct quotation at all, not a title, a scare quote or a single term.
import type { Attribution } from './attribution';
import { isWordUnit } from './char-classes';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A direct quotation (someone's words), not a scare quote, title or single term. */
export function looksDirect(inner: string, att: Attribution, lang: string, before = ''): boolean {
  const words = countWords(inner, 8); // only "fewer than 3" and "8 or more" matter
  // One token is a term, whatever its dots and hyphens make of it ("a “No-B.S.” barbecue" is three runs of letters).
  const fewWords = words < 3 || !/\s/u.test(inner.trim());
  const fewChars = inner.length < 6;
  // CJK is written without spaces and judged by characters: the script test is needed only when the two rules disagree.
  if (fewWords === fewChars ? fewWords : CJK.test(inner) ? fewChars : fewWords) return false;
  // German capitalises every noun: there capitals do not make a title.
  if (lang !== 'de' && (isTitle(inner, TITLE_NAMED_BEFORE.test(before)) || (WORK_NAMED_BEFORE.test(before) && isLongTitle(inner)))) return false;
  // Direct speech starts a sentence; "making “a little bit of progress”" is a partial quote, kept
  // only when it is long and the sentence says it was said ("Cruz called him a “narcissist at a level…”").
  // One whose speaker the sentence does not name ("Officials… said they feared that those… “may try to…”") is listed unattributed.
  if (startsLowerCase(inner)) return words >= 6 && att !== null && att.kind !== 'same';
  const last = inner.charCodeAt(inner.length - 1);
  return att !== null || last === 46 || last === 33 || last === 63 || last === 0x2026 || words >= 8; // ends with . ! ? …
}

/**
 * Whether quoted words are a title, not speech: a few words, each capitalised or a short function word,
 * no sentence end ("The Steve Harvey Morning Show", "Parks and Recreation", "Face the Nation"); when `named`
 * (the words before name a title), a full stop after two words or more is the sentence's ("“Meet the Press.”").
 */
function isTitle(inner: string, named = false): boolean {
  // American style puts the sentence's full stop inside the marks: "told CNN's “State of the Union.”" is still a title
  // where the words before name one (a headline's "Trump Addresses Munich Attack: ‘This Cannot Continue.’" is speech).
  const words = inner.replace(named ? /[,;:]$|(?<=\s\S+)\.$/u : /[,;:]$/u, '').split(/\s+/u);
  return words.length <= 8 && !/[.!?…]$/u.test(words[words.length - 1]!) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_FUNCTION_WORDS.has(w));
}
// Words right before a quotation that name a show, a book or a slogan after them: "told CNN's", "appeared on", "the slogan".
const TITLE_NAMED_BEFORE = /(?:['’]s|(?<![\p{L}])(?:on|to|in|of|from|at|for|with|titled|entitled|called|named|slogan|show|program|programme|book|song|film|movie))\s*$/u;
// A work named right before: "In her book “A Paradise Built in Hell: The Extraordinary Communities that Arise in Disaster,”".
const WORK_NAMED_BEFORE = /(?<![\p{L}])(?:titled|entitled|called|book|novel|memoir|song|album|film|movie|documentary|essay|poem|play|op-ed|column)\s*$/u;

/**
 * Whether quoted words after the name of a work are its title however long, with a subtitle: every word capitalised but short
 * function words (title case), and no sentence's end inside.
 */
function isLongTitle(inner: string): boolean {
  const words = inner.replace(/[,;:.]$/u, '').split(/\s+/u);
  return words.length <= 20 && !/[.!?…]\s/u.test(inner) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || (w.length <= 4 && /^\p{Ll}+$/u.test(w)));
}
const TITLE_FUNCTION_WORDS = new Set('a an the of and or in on at to for by with from de la le les du des et der die das und von'.split(' '));

/** A partial quotation long enough to be someone's words rather than a scare quote (six words or more, opening in lower case). */
export function isLongPartial(inner: string): boolean {
  return startsLowerCase(inner) && countWords(inner, 6) >= 6;
}

/** True when the first letter or digit of `s` changes in upper case ("a little…"). */
export function startsLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) break; // an astral character: the regex below reads code points
    if (!isWordUnit(c)) continue;
    if (c < 128) return c >= 97 && c <= 122;
    return s[i] !== s[i]!.toUpperCase();
  }
  const first = /[\p{L}\p{N}]/u.exec(s)?.[0] ?? '';
  return first !== '' && first !== first.toUpperCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Number of runs of letters and digits, as /[\p{L}\p{N}]+/gu would match them (counting stops at `max`). */
function countWords(s: string, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is one code point: classify it whole (astral letters exist).
      const cp = s.codePointAt(i)!;
      w = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    } else w = isWordUnit(c);
    if (w && !inWord && ++words === max) return words;
    inWord = w;
  }
  return words;
}
