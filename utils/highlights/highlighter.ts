// The page side of highlights, loaded only on pages that have some (or when saving one):
// anchors each saved highlight in the live text, paints it, and keeps it painted while the
// page changes (late content, re-renders, edits from other tabs via storage events).
import { browser } from 'wxt/browser';
import { anchorQuote } from './anchor';
import { readPageText, type PageText } from './dom-text';
import { matchQuote } from './match-quote';
import { asPage } from './migrate';
import { normalizeText, squash } from '../normalize-text';
import { cleanUrl, documentKey, storageKeyOf } from './normalize-url';
import type { PageApi } from './page-api';
import { createCssPainter, cssHighlightsSupported, flashRange } from './paint';
import { createMarkPainter } from './paint-marks';
import { describeQuote } from './text-quote';
import type { Capture, Color, Highlight } from './types';

/** Re-anchoring waits for the page to settle: many mutations in a row cost one pass. */
const SETTLE_MS = 250;

interface Placed {
  range: Range;
  color: Color;
  start: number;
  /** The anchored text without white space, to notice when the page changed under the range. */
  text: string;
  exact: boolean;
}

export function startHighlighter(doc: Document): PageApi {
  const painter = cssHighlightsSupported() ? createCssPainter(doc) : createMarkPainter(doc);
  const placed = new Map<string, Placed>();
  let key = documentKey(doc);
  let highlights: Highlight[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const root = () => doc.body ?? doc.documentElement;

  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(reconcile, SETTLE_MS);
  });

  function reconcile(): void {
    const wanted = new Map(highlights.map((h) => [h.id, h]));
    for (const [id, p] of placed) {
      const h = wanted.get(id);
      if (!h || p.range.collapsed || squash(p.range.toString()) !== p.text) {
        painter.erase(id);
        placed.delete(id);
      } else if (h.color !== p.color) {
        painter.paint(id, p.range, h.color);
        p.color = h.color;
      }
    }
    // Orphans and approximate anchors are tried again: late content may hold a better place.
    const todo = highlights.filter((h) => !placed.get(h.id)?.exact);
    if (todo.length > 0) {
      const page = readPageText(root());
      for (const h of todo) {
        const r = anchorQuote(page.text, h);
        if (r.status === 'orphan' || placed.get(h.id)?.start === r.start) continue;
        const range = page.rangeOf(r.start, r.end);
        painter.paint(h.id, range, h.color);
        placed.set(h.id, { range, color: h.color, start: r.start, text: squash(page.text.slice(r.start, r.end)), exact: r.exact });
      }
    }
    // Watch the page only while it has highlights.
    if (highlights.length > 0) observer.observe(root(), { childList: true, subtree: true, characterData: true });
    else observer.disconnect();
  }

  async function load(): Promise<void> {
    const k = storageKeyOf(key);
    const got = await browser.storage.local.get([k, `${k}$`]);
    highlights = asPage(got[k], (got[`${k}$`] as { v?: number } | undefined)?.v)?.highlights ?? [];
    reconcile();
  }

  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[storageKeyOf(key)];
    if (area !== 'local' || !change) return;
    highlights = asPage(change.newValue, 2)?.highlights ?? [];
    reconcile();
  });

  let ready = load();

  /** A passage on the live page: white space, NBSP, soft hyphens and inline markup don't matter. */
  const find = (text: string) => {
    const page = readPageText(root());
    const m = matchQuote(page.text, normalizeText(text));
    return m ? { page, m } : null;
  };

  const describe = (page: PageText, start: number, end: number): Capture => ({
    key,
    href: cleanUrl(doc.location.href),
    title: doc.title,
    quote: { ...describeQuote(page.text, start, end), start, end },
  });

  return {
    capture() {
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
      const page = readPageText(root());
      const at = page.offsetsOf(sel.getRangeAt(0));
      return at ? describe(page, at.start, at.end) : null;
    },
    locate(text) {
      const found = find(text);
      return found ? describe(found.page, found.m.start, found.m.end) : null;
    },
    reveal(text) {
      const found = find(text);
      if (!found) return false;
      const range = found.page.rangeOf(found.m.start, found.m.end);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flashRange(doc, range);
      return true;
    },
    async status() {
      await ready;
      return { key, href: cleanUrl(doc.location.href), title: doc.title, anchored: [...placed.keys()] };
    },
    scrollTo(id) {
      const p = placed.get(id);
      if (!p) return false;
      p.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return true;
    },
    async reload() {
      const next = documentKey(doc);
      if (next === key) return;
      key = next;
      highlights = [];
      reconcile(); // erases the previous page's paint
      ready = load();
      await ready;
    },
  };
}
