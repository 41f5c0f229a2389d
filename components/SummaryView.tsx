// One page's summary: title, metadata, key quotes (a long page's outline), who said what, and the copy action.
import { metaLine } from '@/utils/markdown';
import type { KeyQuote, Summary } from '@/utils/summary';
import { KeyQuoteList } from './KeyQuoteList';
import { OutlineList } from './OutlineList';
import { QuoteList } from './QuoteList';
import { t } from '@/utils/i18n';

interface Props {
  summary: Summary;
  onReveal: (q: KeyQuote) => void;
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
      {summary.sections ? <OutlineList sections={summary.sections} onReveal={onReveal} /> : <KeyQuoteList quotes={summary.keyQuotes} onReveal={onReveal} />}
      <QuoteList quotes={summary.quotes} />
    </article>
  );
}
