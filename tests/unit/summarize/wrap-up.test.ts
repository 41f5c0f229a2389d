// A closing sentence that names nothing new (a wrap-up) is held back from the key quotes while other sentences are left.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../utils/summarize/index';
import { isWrapUp } from '../../../utils/summarize/wrap-up';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../fixtures/engine/seed-politics.txt'), 'utf8');
const TITLE = 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict';
// Two BBC news articles whose closing wrap-up the engine used to pick among 3 key quotes.
const NEWS = readFileSync(path.resolve(__dirname, '../../fixtures/engine/wrap-up-news.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string; lang: string });
const CLOSING = 'While the fate of the peace talks hangs in balance, the dynamic between the U.S., Ukraine, and Russia continues to evolve amid the ongoing conflict.';

describe('isWrapUp', () => {
  const before = 'Trump met Zelensky in Kyiv on Monday. Russia’s army shelled Odesa, killing 15 people.';
  it('is a wrap-up when every name was named before and it has no figure (whole words; the first word does not count)', () => {
    expect(isWrapUp('The talks between Trump and Russia go on.', before)).toBe(true);
    expect(isWrapUp('While Kyiv waits, Zelensky’s hopes fade.', before)).toBe(true);
    expect(isWrapUp('Nothing is settled yet.', before)).toBe(true);
  });
  it('is not when it names someone, somewhere or a figure the article has not', () => {
    expect(isWrapUp('So far Putin has not answered.', before)).toBe(false);
    expect(isWrapUp('Talks resume in 2026.', before)).toBe(false);
    // A figure or a quotation is concrete even with known names.
    expect(isWrapUp('Russia shelled Odesa again, killing 15 people.', before)).toBe(false);
    expect(isWrapUp('“We will not give up,” Zelensky said.', before)).toBe(false);
    // "Russian" is not "Russia": a new word, so something new.
    expect(isWrapUp('The Russian side declined.', before)).toBe(false);
  });
  it('needs an article before it', () => {
    expect(isWrapUp('The talks go on.', '')).toBe(false);
  });
});

describe('the sample article', () => {
  it('its closing wrap-up is not a key quote at one or three quotes, and still comes when every sentence is asked for', () => {
    expect(isWrapUp(CLOSING, SAMPLE.slice(0, SAMPLE.indexOf(CLOSING)))).toBe(true);
    for (const count of [1, 3]) {
      const r = summarize(SAMPLE, { count, lang: 'en', title: TITLE });
      expect(r.keyQuotes).toHaveLength(count);
      expect(r.keyQuotes.map((q) => q.text)).not.toContain(CLOSING);
    }
    expect(summarize(SAMPLE, { count: 100, lang: 'en', title: TITLE }).keyQuotes.map((q) => q.text)).toContain(CLOSING);
  });
});

describe('real news', () => {
  it.each(NEWS.map((a) => [a.id, a] as const))('%s: the closing wrap-up is held back from 3 and 5 key quotes', (_id, a) => {
    const last = a.text.slice(a.text.lastIndexOf('. ') + 2);
    expect(isWrapUp(last, a.text.slice(0, a.text.length - last.length))).toBe(true);
    for (const count of [3, 5]) {
      const r = summarize(a.text, { count, lang: a.lang, title: a.title });
      expect(r.keyQuotes).toHaveLength(count);
      expect(r.keyQuotes.map((q) => q.text)).not.toContain(last);
    }
  });
});
