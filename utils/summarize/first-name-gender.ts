// The gender a first name says, from the fitted lexicons: English-language news and French news.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';
import { FRENCH_FEMALE_FIRST_NAMES, FRENCH_MALE_FIRST_NAMES } from './first-names-fr';

/** 'm' or 'f' for a first name the lexicons know ("Barack", "Agnès"); null for any other word. */
export function firstNameGender(word: string): 'm' | 'f' | null {
  if (MALE_FIRST_NAMES.has(word) || FRENCH_MALE_FIRST_NAMES.has(word)) return 'm';
  if (FEMALE_FIRST_NAMES.has(word) || FRENCH_FEMALE_FIRST_NAMES.has(word)) return 'f';
  return null;
}
