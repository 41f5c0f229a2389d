// The message shown instead of a summary: not an article, a restricted page, or a failure.
import type { KeyquoteError } from '@/utils/errors';
import { t } from '@/utils/i18n';

interface Props {
  error: Pick<KeyquoteError, 'code' | 'message'>;
  onAnyway?: () => void;
  onRetry?: () => void;
}

export function SummaryError({ error, onAnyway, onRetry }: Props) {
  return (
    <div class="kq-error" role="alert">
      <p data-testid="summary-error" data-code={error.code}>
        {error.message}
      </p>
      {error.code === 'not-article' && onAnyway && (
        <button type="button" data-testid="summarize-anyway" onClick={onAnyway}>
          {t('summarizeAnyway')}
        </button>
      )}
      {(error.code === 'internal' || error.code === 'no-access') && onRetry && (
        <button type="button" data-testid="retry" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
