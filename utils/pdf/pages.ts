// Gives each key quote and quotation of a PDF the page it starts on, from where pages begin in the text.
import type { PageStart } from '../article';

export type PageStarts = readonly PageStart[];

/** The page a passage starting at `offset` of the article text is on. */
export function pageAt(pageStarts: PageStarts, offset: number): number | undefined {
  let page: number | undefined;
  for (const s of pageStarts) {
    if (s.start > offset) break;
    page = s.page;
  }
  return page;
}

/** The items with `page` added; unchanged when the text has no pages (not a PDF). */
export function withPages<T extends { start: number }>(items: T[], pageStarts: PageStarts | undefined): T[] {
  if (!pageStarts?.length) return items;
  return items.map((q) => ({ ...q, page: pageAt(pageStarts, q.start) }));
}

/** A PDF's URL opened at a page: the `#page=N` fragment both Chrome's and Firefox's viewers honour. */
export function pdfPageUrl(url: string, page: number): string {
  return `${url.replace(/#.*$/, '')}#page=${page}`;
}
