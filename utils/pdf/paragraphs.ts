// Joins lines in reading order into paragraphs: undoes line-end hyphenation, starts a paragraph at
// a wider gap, a change of font size, an indent after a finished sentence, or a short last line.
import type { Column } from './columns';
import type { PdfLine, PdfParagraph } from './types';

export interface PlacedLine {
  line: PdfLine;
  col: Column;
}

// A sentence's end, closing quotes and brackets after it allowed (a comma inside quotes is not one).
const ENDS_SENTENCE = /[.!?:;]["”’»)\]]*$/;
const STARTS_LOWER = /^\p{Ll}/u;
// A hyphen after a letter at a line's end, the next line going on in lower case: a word was split.
const SPLIT_WORD = /(\p{L})[-\u00AD]$/u;

// Sizes in a PDF are exact: 10 pt body and an 11 pt heading differ.
const sameSize = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.05;

/** Hyphenated words the document also writes whole on one line ("well-known") keep their hyphen. */
export function hyphenatedWords(lines: readonly PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) for (const m of l.text.matchAll(/\p{L}+-\p{L}+/gu)) words.add(m[0].toLowerCase());
  return words;
}

/** The text of `next` appended to `text`, with a split word joined again. */
export function joinLine(text: string, next: string, keepHyphen: Set<string>): string {
  if (text.endsWith('\u00AD')) return text.slice(0, -1) + next;
  const split = SPLIT_WORD.exec(text);
  if (split && STARTS_LOWER.test(next)) {
    const head = /\p{L}+-$/u.exec(text)?.[0] ?? '';
    const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
    return keepHyphen.has((head + tail).toLowerCase()) ? text + next : text.slice(0, -1) + next;
  }
  // A hyphen before a capital or a digit ("Ukraine-" / "Russia") is part of the compound.
  if (/\p{L}-$/u.test(text)) return text + next;
  return `${text} ${next}`;
}

interface Block {
  lines: PlacedLine[];
  left: number;
  right: number;
}

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** Typical distance between baselines of one paragraph, per font size: the median of small steps. */
function lineSteps(lines: readonly PlacedLine[]): Map<number, number> {
  const steps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!.line;
    const b = lines[i]!.line;
    const dy = a.y - b.y;
    if (a.page !== b.page || lines[i - 1]!.col !== lines[i]!.col || !sameSize(a.size, b.size)) continue;
    if (!(dy > 0 && dy < a.size * 3)) continue;
    const list = steps.get(sizeKey(a.size));
    if (list) list.push(dy);
    else steps.set(sizeKey(a.size), [dy]);
  }
  const median = new Map<number, number>();
  for (const [k, v] of steps) median.set(k, v.sort((x, y) => x - y)[Math.floor(v.length / 2)]!);
  return median;
}

/** Whether `cur` starts a new paragraph after `prev` (both in reading order). */
function breaksBefore(prev: PlacedLine, cur: PlacedLine, steps: Map<number, number>, col: Block, firstLine: boolean): boolean {
  const a = prev.line;
  const b = cur.line;
  if (!sameSize(a.size, b.size)) return true;
  const finished = ENDS_SENTENCE.test(a.text);
  const moved = a.page !== b.page || prev.col !== cur.col;
  // Across a column or page break a sentence goes on unless the last one was finished.
  if (moved) return finished;
  const dy = a.y - b.y;
  const step = steps.get(sizeKey(a.size)) ?? a.size * 1.2;
  if (dy <= 0 || dy > step * 1.35) return true;
  const shortLast = a.x1 < col.right - a.size * 2;
  // A short line on its own, then more text: a heading.
  if (firstLine && a.x1 - a.x0 < (col.right - col.left) * 0.6) return true;
  if (!finished) return false;
  const indented = b.x0 > col.left + b.size * 0.8;
  return indented || shortLast;
}

const PAGE_COL = (l: PlacedLine) => `${l.line.page}:${l.col}`;

/** Left and right edges of each page's column, for indents and short last lines. */
function columnEdges(lines: readonly PlacedLine[]): Map<string, Block> {
  const edges = new Map<string, Block>();
  for (const l of lines) {
    const key = PAGE_COL(l);
    const e = edges.get(key) ?? { lines: [], left: Infinity, right: -Infinity };
    e.left = Math.min(e.left, l.line.x0);
    e.right = Math.max(e.right, l.line.x1);
    edges.set(key, e);
  }
  return edges;
}

export function toParagraphs(lines: readonly PlacedLine[], keepHyphen: Set<string>): PdfParagraph[] {
  const steps = lineSteps(lines);
  const edges = columnEdges(lines);
  const out: PdfParagraph[] = [];
  let cur: PdfParagraph | null = null;
  let prev: PlacedLine | null = null;
  let lineCount = 0;
  for (const pl of lines) {
    if (!cur || !prev || breaksBefore(prev, pl, steps, edges.get(PAGE_COL(pl))!, lineCount === 1)) {
      cur = { text: pl.line.text, size: pl.line.size, page: pl.line.page, pageStarts: [] };
      out.push(cur);
      lineCount = 1;
    } else {
      lineCount++;
      const before = cur.text.length;
      cur.text = joinLine(cur.text, pl.line.text, keepHyphen);
      if (pl.line.page !== prev.line.page) {
        // The new page begins where the new line's text begins in the joined paragraph.
        const offset = cur.text.length - pl.line.text.length;
        cur.pageStarts.push({ offset: Math.max(before, offset), page: pl.line.page });
      }
    }
    prev = pl;
  }
  return out;
}
