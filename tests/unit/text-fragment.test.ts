import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '@/utils/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole and drops the old fragment', () => {
    expect(textFragmentUrl('https://ex.com/a#top', 'Hello, world - again')).toBe(
      'https://ex.com/a#:~:text=Hello%2C%20world%20%2D%20again',
    );
  });

  it('links a long quote by its first and last words', () => {
    const q = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentUrl('https://ex.com/a', q)).toBe(
      'https://ex.com/a#:~:text=one%20two%20three%20four%20five,ten%20eleven%20twelve%20thirteen%20fourteen',
    );
  });

  it('escapes characters that would end the directive or a Markdown link', () => {
    const url = textFragmentUrl('https://ex.com/a', 'A & B (C)');
    expect(url).toContain('A%20%26%20B%20%28C%29');
  });
});
