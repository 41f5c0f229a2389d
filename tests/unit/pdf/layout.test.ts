// @vitest-environment node
// The PDF layout rules on hand-made pages: columns, hyphenation, running heads, small print, references.
import { describe, expect, it } from 'vitest';
import { layoutPdf } from '@/utils/pdf/layout';
import { joinLine } from '@/utils/pdf/paragraphs';
import { findGutter } from '@/utils/pdf/columns';
import { pageLines } from '@/utils/pdf/lines';
import type { PdfItem, PdfPageText } from '@/utils/pdf/types';
import { pdfPageUrl, withPages } from '@/utils/pdf/pages';
import { findPassage } from '@/utils/pdf/find-passage';
import { summaryToMarkdown } from '@/utils/markdown';

const W = 600;
const H = 800;
/** One item per line, 10 pt, 12 pt apart, from y = top down. */
function column(texts: string[], x: number, top: number, width = 250, size = 10): PdfItem[] {
  return texts.map((str, i) => ({ str, x, y: top - i * 12, w: Math.min(width, str.length * 5), size }));
}
const page = (items: PdfItem[]): PdfPageText => ({ items, width: W, height: H });

describe('joining lines', () => {
  const none = new Set<string>();
  it('undoes a hyphen at a line end before a lower-case continuation', () => {
    expect(joinLine('the compre-', 'hension of texts', none)).toBe('the comprehension of texts');
  });
  it('keeps the hyphen of a compound the document writes whole elsewhere, and before a capital', () => {
    expect(joinLine('a well-', 'known result', new Set(['well-known']))).toBe('a well-known result');
    expect(joinLine('Ukraine-', 'Russia talks', none)).toBe('Ukraine-Russia talks');
  });
  it('joins other lines with one space and drops a soft hyphen', () => {
    expect(joinLine('one line', 'and the next', none)).toBe('one line and the next');
    expect(joinLine('disorgani\u00AD', 'zation', none)).toBe('disorganization');
  });
});

describe('lines and columns', () => {
  it('splits runs on one baseline at a gutter and finds the gutter between two columns', () => {
    const left = column(Array.from({ length: 10 }, (_, i) => `Left column line ${i} of text here`), 50, 700);
    const right = column(Array.from({ length: 10 }, (_, i) => `Right column line ${i} of text here`), 320, 700);
    const lines = pageLines([...left, ...right], 1);
    expect(lines).toHaveLength(20);
    const gutter = findGutter(lines, W)!;
    expect(gutter).toBeGreaterThan(220);
    expect(gutter).toBeLessThan(320);
  });

  it('reads the left column to its end before the right one', () => {
    const left = column(['The first column starts here and its sentence', 'goes on to the end of the column.', ...Array(8).fill('Filler text of the left column goes on here.')], 50, 700);
    const right = column(['The second column follows it.', ...Array(9).fill('Filler text of the right column goes on here.')], 320, 700);
    const { paragraphs } = layoutPdf([page([...right, ...left])]);
    const text = paragraphs.join('\n\n');
    expect(text).toContain('The first column starts here and its sentence goes on to the end of the column.');
    expect(text.indexOf('The first column')).toBeLessThan(text.indexOf('The second column'));
  });

  it('drops a one-column page\'s gutter search: every line crosses the middle', () => {
    const lines = pageLines(column(Array(12).fill('A long line of running text that crosses the middle of the page.'), 50, 700, 500), 1);
    expect(findGutter(lines, W)).toBeNull();
  });
});

describe('what is not reading text', () => {
  const WORDS = ['', 'apples', 'rivers', 'engines'];
  const body = (n: number) => Array.from({ length: 6 }, (_, i) => `Body sentence ${i} on page ${n} is about ${WORDS[n]} and ${'more '.repeat(i)}things.`);
  const pages = [1, 2, 3].map((n) =>
    page([
      { str: 'Annual Report 2026 — Chapter One', x: 50, y: 770, w: 200, size: 8 },
      ...column(body(n), 50, 700, 500),
      { str: String(n), x: 300, y: 30, w: 6, size: 8 },
    ]),
  );

  it('drops a running header repeated on the pages and the page numbers', () => {
    const text = layoutPdf(pages).paragraphs.join('\n');
    expect(text).not.toContain('Annual Report');
    expect(text).not.toMatch(/^\d$/m);
    expect(text).toContain('Body sentence 0 on page 3');
  });

  it('drops footnotes in small print, figure captions and the reference list', () => {
    const items = [
      ...column(['Results', ...body(1)], 50, 700, 500),
      ...column(['Figure 2: The rate of recall by week.'], 50, 600, 500),
      ...column(['References', 'Smith, J. (2020). A study of reading. Journal 3, 1–9.'], 50, 560, 500),
      { str: '1 A footnote in small print explains a detail.', x: 50, y: 60, w: 200, size: 7 },
    ];
    const text = layoutPdf([page(items)]).paragraphs.join('\n');
    expect(text).toContain('Body sentence 5');
    expect(text).not.toContain('Figure 2');
    expect(text).not.toContain('Smith');
    expect(text).not.toContain('footnote');
  });

  it('marks where each page begins in the text', () => {
    const { paragraphs, pageStarts } = layoutPdf(pages);
    const text = paragraphs.join('\n\n');
    expect(pageStarts.map((p) => p.page)).toEqual([1, 2, 3]);
    for (const p of pageStarts) expect(text.slice(p.start)).toMatch(new RegExp(`^Body sentence 0 on page ${p.page}`));
  });
});

describe('pages of quotes and passages', () => {
  const starts = [
    { start: 0, page: 1 },
    { start: 40, page: 2 },
  ];
  it('gives each quote the page it starts on, and leaves other pages\' quotes alone', () => {
    expect(withPages<{ start: number; page?: number }>([{ start: 3 }, { start: 40 }, { start: 90 }], starts).map((q) => q.page)).toEqual([1, 2, 2]);
    expect(withPages([{ start: 3 }], undefined)).toEqual([{ start: 3 }]);
    expect(pdfPageUrl('https://x.org/r.pdf#zoom=80', 4)).toBe('https://x.org/r.pdf#page=4');
  });

  it('finds a passage selected across a line break and a line-end hyphen', () => {
    const text = 'An opening sentence on page one is here. The second page starts with a well-known compre­hension claim.';
    const found = findPassage(text.replace('­', ''), starts, 'The second page starts with a well-\nknown comprehension claim.');
    expect(found?.page).toBe(2);
    expect(found?.quote.exact).toBe('The second page starts with a well-known comprehension claim.');
    expect(findPassage(text, starts, 'Not in the text at all')).toBeNull();
  });

  it('links a PDF summary\'s key quotes to their pages in Markdown and counts its pages', () => {
    const md = summaryToMarkdown({
      url: 'https://x.org/r.pdf', title: 'Report', site: 'x.org', byline: null, published: null, lang: 'en', dir: 'ltr', source: 'pdf',
      truncated: false, wordCount: 10, readingMinutes: 1, pageCount: 12, pagesRead: 12,
      keyQuotes: [{ text: 'A key sentence.', score: 1, start: 0, end: 15, page: 7 }], quotes: [],
    });
    expect(md).toContain('[“A key sentence.”](https://x.org/r.pdf#page=7)');
    expect(md).toContain('12 pages');
  });
});
