// Finds running headers, footers and page numbers: the same line at the top or bottom of many pages.
import type { PdfLine } from './types';

// Only the few lines nearest a page's top or bottom edge can be running heads or feet.
const EDGE_LINES = 3;
const PAGE_NUMBER = /^(?:page|p\.|seite|s\.)?\s*(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/|von|sur)\s*\d{1,4})?$/i;

/** The same running head on every page differs only in its numbers (page, date, volume). */
const headKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

function edgeLines(lines: readonly PdfLine[]): PdfLine[] {
  const byY = [...lines].sort((a, b) => b.y - a.y);
  if (byY.length <= EDGE_LINES * 2) return byY;
  return [...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)];
}

/**
 * The lines to drop: at a page's edge, either a bare page number or text that repeats (numbers
 * aside) at the edge of at least a third of the pages, and of two pages at least.
 */
export function runningLines(pages: readonly PdfLine[][]): Set<PdfLine> {
  const edges = pages.map(edgeLines);
  const seen = new Map<string, number>();
  for (const page of edges) for (const key of new Set(page.map((l) => headKey(l.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const minPages = Math.max(2, Math.ceil(pages.length / 3));
  const drop = new Set<PdfLine>();
  for (const page of edges)
    for (const line of page) if (PAGE_NUMBER.test(line.text.trim()) || (seen.get(headKey(line.text)) ?? 0) >= minPages) drop.add(line);
  return drop;
}
