// One page's summary: title, metadata, key quotes (a long page's outline), who said what, and the copy action.
import { metaLine } from '@/utils/markdown';
import type { Summary } from '@/utils/summary';
import { KeyQuoteList } from './KeyQuoteList';
import { OutlineList } from './OutlineList';
import { QuoteList } from './QuoteList';
import { t } from '@/utils/i18n';

interface Props {
  summary: Summary;
  /** Scrolls the page to these verbatim words and marks them. */
  onReveal: (text: string) => void;
}

export function SummaryView({ summary, onReveal }: Props) {
  const meta = metaLine(summary);
  return (
    <article class="kq-summary" dir={summary.dir} lang={summary.lang || undefined}>
      <h1 data-testid="summary-title">{summary.title || summary.url}</h1>
      {meta && <p class="kq-meta" data-testid="summary-meta">{meta}</p>}
      {summary.source === 'visible-text' && <p class="kq-note">{t('fromVisibleText')}</p>}
      {summary.source === 'selection' && (
        <p class="kq-note" data-testid="summary-selection">
          {t('fromSelection')}
        </p>
      )}
      {summary.truncated && <p class="kq-note">{t('truncated')}</p>}
      {summary.sections ? <OutlineList sections={summary.sections} onReveal={(q) => onReveal(q.text)} /> : <KeyQuoteList quotes={summary.keyQuotes} onReveal={(q) => onReveal(q.text)} />}
      <QuoteList quotes={summary.quotes} onReveal={onReveal} />
    </article>
  );
}
