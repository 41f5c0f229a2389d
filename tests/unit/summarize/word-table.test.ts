import { describe, expect, it } from 'vitest';
import { findWord, insertWord, newWordTable } from '../../../utils/summarize/word-table';

/** Inserts or reads `word` inside `s` at its first occurrence, with a hash the test chooses. */
function put(t: ReturnType<typeof newWordTable>, s: string, word: string, h: number, value: number): void {
  const a = s.indexOf(word);
  const r = findWord(t, s, a, a + word.length, h);
  if (t.rec[r] === 0) insertWord(t, r, s, a, a + word.length, h, value);
}
function get(t: ReturnType<typeof newWordTable>, s: string, h: number): number | undefined {
  const r = findWord(t, s, 0, s.length, h);
  return t.rec[r] === 0 ? undefined : t.rec[r + 3];
}

describe('word table', () => {
  it('finds words by their characters, not by their hash alone', () => {
    const t = newWordTable(4);
    // Same hash for all: collisions must be told apart by length and characters.
    put(t, 'the cat sat', 'cat', 7, 1);
    put(t, 'a cot', 'cot', 7, 2);
    put(t, 'cats!', 'cats', 7, 3);
    expect(get(t, 'cat', 7)).toBe(1);
    expect(get(t, 'cot', 7)).toBe(2);
    expect(get(t, 'cats', 7)).toBe(3);
    expect(get(t, 'cut', 7)).toBeUndefined();
    expect(get(t, 'cat', 8)).toBeUndefined();
  });

  it('keeps every word through growth (slots and arena)', () => {
    const t = newWordTable(4);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}-${'x'.repeat(i % 13)}`);
    words.forEach((w, i) => put(t, ` ${w} `, w, (i * 2654435761) | 1, i));
    expect(t.size).toBe(5000);
    words.forEach((w, i) => expect(get(t, w, (i * 2654435761) | 1)).toBe(i));
  });

  it('reads a word inside a longer string in place', () => {
    const t = newWordTable();
    put(t, 'Ünïcode — «guillemets»', 'guillemets', 99, 42);
    expect(get(t, 'guillemets', 99)).toBe(42);
  });
});
