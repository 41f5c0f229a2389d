// Wraps plain text (a .txt file, a selection, a batch record) as article data for the summarizer.
import type { ArticleData } from './article';
import { normalizeText } from './normalize-text';

export interface TextArticleOptions {
  url?: string;
  title?: string;
  lang?: string;
  source?: ArticleData['source'];
}

/** Paragraphs are separated by blank lines; single line breaks inside one are spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u00A0]*\r?\n/)
    .map(normalizeText)
    .filter(Boolean);
}

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
    source: opts.source ?? 'visible-text',
    isArticle: true,
    truncated: false,
    contentType: 'text/plain',
  };
}
