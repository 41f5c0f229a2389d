// One page's summary: title, metadata, key quotes (a long page's outline), who said what, and the copy action.
import { metaLine } from '@/utils/markdown';
import type { Revealable, Summary } from '@/utils/summary';
import { KeyQuoteList } from './KeyQuoteList';
import { OutlineList } from './OutlineList';
import { QuoteList } from './QuoteList';
import { t } from '@/utils/i18n';

interface Props {
  summary: Summary;
  /** Scrolls the page to these verbatim words and marks them. */
  onReveal: (q: Revealable) => void;
}

/** A long PDF says how many of its pages were read; other pages say they were cut. */
const truncatedNote = (s: Summary) =>
  s.pageCount && s.pagesRead && s.pagesRead < s.pageCount ? t('pdfStoppedEarly', [s.pagesRead, s.pageCount]) : t('truncated');

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
      {summary.truncated && (
        <p class="kq-note" data-testid="summary-truncated">
          {truncatedNote(summary)}
        </p>
      )}
      {summary.sections ? (
        <OutlineList sections={summary.sections} onReveal={onReveal} url={summary.url} />
      ) : (
        <KeyQuoteList quotes={summary.keyQuotes} onReveal={onReveal} url={summary.url} />
      )}
      <QuoteList quotes={summary.quotes} onReveal={onReveal} url={summary.url} />
    </article>
  );
}
