// Prose-likeness: prose scores 1, code, link lists and number tables score low; key quotes avoid them.
import { describe, expect, it } from 'vitest';
import { proseLikeness } from '../../../utils/summarize/prose';
import { summarize } from '../../../utils/summarize/index';
import { tokenizeSentences } from '../../../utils/summarize/tokenize';

const like = (s: string, lang = 'en') => {
  const tok = tokenizeSentences([s], lang);
  return proseLikeness(s, tok.words[0]!, tok.stopWords[0]!, lang === 'en' || lang === 'fr');
};

describe('proseLikeness', () => {
  it.each([
    ['English prose', 'The root of the object contains 300 lists, each with ten sublists of its own.', 1, 1],
    ['French prose', "Le gouvernement a présenté mardi son projet de loi sur les retraites.", 1, 1],
    ['prose with a number', 'Sales rose 3.5% to $3.36bn in 2020, the company said on Monday.', 0.9, 1],
    ['code fragment', 'rekt: { list: [ list: [ list: [ list: [ list: [ ] ] ] ] ] }', 0, 0.2],
    ['code statement', 'const x = a[i] * b[j]; if (x > 0) { return x; }', 0, 0.2],
    ['number table', '2019 | 12,345 | 67.8 | 90.1 | 23.4 | 56.7', 0, 0.2],
    ['link list', 'Home News Sport Weather iPlayer Sounds Bitesize CBeebies CBBC Food', 0, 0.25],
    ['symbols', '*** ### === ~~~ ^^^ ***', 0, 0.01],
  ])('%s', (_name, s, lo, hi) => {
    const v = like(s);
    expect(v).toBeGreaterThanOrEqual(lo);
    expect(v).toBeLessThanOrEqual(hi);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
  ])('degenerate: %s is 0', (_name, s) => {
    expect(proseLikeness(s, 0, 0, true)).toBe(0);
  });

  it('CJK prose without stopwords is prose', () => {
    expect(proseLikeness('政府周二公布了养老金改革法案。', 7, 0, false)).toBe(1);
  });
});

describe('key quotes avoid code and lists', () => {
  it('never picks the code block even when its identifiers repeat', () => {
    const text = [
      'The root of the object, rekt, contains 300 lists, and each list has ten sublists of its own.',
      'rekt: { list: [ list: [ list: [ list: [ list: [ rekt ] ] ] ] ] }',
      'Parsing this structure made the list parser recurse until the stack overflowed.',
      'The bug was fixed by making the parser iterate over the list instead of recursing.',
      'Home | News | Sport | Lists | Rekt | Parser',
    ].join('\n\n');
    const r = summarize(text, { count: 3, lang: 'en' });
    expect(r.keyQuotes).toHaveLength(3);
    for (const q of r.keyQuotes) {
      expect(q.text).not.toContain('{');
      expect(q.text).not.toContain('|');
    }
  });
});
