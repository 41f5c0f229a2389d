// The worker's answer to "summarize the text I selected": key quotes of that passage alone,
// cached per tab apart from the page's own summaries.
import { buildSummary } from '../build-summary';
import { KeyquoteError } from '../errors';
import type { SelectionRequest } from '../protocol';
import { LENGTHS, type Summary } from '../summary';
import { cachedSelection, storeSelectionSummary } from '../summary-cache';
import { articleFromText } from '../text-article';
import { t } from '../i18n';

export async function summarizeSelection(req: SelectionRequest): Promise<Summary> {
  const entry = await cachedSelection(req.tabId);
  if (!entry || !entry.text.trim()) throw new KeyquoteError('empty', t('errNoSelection'));
  const hit = entry.summaries[req.length];
  if (hit) return hit;
  // Chrome hands the selection over with its line breaks collapsed: it may arrive as one paragraph.
  const article = articleFromText(entry.text, { url: entry.url, title: entry.title, source: 'selection' });
  // The long length of a long selection with headings is its outline.
  const summary = buildSummary(article, LENGTHS[req.length], req.length === 'long');
  if (summary.keyQuotes.length === 0) throw new KeyquoteError('empty', t('errSelectionShort'));
  await storeSelectionSummary(req.tabId, req.length, summary);
  return summary;
}
