// Turns the positioned text of a PDF's pages into paragraphs a reader reads, each traced to its page.
import { readingOrder } from './columns';
import { runningLines } from './running';
import { pageLines } from './lines';
import { hyphenatedWords, toParagraphs } from './paragraphs';
import { readingParagraphs } from './body';
import type { PdfLine, PdfPageText } from './types';
import { BLOCK_BREAK, type PageStart } from '../article';

export interface PdfLayout {
  paragraphs: string[];
  /** Where each page begins in the article text (paragraphs joined by a blank line), ascending. */
  pageStarts: PageStart[];
  /** The largest text at the top of page 1: the title when the file's metadata has none. */
  titleGuess: string;
}

function guessTitle(lines: readonly PdfLine[]): string {
  const first = lines.filter((l) => l.page === 1);
  const max = Math.max(0, ...first.map((l) => l.size));
  const big = first.filter((l) => l.size >= max * 0.95).sort((a, b) => b.y - a.y);
  // The title is the first block of the largest size: it ends at a gap wider than two lines.
  const end = big.findIndex((l, i) => i > 0 && big[i - 1]!.y - l.y > l.size * 2.5);
  return (end < 0 ? big : big.slice(0, end)).map((l) => l.text).join(' ').slice(0, 300);
}

export function layoutPdf(pages: readonly PdfPageText[]): PdfLayout {
  const perPage = pages.map((p, i) => pageLines(p.items, i + 1));
  const running = runningLines(perPage);
  const kept = perPage.map((lines) => lines.filter((l) => !running.has(l)));
  const ordered = kept.flatMap((lines, i) => readingOrder(lines, pages[i]!.width));
  const all = kept.flat();
  const paras = readingParagraphs(toParagraphs(ordered, hyphenatedWords(all)));
  const pageStarts: PdfLayout['pageStarts'] = [];
  const mark = (start: number, page: number) => {
    if (pageStarts[pageStarts.length - 1]?.page !== page) pageStarts.push({ start, page });
  };
  let base = 0;
  for (const p of paras) {
    mark(base, p.page);
    for (const s of p.pageStarts) mark(base + s.offset, s.page);
    base += p.text.length + BLOCK_BREAK.length;
  }
  return { paragraphs: paras.map((p) => p.text), pageStarts, titleGuess: guessTitle(all) };
}
