// Content terms: every word but the language's function words, so a sentence's numbers and nouns count.
import { describe, expect, it } from 'vitest';
import { functionWordsFor, stopwordsFor } from '../../../utils/summarize/stopwords';
import { tokenizeSentences } from '../../../utils/summarize/tokenize';

describe('content terms', () => {
  it('drops the function words and keeps content words that the long stopword list would drop', () => {
    // stopwords-iso lists "billion" and "government"; they are what this sentence is about.
    expect(stopwordsFor('en').has('billion')).toBe(true);
    const tok = tokenizeSentences(['The government has spent a billion on the new hospital.'], 'en');
    // government, spent, billion, new, hospital: "the" (twice), "has", "a", "on" are function words.
    expect(tok.terms[0]!.length).toBe(5);
    expect(tok.words[0]).toBe(10);
    expect(tok.stopWords[0]).toBe(5);
  });

  it('has a function-word list for every language with a stopword list, each much shorter', () => {
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']) {
      const fn = functionWordsFor(lang);
      expect(fn.size).toBeGreaterThan(50);
      expect(fn.size).toBeLessThan(stopwordsFor(lang).size);
      for (const w of fn) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    expect(functionWordsFor('fr').has('le')).toBe(true);
    expect(functionWordsFor('xx').size).toBe(0);
  });

  it('a French sentence keeps its nouns and numbers', () => {
    const tok = tokenizeSentences(['Le gouvernement a présenté mardi son projet de loi sur 3 ans.'], 'fr');
    // gouvernement, présenté, mardi, projet, loi, 3, ans
    expect(tok.terms[0]!.length).toBe(7);
  });
});
