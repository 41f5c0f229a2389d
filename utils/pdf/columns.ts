// Puts one page's lines in reading order: a two-column layout is read column by column, with lines
// that span both columns (title, abstract, wide figures) cutting the page into bands.
import type { PdfLine } from './types';

/** Which column a line belongs to: 0 left (or the only one), 1 right, 'span' across the gutter. */
export type Column = 0 | 1 | 'span';

const crosses = (l: PdfLine, x: number) => l.x0 < x && l.x1 > x;

/** How many lines cross a vertical at x, or null when there are too few lines on either side of it. */
function crossings(lines: readonly PdfLine[], x: number): number | null {
  let cross = 0;
  let left = 0;
  let right = 0;
  for (const l of lines) {
    if (crosses(l, x)) cross++;
    else if (l.x1 <= x) left++;
    else right++;
  }
  return left >= 4 && right >= 4 ? cross : null;
}

/**
 * The x of the gutter between two columns, or null for a one-column page: in the page's middle
 * half, the vertical crossed by the fewest lines (at most a third: title, abstract, wide figures),
 * at the middle of the widest strip of such verticals.
 */
export function findGutter(lines: readonly PdfLine[], width: number): number | null {
  if (lines.length < 8) return null;
  const step = 2;
  const xs: number[] = [];
  for (let x = width * 0.25; x <= width * 0.75; x += step) xs.push(x);
  const counts = xs.map((x) => crossings(lines, x));
  const valid = counts.filter((c): c is number => c !== null);
  if (!valid.length) return null;
  const min = Math.min(...valid);
  if (min > lines.length / 3) return null;
  let best: { x: number; span: number } | null = null;
  let start = -1;
  for (let i = 0; i <= xs.length; i++) {
    const on = i < xs.length && counts[i] === min;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      if (!best || i - start > best.span) best = { x: (xs[start]! + xs[i - 1]!) / 2, span: i - start };
      start = -1;
    }
  }
  return best?.x ?? null;
}

function columnOf(line: PdfLine, gutter: number | null): Column {
  if (gutter === null) return 0;
  if (crosses(line, gutter)) return 'span';
  return line.x1 <= gutter ? 0 : 1;
}

/** The page's lines in reading order, each with its column. */
export function readingOrder(lines: readonly PdfLine[], width: number): { line: PdfLine; col: Column }[] {
  const gutter = findGutter(lines, width);
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: { line: PdfLine; col: Column }[] = [];
  let band: { line: PdfLine; col: Column }[] = [];
  const flush = () => {
    out.push(...band.filter((b) => b.col === 0), ...band.filter((b) => b.col === 1));
    band = [];
  };
  for (const line of byY) {
    const col = columnOf(line, gutter);
    if (col === 'span') {
      flush();
      out.push({ line, col });
    } else band.push({ line, col });
  }
  flush();
  return out;
}
