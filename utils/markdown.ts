// Renders a summary as Markdown, each key quote linking to its place on the page (a long page: its outline).
import { plural, t } from './i18n';
import type { DirectQuote, KeyQuote, Summary } from './summary';
import { textFragmentUrl } from './text-fragment';
import { pdfPageUrl } from './pdf/pages';

/** Escapes the characters that would make Markdown read page text as markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

export function metaLine(s: Summary): string {
  const parts = [s.site, s.byline, s.published ? s.published.slice(0, 10) : null, s.pageCount ? plural('pages', s.pageCount) : null];
  if (s.readingMinutes > 0) parts.push(t('minRead', s.readingMinutes));
  return parts.filter(Boolean).join(' · ');
}

export function summaryToMarkdown(s: Summary): string {
  const lines = [`## [${escapeMarkdown(s.title || s.url)}](${s.url.split('#')[0]})`, ''];
  const meta = metaLine(s);
  if (meta) lines.push(`*${escapeMarkdown(meta)}*`, '');
  // A PDF's quote links to its page (#page=N): the PDF viewers know no text fragments.
  const quoteLine = (q: KeyQuote) => `- [“${escapeMarkdown(q.text)}”](${q.page ? pdfPageUrl(s.url, q.page) : textFragmentUrl(s.url, q.text)})`;
  if (s.sections) {
    lines.push(`### ${t('outline')}`);
    for (const sec of s.sections) {
      lines.push('');
      if (sec.heading !== null) lines.push(`#### ${escapeMarkdown(sec.heading)}`, '');
      lines.push(...sec.keyQuotes.map(quoteLine));
    }
  } else {
    lines.push(`### ${t('keyQuotes')}`, '');
    lines.push(...s.keyQuotes.map(quoteLine));
  }
  if (s.quotes.length) {
    lines.push('', `### ${t('whoSaidWhat')}`, '');
    // The speaker with the role the article gives them, as Who said what shows it ("Ihor Klymenko · Interior Minister").
    const who = (q: DirectQuote) => (q.speaker === null ? t('unattributed') : q.role ? `${q.speaker} · ${q.role}` : q.speaker);
    for (const q of s.quotes) lines.push(`- “${escapeMarkdown(q.text)}” — ${escapeMarkdown(who(q))}`);
  }
  return lines.join('\n') + '\n';
}
