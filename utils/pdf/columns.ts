// Puts one page's lines in reading order: a two-column layout is read column by column, with lines
// that span both columns (title, abstract, wide figures) cutting the page into bands.
import type { PdfLine } from './types';

/** Which column a line belongs to: 0 left (or the only one), 1 right, 'span' across the gutter. */
export type Column = 0 | 1 | 'span';

const crosses = (l: PdfLine, x: number) => l.x0 < x && l.x1 > x;

/**
 * The x of the gutter between two columns, or null for a one-column page: the middle of the widest
 * strip in the page's middle half that at most a tenth of the lines cross, with at least a few
 * lines on each side.
 */
export function findGutter(lines: readonly PdfLine[], width: number): number | null {
  if (lines.length < 6) return null;
  let best: { x: number; score: number } | null = null;
  let runStart: number | null = null;
  const step = 2;
  const ok = (x: number) => {
    let cross = 0;
    let left = 0;
    let right = 0;
    for (const l of lines) {
      if (crosses(l, x)) cross++;
      else if (l.x1 <= x) left++;
      else right++;
    }
    return cross <= lines.length / 10 && left >= 3 && right >= 3;
  };
  for (let x = width * 0.25; x <= width * 0.75 + step; x += step) {
    const good = x <= width * 0.75 && ok(x);
    if (good && runStart === null) runStart = x;
    if (!good && runStart !== null) {
      const score = x - runStart;
      if (!best || score > best.score) best = { x: (runStart + x - step) / 2, score };
      runStart = null;
    }
  }
  return best?.x ?? null;
}

export function columnOf(line: PdfLine, gutter: number | null): Column {
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
