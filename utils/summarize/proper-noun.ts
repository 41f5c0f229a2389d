// Whether a lone capitalised word is a name in a text ("Trump") or a common word opening a sentence ("Sources", German nouns).

import { endsWithAbbreviation } from './abbreviations';
import { patternsFor } from './reporting-verbs';
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
    midSentence ||= isMidSentence(before, text.slice(at + word.length, at + word.length + 30), lang);
    if (midSentence && lang !== 'de') return true;
  }
  return midSentence;
}

/**
 * The text around a word puts it mid-sentence: after a space and anything but a sentence end, or after an
 * honorific's dot ("M. Larcher"). A quotation closing on "!" or "?" ends no sentence when a verb of saying
 * follows the word: the attribution goes on ("“…, it’s offensive!” Cruz said.", not "“Why now?” Critics were…").
 */
function isMidSentence(before: string, after: string, lang: string): boolean {
  if (!/\s$/u.test(before)) return false;
  const head = before.trimEnd();
  // A paragraph opens a sentence, whatever the one before ended with ("…[HuffPost.] ¶ Signs of momentum…").
  if (before.slice(head.length).includes('\n')) return false;
  // After a title's dot (the shared list; French "M." is a lone initial there) the word is mid-sentence.
  if (head === '' || endsWithAbbreviation(head) || /(?:^|\s)M\.$/u.test(head)) return head !== '';
  if (/[!?]["”’»]$/u.test(head)) return saysNext(after, lang);
  return !/[.!?][)\]]?["”’»“]?[)\]]?$/u.test(head);
}

const VERB_OPENS = new Map<string, RegExp>();

/** Whether `after` opens with a verb of saying: "said", "told reporters" (a pattern of its own: the shared one is global). */
function saysNext(after: string, lang: string): boolean {
  let opens = VERB_OPENS.get(lang);
  if (!opens) VERB_OPENS.set(lang, (opens = new RegExp(`^\\s+(?:${patternsFor(lang).verb.source})`, 'iu')));
  return opens.test(after);
}

// Articles, contractions and possessives, also capitalised at a sentence start ("Seine Begründung: …").
export const GERMAN_DETERMINERS = `(?:${'der die das zur zum im am vom beim ins den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere kein keine diese dieser diesem diesen dieses folgende folgender folgendes folgenden jede jeder jedes jeden jedem solche solcher solches welche welcher welches'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
const GERMAN_DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])${GERMAN_DETERMINERS}\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
