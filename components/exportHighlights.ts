// Dated export files of every highlight: the Highlights page's buttons, and the options page's
// "export first" before clearing all data.
import { downloadText } from '@/utils/highlights/download';
import { toExport } from '@/utils/highlights/exchange';
import { pagesToMarkdown } from '@/utils/highlights/markdown';
import type { PageHighlights } from '@/utils/highlights/types';

const day = () => new Date().toISOString().slice(0, 10);

export function exportJson(pages: PageHighlights[]): void {
  downloadText(`keyquote-highlights-${day()}.json`, JSON.stringify(toExport(pages), null, 1), 'application/json');
}

export function exportMarkdown(pages: PageHighlights[]): void {
  downloadText(`keyquote-highlights-${day()}.md`, pagesToMarkdown(pages), 'text/markdown');
}
