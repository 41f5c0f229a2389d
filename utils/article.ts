// The plain data a page hands to the summarizer: text and metadata, never HTML.

/** What a page says about itself; shared by the extracted article and its summary. */
export interface PageMeta {
  url: string;
  title: string;
  site: string | null;
  byline: string | null;
  /** ISO date string when the page states one. */
  published: string | null;
  /** BCP 47 tag from the page (`<html lang>`, Readability), lower-cased; '' when unknown. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** 'readability' when Readability found an article; 'visible-text' for the fallback; 'pdf' for a PDF. */
  source: 'readability' | 'visible-text' | 'selection' | 'pdf';
  /** Whether the page's text was cut to stay within the work cap. */
  truncated: boolean;
}

export interface ArticleData extends PageMeta {
  /** Block texts of the article body, in reading order, whitespace-normalized. */
  paragraphs: string[];
  /** Indices of the paragraphs that are headings (h1–h6, or heading-like lines of plain text). */
  headings?: number[];
  /** True when the page looks like an article (Readability succeeded with enough text). */
  isArticle: boolean;
  /** The document's MIME type (the PDF viewer reports application/pdf). */
  contentType: string;
  /** In a PDF: where each page begins in the article text, its page count and pages read. */
  pageStarts?: PageStart[];
  pageCount?: number;
  pagesRead?: number;
}

/** Between two blocks of the article text: one blank line. */
export const BLOCK_BREAK = '\n\n';

/** Where a PDF page begins in the article text. */
export interface PageStart {
  start: number;
  page: number;
}

/** Joins paragraphs the way the summarizer and CLI see them: one blank line between blocks. */
export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join(BLOCK_BREAK);
}

/** The character range of each heading paragraph in articleText(paragraphs). */
export function headingRanges(paragraphs: readonly string[], headings: readonly number[] = []): { start: number; end: number }[] {
  const wanted = new Set(headings);
  const out: { start: number; end: number }[] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    if (wanted.has(i)) out.push({ start: at, end: at + p.length });
    at += p.length + 2; // the blank line between blocks
  });
  return out;
}
