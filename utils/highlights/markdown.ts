// Highlights as Markdown: per page its title, URL, and each highlight as a quote with its note.
import { escapeMarkdown } from '../markdown';
import type { PageHighlights } from './types';
import { t } from '../i18n';

export function pageToMarkdown(page: PageHighlights): string {
  const lines = [`## ${escapeMarkdown(page.title || page.url)}`, '', `<${page.url}>`, ''];
  for (const h of page.highlights) {
    lines.push(`> ${escapeMarkdown(h.exact)}`, '');
    if (h.note.trim()) lines.push(escapeMarkdown(h.note.trim()).replace(/\n/g, '  \n'), '');
  }
  return lines.join('\n');
}

export function pagesToMarkdown(pages: PageHighlights[]): string {
  return [`# ${t('hlPageTitle')}`, '', ...pages.map(pageToMarkdown)].join('\n');
}
