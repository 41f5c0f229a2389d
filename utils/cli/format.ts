// Human-readable and JSON renderings of a CLI result.
import { countWords, readingMinutes } from '../reading-time';
import { articleText } from '../article';
import type { CliResult } from './summarize-input';

export function formatText(r: CliResult, name: string): string {
  const a = r.article;
  const words = countWords(articleText(a.paragraphs));
  const meta = [a.site, a.byline, a.published?.slice(0, 10), `${readingMinutes(words)} min read`].filter(Boolean);
  const out = [a.title || name, meta.join(' · ')];
  if (!a.isArticle) out.push('(not an article: key quotes of the visible text)');
  out.push('', 'Key quotes:');
  r.keyQuotes.forEach((q, i) => out.push(`  ${i + 1}. ${q.text}`));
  if (r.quotes.length) {
    out.push('', 'Who said what:');
    for (const q of r.quotes) out.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}`);
  }
  return out.join('\n') + '\n';
}

/** The batch record of the CLI contract: {id, title, lang, keyQuotes, quotes, ms}. */
export function batchRecord(id: unknown, r: CliResult) {
  return {
    id,
    title: r.article.title,
    lang: r.lang,
    keyQuotes: r.keyQuotes.map((q) => ({ text: q.text, score: q.score })),
    quotes: r.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    ms: Math.round(r.ms * 1000) / 1000,
  };
}

export function jsonSummary(file: string, r: CliResult) {
  const a = r.article;
  return {
    file,
    title: a.title,
    site: a.site,
    byline: a.byline,
    published: a.published,
    lang: r.lang,
    isArticle: a.isArticle,
    keyQuotes: r.keyQuotes,
    quotes: r.quotes,
    ms: Math.round(r.ms * 1000) / 1000,
  };
}
