// Turns extracted article data into a summary (engine output plus metadata): the one path used by
// the worker, the side panel's selection summaries and the CLI.
import { articleText, headingRanges, type ArticleData } from './article';
import { countWords, readingMinutes } from './reading-time';
import { summarize } from './summarize';
import type { Summary } from './summary';
import { withPages } from './pdf/pages';

/**
 * `count`: how many key quotes (LENGTHS[length] in the extension, --count in the CLI). `outline`:
 * also the sections of a long page with headings (the long length, the CLI's --outline).
 */
export function buildSummary(article: ArticleData, count: number, outline = false): Summary {
  const text = articleText(article.paragraphs);
  const headings = outline ? headingRanges(article.paragraphs, article.headings) : undefined;
  const engine = summarize(text, { count, lang: article.lang, title: article.title, headings });
  const words = countWords(text);
  const { paragraphs: _p, headings: _h, isArticle: _a, contentType: _c, pageStarts, ...meta } = article;
  return {
    ...meta,
    lang: engine.lang,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    keyQuotes: withPages(engine.keyQuotes, pageStarts),
    quotes: withPages(engine.quotes, pageStarts),
    ...(engine.sections ? { sections: engine.sections.map((sec) => ({ ...sec, keyQuotes: withPages(sec.keyQuotes, pageStarts) })) } : {}),
  };
}
