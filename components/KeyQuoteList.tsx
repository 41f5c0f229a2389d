// The key quotes, in article order; clicking one reveals it on the page.
import type { KeyQuote } from '@/utils/summary';
import { SaveQuoteButton } from './HighlightSave';
import { PageRef } from './PageRef';
import { t } from '@/utils/i18n';

interface Props {
  quotes: KeyQuote[];
  onReveal: (q: KeyQuote) => void;
  /** The list's accessible name (an outline section's heading); "Key quotes" by default. */
  label?: string;
  /** The page's URL, for a PDF quote's page link. */
  url?: string;
}

export function KeyQuoteList({ quotes, onReveal, label, url = '' }: Props) {
  return (
    <ol class="kq-list" aria-label={label ?? t('keyQuotes')}>
      {quotes.map((q) => (
        <li key={q.start} class="kq-item">
          <button
            type="button"
            class="kq-quote"
            data-testid="key-quote"
            title={t('showOnPage')}
            onClick={() => onReveal(q)}
          >
            {q.text}
          </button>
          <PageRef page={q.page} url={url} onOpen={() => onReveal(q)} />
          <SaveQuoteButton text={q.text} />
        </li>
      ))}
    </ol>
  );
}
