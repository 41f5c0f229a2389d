// Whether a lone capitalised word is a name in a text ("Trump") or a common word opening a sentence ("Sources", German nouns).

import { endsWithAbbreviation } from './abbreviations';
import { wholeWordPositions } from './whole-word';

/**
 * Whether a single capitalised word is a proper noun in this text: an acronym ("BBC"), a word with a
 * capital inside ("McLenney"), or a word also
 * capitalised in the middle of a sentence ("…,” Trump said"), not only after a sentence end ("Jeudi, …").
 * German capitalises every noun: there a word that ever follows an article or possessive
 * ("mit den Worten", "seine Begründung", "zur geplanten Novellierung") is a common noun.
 */
export function isProperNoun(word: string, text: string, lang: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  // A capital inside the word is a name's shape, wherever it stands: "McLenney", "DeSantis", "O'Brien".
  if (/^\p{Lu}(?:\p{Ll}{1,2}|['’])\p{Lu}\p{Ll}/u.test(word)) return true;
  // Read mentions until the answer is sure: a long text names its people thousands of times.
  let midSentence = false;
  for (const at of wholeWordPositions(text, word)) {
    const before = text.slice(Math.max(0, at - 40), at);
    if (lang === 'de' && GERMAN_DETERMINER_BEFORE.test(before)) return false;
    midSentence ||= isMidSentence(before) || attributedAfterExclamation(before, text.slice(at + word.length, at + word.length + 20));
    if (midSentence && lang !== 'de') return true;
  }
  return midSentence;
}

/** The text before a word puts it mid-sentence: after a space and anything but a sentence end, or after an honorific's dot ("M. Larcher"). */
function isMidSentence(before: string): boolean {
  if (!/\s$/u.test(before)) return false;
  const head = before.trimEnd();
  // After a title's dot (the shared list; French "M." is a lone initial there) the word is mid-sentence.
  if (head === '' || endsWithAbbreviation(head) || /(?:^|\s)M\.$/u.test(head)) return head !== '';
  return !/[.!?]["”’»“]?$/u.test(head);
}

/**
 * A word right after a quotation that closes on "!" or "?" and before a lower-case word is the
 * attribution that goes on with the sentence: "“…, it’s offensive!” Cruz said."
 */
function attributedAfterExclamation(before: string, after: string): boolean {
  return /[!?]["”’»]\s+$/u.test(before) && /^\s+\p{Ll}/u.test(after);
}

// Articles, contractions and possessives, also capitalised at a sentence start ("Seine Begründung: …").
export const GERMAN_DETERMINERS = `(?:${'der die das zur zum im am vom beim ins den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere kein keine diese dieser diesem diesen dieses folgende folgender folgendes folgenden jede jeder jedes jeden jedem solche solcher solches welche welcher welches'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
const GERMAN_DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])${GERMAN_DETERMINERS}\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
