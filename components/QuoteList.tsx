// "Who said what": the article's direct quotations with their speakers.
import type { DirectQuote } from '@/utils/summary';
import { t } from '@/utils/i18n';
import { PageRef } from './PageRef';

export function QuoteList({ quotes, url = '' }: { quotes: DirectQuote[]; url?: string }) {
  if (quotes.length === 0) return null;
  return (
    <section class="kq-said" aria-labelledby="kq-said-h">
      <h2 id="kq-said-h">{t('whoSaidWhat')}</h2>
      <ul>
        {quotes.map((q) => (
          <li key={q.start}>
            <figure data-testid="quote" class="kq-said-item">
              <blockquote>“{q.text}”</blockquote>
              <figcaption>
                — <span data-testid="quote-speaker">{q.speaker ?? t('unattributed')}</span> <PageRef page={q.page} url={url} />
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
