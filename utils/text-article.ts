// Wraps plain text (a .txt file, a selection, a batch record) as article data for the summarizer.
import type { ArticleData } from './article';
import { normalizeText } from './normalize-text';

export interface TextArticleOptions {
  url?: string;
  title?: string;
  lang?: string;
  source?: ArticleData['source'];
}

/**
 * Paragraphs are separated by blank lines. A single line break inside one is a space where the text is
 * wrapped at a width (a mail, a .txt file: short lines, cut anywhere); where a line runs longer, or every
 * line ends a sentence, the lines are paragraphs of their own (text copied from a page, a feed's
 * "PREVIOUSLY:\nGeorge Zimmerman is selling…", quotations one to a line).
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00A0]*\r?\n/)
    .flatMap(unwrappedLines)
    .map(normalizeText)
    .filter(Boolean);
}

// Wider than any width text is wrapped at (72 to 100 characters): a line this long was never wrapped.
const UNWRAPPED_LINE = 120;

// A line closed by a sentence's end, a quotation's close or a colon.
const CLOSED_LINE = /[.!?:…]["”’»)]?\s*$/u;

/**
 * A block's lines, each its own paragraph when one of them is longer than wrapped text's, or when every line
 * before the last is closed (quotations one to a line); else the block whole.
 */
function unwrappedLines(block: string): string[] {
  const lines = block.split(/\r?\n/);
  const unwrapped = lines.some((line) => line.length > UNWRAPPED_LINE) || (lines.length > 1 && lines.slice(0, -1).every((line) => CLOSED_LINE.test(line)));
  return unwrapped ? lines : [block];
}

/**
 * Paragraphs of plain text that read as headings: a short line (at most 12 words, a Markdown "#"
 * allowed) with no closing punctuation, followed by a paragraph that is longer. Used for outlines.
 */
export function textHeadings(paragraphs: readonly string[]): number[] {
  const out: number[] = [];
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    if (next && next.length > p.length && HEADING_LINE.test(p) && p.split(' ').length <= 12) out.push(i);
  });
  return out;
}
// Starts with a letter, digit or "#", ends with a letter, digit or closing bracket: no sentence punctuation.
const HEADING_LINE = /^(?:#{1,6} )?[\p{L}\p{N}][^]*[\p{L}\p{N})]$/u;

export function articleFromText(text: string, opts: TextArticleOptions = {}): ArticleData {
  const paragraphs = splitParagraphs(text);
  return {
    url: opts.url ?? '',
    title: opts.title ?? '',
    site: null,
    byline: null,
    published: null,
    lang: (opts.lang ?? '').toLowerCase(),
    dir: 'ltr',
    paragraphs,
    headings: textHeadings(paragraphs),
    source: opts.source ?? 'visible-text',
    isArticle: true,
    truncated: false,
    contentType: 'text/plain',
  };
}
