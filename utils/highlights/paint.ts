// Paints ranges without touching the page's DOM, through the CSS Custom Highlight API (safe on
// React/Vue pages): one Highlight per colour, registered as `keyquote-<colour>`.
import { COLOR_CSS, COLORS, type Color } from './types';

export interface Painter {
  paint(id: string, range: Range, color: Color): void;
  erase(id: string): void;
}

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;

/** The brief mark on a passage the user asked to see (a clicked key quote). */
const REVEAL = 'keyquote-reveal';
const REVEAL_MS = 2500;

export function cssHighlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
}

const styled = new WeakSet<Document>();

/**
 * Adds the highlight colours once, when something is first painted: a new sheet restyles the whole
 * page, which on a page of 100k elements blocks it for a long moment, so pages without highlights never pay.
 */
function addStyles(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  const css = [
    ...COLORS.map((c) => `::highlight(keyquote-${c}){background-color:${COLOR_CSS[c]};color:#111}`),
    `::highlight(${REVEAL}){background-color:#ffd54f;color:#111}`,
  ].join('\n');
  try {
    // A constructed sheet adds no element to the page.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
  }
}

export function createCssPainter(doc: Document): Painter {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  const groups = new Map<Color, Set<Range>>();
  const painted = new Map<string, { range: Range; color: Color }>();
  const group = (color: Color) => {
    let g = groups.get(color);
    if (!g) {
      addStyles(doc);
      g = new Ctor();
      groups.set(color, g);
      registry.set(`keyquote-${color}`, g);
    }
    return g;
  };
  return {
    paint(id, range, color) {
      this.erase(id);
      group(color).add(range);
      painted.set(id, { range, color });
    },
    erase(id) {
      const p = painted.get(id);
      if (!p) return;
      groups.get(p.color)?.delete(p.range);
      painted.delete(id);
    },
  };
}

/** Marks a range for a moment: a CSS highlight where supported, else the selection. */
export function flashRange(doc: Document, range: Range): void {
  if (!cssHighlightsSupported()) {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return;
  }
  addStyles(doc);
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
  const mark = new Ctor(range);
  registry.set(REVEAL, mark);
  setTimeout(() => registry.get(REVEAL) === mark && registry.delete(REVEAL), REVEAL_MS);
}
