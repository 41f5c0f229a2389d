// Renders a summary as Markdown, each key quote linking to its place on the page.
import { plural, t } from './i18n';
import type { Summary } from './summary';
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
  lines.push(`### ${t('keyQuotes')}`, '');
  // A PDF's quote links to its page (#page=N): the PDF viewers know no text fragments.
  for (const q of s.keyQuotes) lines.push(`- [“${escapeMarkdown(q.text)}”](${q.page ? pdfPageUrl(s.url, q.page) : textFragmentUrl(s.url, q.text)})`);
  if (s.quotes.length) {
    lines.push('', `### ${t('whoSaidWhat')}`, '');
    for (const q of s.quotes) lines.push(`- “${escapeMarkdown(q.text)}” — ${escapeMarkdown(q.speaker ?? t('unattributed'))}`);
  }
  return lines.join('\n') + '\n';
}
