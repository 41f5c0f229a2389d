import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPieces } from '@/utils/summarize/segment';
import { readFixture } from '../fixture';

// The in-house fast path must break sentences exactly where the platform's Intl.Segmenter does.
const icu = (lang: string, s: string) =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(s)].map(({ index, segment }) => ({ index, segment }));

const ALPHABET = [...'aAbBzZéÉçÇßñ0129 ..........!!??,,;:-–—"\'()[]«»’”\t'];

describe('plainPieces (UAX #29 sentence breaks for plain Latin lines)', () => {
  it.each(['en', 'fr', 'de'])('agrees with Intl.Segmenter (%s) on random Latin text', (lang) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 120 }), (chars) => {
        const s = chars.join(''); // non-empty: the segmenter never hands it an empty line
        const mine = plainPieces(s);
        if (mine) expect(mine).toEqual(icu(lang, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Intl.Segmenter on every line of the sample article', () => {
    const lines = readFixture('pages/seed-politics.html').replace(/<[^>]+>/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
    let checked = 0;
    for (const line of lines) {
      const mine = plainPieces(line);
      if (!mine) continue;
      checked++;
      expect(mine).toEqual(icu('en', line));
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('leaves lines it does not handle to the platform', () => {
    expect(plainPieces('我们今天去北京。他们明天回来。')).toBeNull();
    expect(plainPieces('soft\u00ADhyphen.')).toBeNull();
  });
});
