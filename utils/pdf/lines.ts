// Groups pdf.js text items into lines: same baseline, no gap wider than a column gutter.
import type { PdfItem, PdfLine } from './types';

// A gap wider than this many font sizes between two runs on one baseline separates columns or
// table cells, never words (a word space is about a quarter of the size).
const SPLIT_GAP = 1.2;
// Baselines closer than this fraction of the font size are one line (superscripts ride ~0.35 up).
const SAME_LINE = 0.45;

const MARKER = /^[\d*†‡§,\s]+$/;

/** Superscript footnote markers (a small raised number) would glue to the word before: dropped. */
function isMarker(it: PdfItem, lineSize: number): boolean {
  return it.size < lineSize * 0.9 && MARKER.test(it.str);
}

function joinItems(items: PdfItem[]): string {
  let out = '';
  let end = -Infinity;
  for (const it of items) {
    const gap = it.x - end;
    if (out && gap > it.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(it.str)) out += ' ';
    out += it.str;
    end = it.x + it.w;
  }
  // Soft hyphens stay only at the end, where joining lines looks for them.
  return out.replace(/[\u200B\u2060\uFEFF]|\u00AD(?!\s*$)/g, "").replace(/\s+/g, " ").trim();
}

function segment(items: PdfItem[], page: number): PdfLine[] {
  const size = Math.max(...items.map((i) => i.size));
  // pdf.js's own space runs are wider than the gap they fill and would bridge a gutter: spaces
  // come back from the gaps between words (joinItems).
  const kept = items.filter((i) => i.str.trim() && !isMarker(i, size)).sort((a, b) => a.x - b.x);
  const out: PdfLine[] = [];
  let run: PdfItem[] = [];
  const flush = () => {
    const text = joinItems(run);
    if (text) {
      const last = run[run.length - 1]!;
      const main = run.reduce((m, i) => (i.str.length > m.str.length ? i : m), run[0]!);
      out.push({ text, x0: run[0]!.x, x1: last.x + last.w, y: main.y, size: main.size, page });
    }
    run = [];
  };
  for (const it of kept) {
    const prev = run[run.length - 1];
    if (prev && it.x - (prev.x + prev.w) > SPLIT_GAP * Math.max(it.size, prev.size)) flush();
    run.push(it);
  }
  flush();
  return out;
}

/** Lines of one page, top to bottom, left to right. */
export function pageLines(items: readonly PdfItem[], page: number): PdfLine[] {
  const usable = items.filter((i) => i.str.length > 0 && i.size > 0);
  const byY = [...usable].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  let group: PdfItem[] = [];
  // The group's largest run sets its baseline: a raised marker must not pull the line up.
  let ref: PdfItem | null = null;
  for (const it of byY) {
    if (ref && Math.abs(ref.y - it.y) > SAME_LINE * Math.max(it.size, ref.size)) {
      lines.push(...segment(group, page));
      group = [];
      ref = null;
    }
    if (!ref || it.size > ref.size) ref = it;
    group.push(it);
  }
  if (group.length) lines.push(...segment(group, page));
  // A raised marker can sit nearer the baseline of the other column's line than its own: alone
  // there, it is a small line of digits.
  const size = Math.max(0, ...lines.map((l) => l.size));
  return lines.filter((l) => !(MARKER.test(l.text) && l.size < size * 0.9 && l.text.length <= 3));
}
