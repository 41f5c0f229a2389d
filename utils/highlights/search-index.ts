// The Highlights page's data: pages newest first, and full-text search over a lowercase index
// built once, so filtering 10,000 highlights is one pass of `includes`.
import { normalizeText } from '../normalize-text';
import type { Highlight, PageHighlights } from './types';

export interface IndexedPage {
  page: PageHighlights;
  /** The page's highlights, newest first. */
  highlights: Highlight[];
  newest: number;
  /** Lowercase text of each highlight (quote, note) followed by the page's title and URL. */
  haystacks: string[];
}

export function buildIndex(pages: PageHighlights[]): IndexedPage[] {
  return pages
    .filter((p) => p.highlights.length > 0)
    .map((page) => {
      const highlights = [...page.highlights].sort((a, b) => b.created - a.created);
      const about = `${page.title} ${page.url}`.toLowerCase();
      return {
        page,
        highlights,
        newest: highlights[0]!.created,
        haystacks: highlights.map((h) => `${h.exact} ${h.note} ${about}`.toLowerCase()),
      };
    })
    .sort((a, b) => b.newest - a.newest);
}

export interface SearchGroup {
  page: PageHighlights;
  highlights: Highlight[];
}

/** Groups whose highlights contain every word of the query (all groups for an empty query). */
export function searchIndex(index: IndexedPage[], query: string): SearchGroup[] {
  const words = normalizeText(query).toLowerCase().split(' ').filter(Boolean);
  const out: SearchGroup[] = [];
  for (const entry of index) {
    const highlights =
      words.length === 0
        ? entry.highlights
        : entry.highlights.filter((_, i) => words.every((w) => entry.haystacks[i]!.includes(w)));
    if (highlights.length > 0) out.push({ page: entry.page, highlights });
  }
  return out;
}
