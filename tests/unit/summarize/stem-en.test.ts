import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { stemmer as packaged } from '@orama/stemmers/english';
import { describe, expect, it } from 'vitest';
import { stemmer } from '../../../utils/summarize/stem-en';

const PAGES = path.resolve(__dirname, '../../fixtures/pages');

/** Every lower-cased word of the saved real pages (markup included: it only widens the vocabulary). */
function pageWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) for (const w of readFileSync(file, 'utf8').toLowerCase().match(/[a-z0-9]+/g) ?? []) words.add(w);
    }
  };
  walk(PAGES);
  return [...words];
}

// Each suffix rule of the algorithm, on stems of different measures and shapes (CVC, double letters, y).
const STEMS = ['relat', 'condit', 'ration', 'hop', 'fil', 'agre', 'tann', 'fall', 'hiss', 'fizz', 'fail', 'cry', 'happ', 'sky', 'yell', 'bl', 'adopt', 'decis', 'contro', 'gener', 'electr', 'sens', 'digit', 'hope', 'y', 'yo'];
const SUFFIXES = ['', 's', 'es', 'ies', 'sses', 'ed', 'ing', 'eed', 'y', 'ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'sion', 'tion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'e', 'll', 'at', 'bl', 'iz'];

describe('English stemmer', () => {
  it('gives the packaged stemmer’s stem for every word of the saved pages', () => {
    const words = pageWords();
    expect(words.length).toBeGreaterThan(5000);
    for (const w of words) expect(stemmer(w), w).toBe(packaged(w));
  });

  it('gives the packaged stemmer’s stem for every suffix rule on stems of every shape', () => {
    for (const s of STEMS) for (const x of SUFFIXES) for (const y of ['', 's', 'ed', 'ing']) expect(stemmer(s + x + y), s + x + y).toBe(packaged(s + x + y));
  });

  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['relational', 'relat'],
    ['yelling', 'yell'],
    ['at', 'at'],
  ])('%s → %s', (word, stem) => {
    expect(stemmer(word)).toBe(stem);
  });
});
