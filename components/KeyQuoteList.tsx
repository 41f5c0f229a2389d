// The key quotes, in article order; clicking one reveals it on the page.
import type { KeyQuote } from '@/utils/summary';
import { SaveQuoteButton } from './HighlightSave';

interface Props {
  quotes: KeyQuote[];
  onReveal: (q: KeyQuote) => void;
}

export function KeyQuoteList({ quotes, onReveal }: Props) {
  return (
    <ol class="kq-list" aria-label="Key quotes">
      {quotes.map((q) => (
        <li key={q.start} class="kq-item">
          <button
            type="button"
            class="kq-quote"
            data-testid="key-quote"
            title="Show on the page"
            onClick={() => onReveal(q)}
          >
            {q.text}
          </button>
          <SaveQuoteButton text={q.text} />
        </li>
      ))}
    </ol>
  );
}
