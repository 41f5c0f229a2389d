// Human-readable and JSON renderings of a CLI result.
import { metaLine } from '../markdown';
import type { CliResult } from './summarize-input';

const onPage = (q: { page?: number }) => (q.page ? ` (p. ${q.page})` : '');
/** A PDF's page of a quote, only when there is one: HTML and text records keep their exact shape. */
const pageField = (q: { page?: number }) => (q.page ? { page: q.page } : {});

export function formatText(r: CliResult, name: string): string {
  const s = r.summary;
  const out = [s.title || name, metaLine(s)];
  if (!r.isArticle) out.push('(not an article: key quotes of the visible text)');
  if (s.pageCount && s.pagesRead && s.pagesRead < s.pageCount) out.push(`(long PDF: read the first ${s.pagesRead} of ${s.pageCount} pages)`);
  if (s.sections) {
    out.push('', 'Outline:');
    for (const sec of s.sections) {
      if (sec.heading !== null) out.push(`  ${sec.heading}`);
      for (const q of sec.keyQuotes) out.push(`    - ${q.text}${onPage(q)}`);
    }
  } else {
    out.push('', 'Key quotes:');
    s.keyQuotes.forEach((q, i) => out.push(`  ${i + 1}. ${q.text}${onPage(q)}`));
  }
  if (s.quotes.length) {
    out.push('', 'Who said what:');
    for (const q of s.quotes) out.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}${q.role ? `, ${q.role}` : ''}${onPage(q)}`);
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
    keyQuotes: s.keyQuotes.map((q) => ({ text: q.text, score: q.score, ...pageField(q) })),
    quotes: s.quotes.map((q) => ({ text: q.text, speaker: q.speaker, ...(q.role ? { role: q.role } : {}), ...pageField(q) })),
    ...(s.sections ? { sections: s.sections.map((sec) => ({ heading: sec.heading, keyQuotes: sec.keyQuotes.map((q) => ({ text: q.text, score: q.score, ...pageField(q) })) })) } : {}),
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
    ...(s.sections ? { sections: s.sections } : {}),
    ...(s.pageCount ? { pageCount: s.pageCount, pagesRead: s.pagesRead } : {}),
    ms: roundMs(r.ms),
  };
  return withText ? { ...record, text: r.text } : record;
}
