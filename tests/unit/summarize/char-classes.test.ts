import { describe, expect, it } from 'vitest';
import { isSpaceUnit, isWordUnit, trimEndOf, trimStartOf } from '../../../utils/summarize/char-classes';

describe('character classes by lookup', () => {
  it('agree with the regexes they replace on every BMP code unit', () => {
    // Disagreements collected and compared once: 131,072 separate expects took seconds under load.
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isWordUnit(c) !== /[\p{L}\p{N}]/u.test(ch)) disagree.push(`word U+${c.toString(16)}`);
      if (isSpaceUnit(c) !== /\s/.test(ch)) disagree.push(`space U+${c.toString(16)}`);
    }
    expect(disagree).toEqual([]);
  });
});

describe('trimStartOf / trimEndOf', () => {
  it.each([
    [' ,  said', ',;:', 'said'],
    ['— and', '—', 'and'],
    ['said', ',', 'said'],
    [' \u00a0, ', ',', ''],
  ])('trimStartOf(%j, %j) → %j', (s, marks, out) => expect(trimStartOf(s, marks)).toBe(out));

  it.each([
    ['Klymenko stated, ', ':,', true, 'Klymenko stated'],
    ['Donald Trump.,', '.,;:', false, 'Donald Trump'],
    ['Trump. ', '.', false, 'Trump. '], // spaces kept when asked
    ['he said “ ', '“', true, 'he said'],
    ['', ',', true, ''],
  ])('trimEndOf(%j, %j, %s) → %j', (s, marks, spaces, out) => expect(trimEndOf(s, marks, spaces)).toBe(out));
});
