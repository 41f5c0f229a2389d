import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/utils/reading-time';

describe('reading time', () => {
  it.each([
    ['', 0],
    ['  ', 0],
    ['one two three', 3],
    ['Hello — world !', 2],
    ['我们今天去北京', 4],
  ])('countWords(%j) = %i', (text, n) => expect(countWords(text)).toBe(n));

  it.each([
    [0, 0],
    [1, 1],
    [230, 1],
    [460, 2],
    [1000, 4],
  ])('readingMinutes(%i) = %i', (w, m) => expect(readingMinutes(w)).toBe(m));
});
