// The cosine of a sentence's wording with the rest of its article, a one-sentence feature of the scorer.
import { describe, expect, it } from 'vitest';
import { restWordCosine } from '../../../utils/summarize/rest-wording';

describe('restWordCosine', () => {
  it('compares each sentence with the others, never with itself', () => {
    // "b" alone: the rest is "a a" and "c", which share nothing with it.
    const c = Array.from(restWordCosine(['a a.', 'b b.', 'a c.']));
    expect(c[1]).toBe(0);
    // "a a" against the rest {b: 2, a: 1, c: 1}: 2 / (2 · √6).
    expect(c[0]).toBeCloseTo(1 / Math.sqrt(6), 12);
    // "a c" against the rest {a: 2, b: 2}: 2 / (√2 · √8).
    expect(c[2]).toBeCloseTo(0.5, 12);
  });
  it('reads words as written, lower-cased, function words included', () => {
    const c = Array.from(restWordCosine(['Le gouvernement a décidé.', 'le Gouvernement A DÉCIDÉ', 'Rien.']));
    // Case does not count: against the rest {le, gouvernement, a, décidé, rien}, 4 / (2 · √5).
    expect(c[0]).toBeCloseTo(2 / Math.sqrt(5), 12);
    expect(c[2]).toBe(0);
  });
  it('is 0 for a lone sentence, and empty for none', () => {
    expect(Array.from(restWordCosine(['Only one.']))).toEqual([0]);
    expect(Array.from(restWordCosine([]))).toEqual([]);
  });
});
