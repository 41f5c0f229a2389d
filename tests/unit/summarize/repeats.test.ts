// Key quotes state different points: a statement and its backing quotation are one point, and a
// quotation Who said what already lists is not shown again when another sentence can take its place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../utils/summarize/index';
import { selectMmr } from '../../../utils/summarize/select';
import { termOverlap } from '../../../utils/summarize/same-point';
import { echoWithAlternative, repeats } from '../../bench/redundancy';

const fixture = (p: string) => readFileSync(path.resolve(__dirname, '../../fixtures', p), 'utf8');
const SAMPLE = fixture('engine/seed-politics.txt');
const TITLE = 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict';
// Two BBC news articles where the previous engine showed a statement and the quotation backing it.
const NEWS = fixture('engine/repeats-news.jsonl')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string; lang: string });

const vec = (ids: number[]) => ({ ids: Int32Array.from(ids), w: Float64Array.from(ids, () => 1 / Math.sqrt(ids.length)) });

describe('same point', () => {
  it('measures overlap against the shorter sentence', () => {
    expect(termOverlap(vec([1, 2, 3, 4, 5, 6, 7, 8]), vec([2, 3, 4]))).toBe(1);
    expect(termOverlap(vec([1, 2]), vec([3, 4]))).toBe(0);
    expect(termOverlap(vec([]), vec([3, 4]))).toBe(0);
  });

  it('takes the next point instead of a sentence that repeats a chosen one, and holds back echoes', () => {
    // 0: the statement; 1: its quotation (all its terms in 0); 2: another point; 3: an echo of Who said what.
    const vecs = [vec([1, 2, 3, 4, 5, 6]), vec([2, 3, 4, 5]), vec([7, 8, 9]), vec([10, 11, 12])];
    expect(selectMmr([3, 2.9, 1, 2], vecs, 2, 0)).toEqual([0, 3]);
    expect(selectMmr([3, 2.9, 1, 2], vecs, 2, 0, [0, 0, 0, 1])).toEqual([0, 2]);
    // Nothing else left: the held-back sentences still fill the summary.
    expect(selectMmr([3, 2.9, 1, 2], vecs, 4, 0, [0, 0, 0, 1])).toEqual([0, 1, 2, 3]);
  });
});

describe('a quotation repeated although another sentence was left', () => {
  const sentences = ['The council met on Monday to discuss the new budget for the city.', '"We will not raise taxes this year, and we will keep every library open," Doe said.', 'The vote is expected next week after a long debate.'];
  const text = sentences.join(' ');
  const words = 'We will not raise taxes this year, and we will keep every library open';
  const quotes = [{ text: words, speaker: 'Jane Doe', start: text.indexOf(words), end: text.indexOf(words) + words.length }];
  const key = (i: number) => ({ text: sentences[i]!, score: 1, start: text.indexOf(sentences[i]!), end: text.indexOf(sentences[i]!) + sentences[i]!.length });
  it.each([
    ['the echo chosen, a sentence of eight words or more left', [key(0), key(1)], true],
    ['the echo chosen, the other sentences chosen too', [key(0), key(1), key(2)], false],
    ['no echo chosen', [key(0), key(2)], false],
  ] as const)('%s', (_name, keyQuotes, expected) => {
    expect(echoWithAlternative(text, 'en', keyQuotes, quotes)).toBe(expected);
  });
});

describe('key quotes on real articles', () => {
  it('the sample article: three key quotes, three different points, all from the article body, none repeating Who said what', () => {
    const r = summarize(SAMPLE, { count: 3, lang: 'en', title: TITLE });
    expect(r.keyQuotes).toHaveLength(3);
    for (const q of r.keyQuotes) expect(SAMPLE.slice(q.start, q.end)).toBe(q.text);
    expect(repeats(r.keyQuotes, r.quotes, r.lang)).toEqual({ samePoint: false, statementAndQuotation: false, echo: false });
    // The statement stays; the quotation that backs it is under Who said what.
    expect(r.keyQuotes[0]!.text).toMatch(/^U\.S\. President Donald Trump stated/);
    expect(r.quotes.map((q) => q.text)).toContain('We have Russia and Ukraine, which are making a little bit of progress');
  });

  it.each(NEWS.map((a) => [a.id, a] as const))('%s: no two key quotes state one point, at every length', (_id, a) => {
    for (const count of [3, 5]) {
      const r = summarize(a.text, { count, lang: a.lang, title: a.title });
      expect(r.keyQuotes).toHaveLength(count);
      expect(repeats(r.keyQuotes, r.quotes, r.lang)).toMatchObject({ samePoint: false, statementAndQuotation: false });
    }
    // The article does have the pair: the measure finds it when all its sentences are shown.
    const all = summarize(a.text, { count: 100, lang: a.lang, title: a.title });
    expect(repeats(all.keyQuotes, all.quotes, all.lang).statementAndQuotation).toBe(true);
  });
});
