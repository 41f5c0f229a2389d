// A function of one string answered once per distinct key, falsy answers included.
import { describe, expect, it } from 'vitest';
import { memoized } from '../../../utils/summarize/memo';

describe('memoized', () => {
  it.each([
    ['a true answer', (w: string) => w.length > 2, 'Trump', true],
    ['a false answer is remembered too', (w: string) => w.length > 9, 'Trump', false],
    ['an empty answer is remembered too', (w: string) => w.slice(9), 'Trump', ''],
  ])('%s', (_name, fn, key, expected) => {
    let calls = 0;
    const once = memoized((k: string) => (calls++, fn(k)));
    expect([once(key), once(key), once(key)]).toEqual([expected, expected, expected]);
    expect(calls).toBe(1);
    once(`${key}s`);
    expect(calls).toBe(2);
  });
});
