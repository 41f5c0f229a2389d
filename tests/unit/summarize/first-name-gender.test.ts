// The gender a first name says, from the English-fitted and the French-fitted lexicons.
import { describe, expect, it } from 'vitest';
import { firstNameGender, firstNameGenderIn } from '../../../utils/summarize/first-name-gender';
import { isFirstName } from '../../../utils/summarize/names';

describe('firstNameGender', () => {
  it.each([
    ['an English lexicon name', 'Barack', 'm'],
    ['a French lexicon name', 'Agnès', 'f'],
    ['a French man\'s name with its accent', 'Édouard', 'm'],
    ['an accented name the English lexicon writes without its accent ("Jose")', 'José', 'm'],
    ['likewise "Iván" ("Ivan")', 'Iván', 'm'],
    ['an accent that makes another name is not dropped into a known one ("Andrée" is no "Andre")', 'Andrée', null],
    ['a letter of its own, with no accent to drop, is read as written ("Ø", "ß"; a first version recursed for ever)', 'Østergaard', null],
    ['a compound takes its first name\'s gender', 'Anne-Marie', 'f'],
    ['"Jean-" opens a man\'s compound, though "Jean" alone may be a woman\'s', 'Jean-Claude', 'm'],
    ['a place is no first name', 'Paris', null],
    ['a word is no first name', 'Nous', null],
  ])('%s: %s', (_name, word, expected) => {
    expect(firstNameGender(word)).toBe(expected);
    expect(isFirstName(word)).toBe(expected !== null);
  });
});

describe('firstNameGenderIn', () => {
  it.each([
    ['French writes "Laurence" for a woman (Laurence Rossignol), English for a man', 'Laurence', 'fr', 'f'],
    ['guard: the English lexicon reads English text', 'Laurence', 'en', 'm'],
    ['"Claude" is either in French (Claude Chirac, Claude François)', 'Claude', 'fr', null],
    ['guard: "Dominique" is either in French', 'Dominique', 'fr', null],
    ['guard: a name French news writes otherwise than English stays French there ("Marine" Le Pen)', 'Marine', 'fr', 'f'],
    ['guard: a name of one gender everywhere', 'Agnès', 'fr', 'f'],
  ])('%s: %s (%s)', (_name, word, lang, expected) => {
    expect(firstNameGenderIn(word, lang)).toBe(expected);
  });
});
