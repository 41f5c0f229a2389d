// The summary of one page, as the worker computes it and the popup shows it.
import type { PageMeta } from './article';

export interface KeyQuote {
  text: string;
  score: number;
  /** Offsets into the article text (paragraphs joined by a blank line). */
  start: number;
  end: number;
  /** In a PDF: the page the quote starts on (1-based). */
  page?: number;
}

/**
 * A direct quotation. `text` is the quotation without its marks; `start`/`end` span it in the article
 * text. When the attribution interrupts it (“We have Russia and Ukraine,” Trump said, “which are…”),
 * `text` is the parts joined by a space, `start`/`end` span the whole passage including the
 * attribution (so `text.slice(start, end)` is not `text`), and `parts` lists each part's offsets:
 * every `articleText.slice(part.start, part.end)` is verbatim. Absent for a quotation in one piece.
 */
export interface DirectQuote {
  text: string;
  speaker: string | null;
  /** The speaker's role as the article gives it ("Interior Minister"), when it does. */
  role?: string;
  start: number;
  end: number;
  parts?: { start: number; end: number }[];
  /** In a PDF: the page the quotation starts on (1-based). */
  page?: number;
}

/** One section of a long page's outline: its heading (null before the first one) and its key quotes. */
export interface OutlineSection {
  heading: string | null;
  keyQuotes: KeyQuote[];
}

/** What the popup reveals when a key quote or quotation is clicked: its verbatim words, and its page in a PDF. */
export interface Revealable {
  text: string;
  page?: number;
}

export interface Summary extends PageMeta {
  wordCount: number;
  readingMinutes: number;
  keyQuotes: KeyQuote[];
  quotes: DirectQuote[];
  /** The outline of a long page with headings, when asked for (the long length) and the page has one. */
  sections?: OutlineSection[];
  /** In a PDF: its number of pages, and how many were read (fewer when a huge file was cut). */
  pageCount?: number;
  pagesRead?: number;
}

/** Summary lengths the user picks from; the number is how many key quotes. */
export const LENGTHS = { short: 3, medium: 5, long: 8 } as const;
export type SummaryLength = keyof typeof LENGTHS;
/** The length until the user picks one. */
export const DEFAULT_LENGTH: SummaryLength = 'short';
