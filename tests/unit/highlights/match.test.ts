import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/utils/highlights/anchor';
import { matchQuote } from '@/utils/highlights/match-quote';
import { describeQuote } from '@/utils/highlights/text-quote';

const TEXT =
  'The ferry returns in spring. The decision was unanimous. Fishermen asked for a slower speed. ' +
  'The decision was unanimous. Shops expect more visitors in the summer months.';

const selectorAt = (text: string, exact: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  return { ...describeQuote(text, start, start + exact.length), start, end: start + exact.length };
};

describe('anchoring a saved quote', () => {
  const second = selectorAt(TEXT, 'The decision was unanimous.', 1);
  const cases: { name: string; text: string; sel: ReturnType<typeof selectorAt>; want: string | null; at?: number }[] = [
    { name: 'position hint still matches', text: TEXT, sel: second, want: 'The decision was unanimous.', at: second.start },
    {
      name: 'text moved: exact search, the context picks the right one of two equal sentences',
      text: 'Breaking: ' + TEXT,
      sel: second,
      want: 'The decision was unanimous.',
      at: 'Breaking: '.length + second.start,
    },
    {
      name: 'text changed a little: approximate match',
      text: TEXT.replace('Shops expect more visitors in the summer months', 'Shops expect many more visitors in summer months'),
      sel: selectorAt(TEXT, 'Shops expect more visitors in the summer months.'),
      want: 'Shops expect many more visitors in summer months.',
    },
    {
      name: 'text gone: orphan',
      text: TEXT.replace('Fishermen asked for a slower speed. ', ''),
      sel: selectorAt(TEXT, 'Fishermen asked for a slower speed.'),
      want: null,
    },
    {
      name: 'a short quote that changed is not placed on similar words elsewhere',
      text: 'Red boat. Blue house. Green door.',
      sel: { exact: 'Red coat.', prefix: 'Once: ', suffix: ' Never', start: 50, end: 59 },
      want: null,
    },
  ];
  it.each(cases)('$name', ({ text, sel, want, at }) => {
    const r = anchorQuote(text, sel);
    if (want === null) return expect(r.status).toBe('orphan');
    expect(r.status).toBe('anchored');
    if (r.status !== 'anchored') return;
    expect(text.slice(r.start, r.end).trim()).toBe(want.trim());
    if (at !== undefined) expect(r.start).toBe(at);
  });

  it('without any hint, prefers the occurrence whose context matches', () => {
    const m = matchQuote(TEXT, 'The decision was unanimous.', { prefix: 'asked for a slower speed. ' });
    expect(m?.start).toBe(TEXT.lastIndexOf('The decision'));
    expect(m?.exact).toBe(true);
  });

  it('returns null for an empty quote and never throws on empty text', () => {
    expect(matchQuote(TEXT, '')).toBeNull();
    expect(anchorQuote('', selectorAt(TEXT, 'The ferry')).status).toBe('orphan');
  });
});
