// Human-readable and JSON renderings of a CLI result.
import { metaLine } from '../markdown';
import type { CliResult } from './summarize-input';

export function formatText(r: CliResult, name: string): string {
  const s = r.summary;
  const out = [s.title || name, metaLine(s)];
  if (!r.isArticle) out.push('(not an article: key quotes of the visible text)');
  out.push('', 'Key quotes:');
  s.keyQuotes.forEach((q, i) => out.push(`  ${i + 1}. ${q.text}`));
  if (s.quotes.length) {
    out.push('', 'Who said what:');
    for (const q of s.quotes) out.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}`);
  }
  return out.join('\n') + '\n';
}

const roundMs = (ms: number) => Math.round(ms * 1000) / 1000;

/** The batch record of the CLI contract: {id, title, lang, keyQuotes, quotes, ms}, plus {text, isArticle} with --text. */
export function batchRecord(id: unknown, r: CliResult, withText = false) {
  const s = r.summary;
  const record = {
    id,
    title: s.title,
    lang: s.lang,
    keyQuotes: s.keyQuotes.map((q) => ({ text: q.text, score: q.score })),
    quotes: s.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
    ms: roundMs(r.ms),
  };
  return withText ? { ...record, text: r.text, isArticle: r.isArticle } : record;
}

export function jsonSummary(file: string, r: CliResult, withText = false) {
  const s = r.summary;
  const record = {
    file,
    title: s.title,
    site: s.site,
    byline: s.byline,
    published: s.published,
    lang: s.lang,
    isArticle: r.isArticle,
    keyQuotes: s.keyQuotes,
    quotes: s.quotes,
    ms: roundMs(r.ms),
  };
  return withText ? { ...record, text: r.text } : record;
}
