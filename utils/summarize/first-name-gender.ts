// The gender a first name says, from the fitted lexicons: English-language news and French news.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';
import { FRENCH_FEMALE_FIRST_NAMES, FRENCH_MALE_FIRST_NAMES, FRENCH_ONLY_FEMALE_FIRST_NAMES, FRENCH_ONLY_MALE_FIRST_NAMES } from './first-names-fr';

/** 'm' or 'f' for a first name the lexicons know ("Barack", "Agnès"); null for any other word. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  if (MALE_FIRST_NAMES.has(word) || FRENCH_MALE_FIRST_NAMES.has(word)) return 'm';
  if (FEMALE_FIRST_NAMES.has(word) || FRENCH_FEMALE_FIRST_NAMES.has(word)) return 'f';
  // English-language news drops the accents the lexicon's names are written with elsewhere ("Jose", "Ramon"): "José", "Iván".
  const plain = ACCENTED.test(word) ? withoutAccents(word) : word; // ("ø", "ß" have no accent to drop: the word stays)
  if (plain !== word) return firstNameGender(plain);
  // A compound first name takes its first name's gender ("Marie-France", "Pierre-Yves"); "Jean-" opens men's compounds
  // only ("Jean-Claude Juncker"), though "Jean" alone is a woman's name in English.
  const compound = COMPOUND.exec(word);
  if (compound) return compound[1] === 'Jean' ? 'm' : firstNameGender(compound[1]!);
  return null;
}

const withoutAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');
// Latin letters with an accent (read first: most words have none, and this runs for every capitalised word).
const ACCENTED = /[\u00C0-\u024F]/u;

const COMPOUND = /^(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)+$/u;

/** The gender a first name says in text of `lang`: French text also reads the names English writes otherwise ("Marine" Le Pen). */
export function firstNameGenderIn(word: string, lang: string): 'm' | 'f' | null {
  if (lang === 'fr' && FRENCH_USAGE.has(word)) return FRENCH_USAGE.get(word)!;
  const gender = firstNameGender(word);
  if (gender || lang !== 'fr') return gender;
  return FRENCH_ONLY_MALE_FIRST_NAMES.has(word) ? 'm' : FRENCH_ONLY_FEMALE_FIRST_NAMES.has(word) ? 'f' : null;
}

// First names French gives another gender than English news, or either: the lexicon, fitted mostly on English, says "Claude" and
// "Laurence" are men (Claude Chirac and Laurence Rossignol are women); French has too few of them in its articles to fit them.
const FRENCH_USAGE: ReadonlyMap<string, 'm' | 'f' | null> = new Map<string, 'm' | 'f' | null>([
  ['Laurence', 'f'],
  ['Claude', null],
  ['Dominique', null],
  ['Camille', null],
  ['Sacha', null],
  ['Alix', null],
]);
