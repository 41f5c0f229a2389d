// Turns extracted article data into the summary the popup shows: engine output plus metadata.
import { articleText, type ArticleData } from './article';
import { countWords, readingMinutes } from './reading-time';
import { summarize } from './summarize';
import { LENGTHS, type Summary, type SummaryLength } from './summary';

export function buildSummary(article: ArticleData, length: SummaryLength): Summary {
  const text = articleText(article.paragraphs);
  const engine = summarize(text, { count: LENGTHS[length], lang: article.lang, title: article.title });
  const words = countWords(text);
  return {
    url: article.url,
    title: article.title,
    site: article.site,
    byline: article.byline,
    published: article.published,
    lang: engine.lang,
    dir: article.dir,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    source: article.source,
    truncated: article.truncated,
    keyQuotes: engine.keyQuotes,
    quotes: engine.quotes,
  };
}
