import { describe, expect, it } from 'vitest';
import { escapeMarkdown, summaryToMarkdown } from '@/utils/markdown';
import type { Summary } from '@/utils/summary';

const summary: Summary = {
  url: 'https://news.example/a?id=1#comments',
  title: 'Talks *resume* in [Istanbul]',
  site: 'The Daily Ledger',
  byline: 'Ann Lee',
  published: '2025-06-23T08:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  wordCount: 460,
  readingMinutes: 2,
  source: 'readability',
  truncated: false,
  keyQuotes: [{ text: 'Talks resumed on Monday.', score: 1, start: 0, end: 24 }],
  quotes: [
    { text: 'We are ready', speaker: 'Ihor Klymenko', role: 'Interior Minister', start: 30, end: 42 },
    { text: 'Progress', speaker: 'Donald Trump', start: 44, end: 48 },
    { text: 'No comment', speaker: null, start: 50, end: 60 },
  ],
};

describe('summaryToMarkdown', () => {
  const md = summaryToMarkdown(summary);

  it('links the title to the page without its fragment and escapes page text', () => {
    expect(md.split('\n')[0]).toBe('## [Talks \\*resume\\* in \\[Istanbul\\]](https://news.example/a?id=1)');
  });

  it('gives the metadata line', () => {
    expect(md).toContain('*The Daily Ledger · Ann Lee · 2025-06-23 · 2 min read*');
  });

  it('links each key quote to its place with a text fragment', () => {
    expect(md).toContain('- [“Talks resumed on Monday.”](https://news.example/a?id=1#:~:text=Talks%20resumed%20on%20Monday.)');
  });

  it('lists who said what, unattributed quotes included', () => {
    expect(md).toContain('- “We are ready” — Ihor Klymenko · Interior Minister');
    expect(md).toContain('- “Progress” — Donald Trump\n');
    expect(md).toContain('- “No comment” — unattributed');
  });

  it.each([
    ['<script>', '\\<script\\>'],
    ['a_b', 'a\\_b'],
    ['`x`', '\\`x\\`'],
  ])('escapes %j', (raw, out) => expect(escapeMarkdown(raw)).toBe(out));
});

describe('summaryToMarkdown of a long page', () => {
  const outlined: Summary = {
    ...summary,
    sections: [
      { heading: null, keyQuotes: [{ text: 'Talks resumed on Monday.', score: 1, start: 0, end: 24 }] },
      { heading: 'The *second* round', keyQuotes: [{ text: 'A deal is near.', score: 1, start: 80, end: 95 }] },
    ],
  };
  const md = summaryToMarkdown(outlined);

  it('gives the outline: each section heading (escaped) above its linked key quotes, in page order', () => {
    expect(md).toContain('### Outline\n\n- [“Talks resumed on Monday.”](https://news.example/a?id=1#:~:text=');
    expect(md).toMatch(/\n#### The \\\*second\\\* round\n\n- \[“A deal is near\.”\]\(https:\/\/news\.example\/a\?id=1#:~:text=/);
    expect(md).not.toContain('### Key quotes');
    expect(md).toContain('### Who said what');
  });
});
