// Pure edits of one page's highlights: add, change, delete. The worker applies them in turn.
import type { Capture, Color, Highlight, PageHighlights } from './types';

export function addHighlight(
  page: PageHighlights | null,
  cap: Capture,
  opts: { id: string; color: Color; note?: string; now: number },
): { page: PageHighlights; highlight: Highlight } {
  const base: PageHighlights = page ?? { url: cap.key, title: cap.title, highlights: [] };
  // Saving the same passage twice (a double click, menu and shortcut) keeps one highlight.
  const same = base.highlights.find((h) => h.exact === cap.quote.exact && h.start === cap.quote.start);
  if (same) return { page: base, highlight: same };
  const highlight: Highlight = {
    id: opts.id,
    href: cap.href,
    ...cap.quote,
    color: opts.color,
    note: opts.note ?? '',
    created: opts.now,
    updated: opts.now,
  };
  return { page: { ...base, title: cap.title || base.title, highlights: [...base.highlights, highlight] }, highlight };
}

export function updateHighlight(
  page: PageHighlights | null,
  id: string,
  change: { color?: Color; note?: string },
  now: number,
): { page: PageHighlights; highlight: Highlight } | null {
  const old = page?.highlights.find((h) => h.id === id);
  if (!page || !old) return null;
  const highlight: Highlight = { ...old, color: change.color ?? old.color, note: change.note ?? old.note, updated: now };
  return { page: { ...page, highlights: page.highlights.map((h) => (h.id === id ? highlight : h)) }, highlight };
}

export function deleteHighlight(page: PageHighlights | null, id: string): PageHighlights | null {
  if (!page?.highlights.some((h) => h.id === id)) return null;
  return { ...page, highlights: page.highlights.filter((h) => h.id !== id) };
}

/** Adds the imported highlights a page does not have yet (by id): importing twice adds nothing. */
export function mergePage(existing: PageHighlights | null, incoming: PageHighlights): { page: PageHighlights; added: number } {
  if (!existing) return { page: incoming, added: incoming.highlights.length };
  const have = new Set(existing.highlights.map((h) => h.id));
  const fresh = incoming.highlights.filter((h) => !have.has(h.id));
  return {
    page: { ...existing, title: existing.title || incoming.title, highlights: [...existing.highlights, ...fresh] },
    added: fresh.length,
  };
}
