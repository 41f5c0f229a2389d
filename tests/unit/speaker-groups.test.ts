import { describe, expect, it } from 'vitest';
import { groupBySpeaker, revealText } from '@/utils/speaker-groups';
import type { DirectQuote } from '@/utils/summary';

const q = (text: string, speaker: string | null, start: number, role?: string): DirectQuote => ({ text, speaker, start, end: start + text.length, ...(role ? { role } : {}) });

describe('who said what, grouped', () => {
  it('groups by speaker in order of first appearance, unattributed last, with the first role given', () => {
    const groups = groupBySpeaker([q('a', null, 0), q('b', 'Ana Lopes', 5), q('c', 'Paul Martin', 9, 'Mayor'), q('d', 'Ana Lopes', 14, 'Minister'), q('e', null, 20)]);
    expect(groups.map((g) => [g.speaker, g.role, g.quotes.map((x) => x.text).join('')])).toEqual([
      ['Ana Lopes', 'Minister', 'bd'],
      ['Paul Martin', 'Mayor', 'c'],
      [null, undefined, 'ae'],
    ]);
  });

  it('reveals the first verbatim part of a quotation its attribution interrupts', () => {
    const split: DirectQuote = { text: 'We have Russia, which are making progress', speaker: 'Donald Trump', start: 0, end: 60, parts: [{ start: 1, end: 16 }, { start: 32, end: 58 }] };
    expect(revealText(split)).toBe('We have Russia,');
    expect(revealText(q('Whole words here', 'X', 0))).toBe('Whole words here');
  });
});
