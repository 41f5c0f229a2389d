import { describe, expect, it } from 'vitest';
import { isGivenNameAfterFamily, isLoneFamilyName, isShortFamilyName } from '../../../utils/summarize/family-name-first';

describe('isGivenNameAfterFamily: the words after a short family name read as a given name written after it', () => {
  it.each([
    ['Pinyin of two syllables', 'Xi', ['Jinping'], true],
    ['Pinyin of three syllables', 'Liu', ['Xiaoming'], true],
    ['a short syllable', 'Wang', ['Yi'], true],
    ['Korean, joined by a hyphen', 'Moon', ['Jae-in'], true],
    ['Korean, two syllables apart', 'Kim', ['Jong', 'Un'], true],
    ['guard: an English word is no Pinyin of two syllables', 'Trump', ['Train'], false],
    ['guard: a company', 'Peabody', ['Energy'], false],
    ['guard: one syllable of four letters is too common an English shape', 'Hong', ['Kong'], false],
    ['guard: a long first word is no family name', 'Jennifer', ['Jinping'], false],
  ])('%s', (_name, family, given, expected) => {
    expect(isGivenNameAfterFamily(family, given)).toBe(expected);
  });
});

describe('two-letter family names', () => {
  it.each([
    ['before a given name', 'Li', 'Deshui', true],
    ['a one-syllable given name', 'Ai', 'Jun', true],
    ['guard: a title is no family name', 'Mr', 'Fisher', false],
    ['guard: a function word is none', 'In', 'June', false],
  ])('isShortFamilyName: %s', (_name, word, next, expected) => {
    expect(isShortFamilyName(word, next)).toBe(expected);
  });
  it.each([
    ['Li', true],
    ['Xi', true],
    ['Ma', false], // French and Italian "ma"
    ['Ai', false], // Italian "ai"
  ])('isLoneFamilyName: %s', (word, expected) => {
    expect(isLoneFamilyName(word)).toBe(expected);
  });
});
