// "Who said what": the article's direct quotations grouped by speaker (with the role the article gives them); clicking one reveals it on the page.
import type { DirectQuote, Revealable } from '@/utils/summary';
import { groupBySpeaker, revealText } from '@/utils/speaker-groups';
import { t } from '@/utils/i18n';
import { PageRef } from './PageRef';

interface Props {
  quotes: DirectQuote[];
  onReveal: (q: Revealable) => void;
  /** The page's URL, for a PDF quotation's page link. */
  url?: string;
}

export function QuoteList({ quotes, onReveal, url = '' }: Props) {
  if (quotes.length === 0) return null;
  return (
    <section class="kq-said" aria-labelledby="kq-said-h">
      <h2 id="kq-said-h">{t('whoSaidWhat')}</h2>
      <ul>
        {groupBySpeaker(quotes).map((g) => (
          <li key={g.speaker ?? ''} class="kq-said-group" data-testid="speaker-group">
            <p class="kq-said-who">
              <span data-testid="speaker-name">{g.speaker ?? t('unattributed')}</span>
              {g.role && <span class="kq-said-role" data-testid="quote-role"> · {g.role}</span>}
            </p>
            <ul>
              {g.quotes.map((q) => (
                <li key={q.start} class="kq-said-item" data-testid="quote">
                  <button type="button" class="kq-quote" data-testid="quote-text" title={t('showOnPage')} onClick={() => onReveal({ text: revealText(q), page: q.page })}>
                    “{q.text}”
                  </button>
                  {/* Each quotation still names its speaker, for screen readers (the heading above says it once for sight). */}
                  <span class="kq-sr"> — </span>
                  <span class="kq-sr" data-testid="quote-speaker">{g.speaker ?? t('unattributed')}</span> <PageRef page={q.page} url={url} onOpen={() => onReveal({ text: revealText(q), page: q.page })} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
