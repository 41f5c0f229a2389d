// A long page's outline: each section's heading with its key quotes, in page order; quotes reveal like any other.
import type { KeyQuote, OutlineSection } from '@/utils/summary';
import { KeyQuoteList } from './KeyQuoteList';
import { t } from '@/utils/i18n';

interface Props {
  sections: OutlineSection[];
  onReveal: (q: KeyQuote) => void;
  /** The page's URL, for a PDF quote's page link. */
  url?: string;
}

export function OutlineList({ sections, onReveal, url = '' }: Props) {
  return (
    <div class="kq-outline" data-testid="outline" aria-label={t('outline')} role="group">
      {sections.map((s) => (
        <section key={s.keyQuotes[0]?.start ?? 0} class="kq-section" data-testid="outline-section">
          {/* The heading is page text: rendered as text, never as HTML. */}
          {s.heading !== null && <h2 class="kq-section-heading" data-testid="outline-heading">{s.heading}</h2>}
          <KeyQuoteList quotes={s.keyQuotes} onReveal={onReveal} label={s.heading ?? t('outline')} url={url} />
        </section>
      ))}
    </div>
  );
}
