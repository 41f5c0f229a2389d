// The shape of a saved highlight and of one page's highlights, as stored (schema version 2).

export const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type Color = (typeof COLORS)[number];
export const isColor = (v: unknown): v is Color => COLORS.includes(v as Color);

/** Background of each colour on the page and in extension pages. */
export const COLOR_CSS: Record<Color, string> = {
  yellow: '#ffe970',
  green: '#a8f0c0',
  blue: '#a9dcfb',
  pink: '#f9b9d2',
};

/**
 * One highlight, anchored after the W3C Web Annotation model: a text-quote selector
 * (exact + prefix + suffix) and a text-position hint, both over the page's normalized text.
 */
export interface Highlight {
  id: string;
  /** The page the passage was saved on (fragment and tracking parameters dropped): the link back. */
  href: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Text-position hint; -1 when unknown (e.g. migrated from version 1). */
  start: number;
  end: number;
  color: Color;
  note: string;
  created: number;
  updated: number;
}

/** Every highlight of one page, stored under the page's normalized URL. */
export interface PageHighlights {
  /** The normalized URL: the storage key. */
  url: string;
  title: string;
  highlights: Highlight[];
}

/** What the page reports when asked to describe a passage: where it is and on which page. */
export interface Capture {
  key: string;
  href: string;
  title: string;
  quote: { exact: string; prefix: string; suffix: string; start: number; end: number };
}
