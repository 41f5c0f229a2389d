// Turns extracted article data into the summary the popup shows: engine output plus metadata.
import { articleText, type ArticleData } from './article';
import { countWords, readingMinutes } from './reading-time';
import { summarize } from './summarize';
import { LENGTHS, type Summary, type SummaryLength } from './summary';

export function buildSummary(article: ArticleData, length: SummaryLength): Summary {
  const text = articleText(article.paragraphs);
  const engine = summarize(text, { count: LENGTHS[length], lang: article.lang, title: article.title });
  const words = countWords(text);
  const { paragraphs: _p, isArticle: _a, contentType: _c, ...meta } = article;
  return {
    ...meta,
    lang: engine.lang,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    keyQuotes: engine.keyQuotes,
    quotes: engine.quotes,
  };
}
