// The name heading a few words before a verb: "Rep. Peter King of New York" is Peter King, "a spokesman for Tom Smith" names no one.
import { cleanName } from './names';
import { PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';

/**
 * The name closing `words`, cleaned, or '' when none does. In English, a name that a preposition after a person governs says
 * whom or where that person is of ("Peter King of New York", "a spokesman for Tom Smith", "the senator from Ohio"), and the one
 * meant is that person: the name before the preposition, if any. After a thing the name is the one meant ("an endorsement from
 * Mike Lee, who declared").
 */
export function headName(words: string, lang: string, isStopword: (w: string) => boolean): string {
  const cleaned = closingName(words, isStopword);
  const at = words.lastIndexOf(cleaned);
  if (!cleaned || at < 0 || lang !== 'en') return cleaned;
  const head = words.slice(0, at);
  const governed = PERSON_THEN_PREPOSITION.exec(head);
  return governed ? headName(head.slice(0, governed.index + governed[0].length - governed[1]!.length), lang, isStopword) : cleaned;
}

/** The name closing `words`, cleaned ("by CNN's Jake Tapper" → "Jake Tapper"), or '' when none does. */
export function closingName(words: string, isStopword: (w: string) => boolean): string {
  const name = NAME_CLOSES.exec(words)?.[1];
  return name ? cleanName(name, isStopword) : '';
}

// A name closing the words: "by Dr Joan Baker", "by John Smith" (not "by a heckler").
const NAME_CLOSES = /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)$/u;
// A person, by a capitalised word (a name) or a noun for one, then a preposition closing the words; the preposition and what
// follows the person are captured.
const PERSON_THEN_PREPOSITION = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|(?<![\p{L}])(?:${PERSON_NOUNS}|${RELATION_NOUNS})s?)(\s+(?:of|for|from|at|in|with|to)\s+(?:the\s+)?)$`,
  'u',
);
