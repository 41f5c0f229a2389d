import { describe, expect, it } from 'vitest';
import { HAS_DIGIT, HAS_QUOTE, OPENS_QUOTE, UNBALANCED, charStats } from '../../../utils/summarize/char-stats';

describe('charStats', () => {
  it.each([
    ['plain prose', 'The minister said so.', 0],
    ['a quotation', 'He said "yes" today.', HAS_QUOTE],
    ['a quote-led sentence', '“We will win,” she said.', HAS_QUOTE | OPENS_QUOTE],
    ['an apostrophe opens', "'Tis the season.", OPENS_QUOTE],
    ['a number', 'It cost $3.36bn.', HAS_DIGIT],
    ['a cut quotation (curly)', '“We will win the vote.', HAS_QUOTE | OPENS_QUOTE | UNBALANCED],
    ['a cut quotation (straight)', 'and then" he left.', HAS_QUOTE | UNBALANCED],
    ['guillemets balance', '« Non », dit-il.', HAS_QUOTE | OPENS_QUOTE],
  ])('%s', (_name, s, flags) => {
    expect(charStats(s).flags).toBe(flags);
  });

  it('counts capitalised words after the first, in any cased script', () => {
    expect(charStats('Then Donald Trump met Émile Zola in Paris.').caps).toBe(5);
    expect(charStats("O'Brien met McDonald.").caps).toBe(1);
    expect(charStats('政府周二公布了 Kyiv 法案。').caps).toBe(0); // the first cased word is not counted
  });

  it('counts visible characters by kind for prose-likeness', () => {
    const s = charStats('if (a[0] == b) { x = 1; }');
    expect(s.visible).toBe(17);
    expect(s.letters).toBe(5);
    expect(s.digits).toBe(2);
    expect(s.brackets).toBe(4);
    expect(s.symbols).toBe(4);
    expect(charStats('New York Times Sports Opinion').capStarts).toBe(5);
    expect(charStats(' \t\u00a0')).toMatchObject({ visible: 0, letters: 0, flags: 0 });
  });
});
