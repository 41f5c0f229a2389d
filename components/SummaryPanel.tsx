// The summary UI shared by the popup and the side panel: key quotes, who said what, length, copy.
// 'popup' summarizes its tab at once; 'panel' shows what the user asked for on the tab it follows.
import { CopyButton } from '@/components/CopyButton';
import { LengthPicker } from '@/components/LengthPicker';
import { SummaryError } from '@/components/SummaryError';
import { SummaryView } from '@/components/SummaryView';
import { usePanelSource } from '@/components/usePanelSource';
import { useSummary } from '@/components/useSummary';
import { summaryToMarkdown } from '@/utils/markdown';
import { sendMessage } from '@/utils/messaging';
import { t } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import { pdfPageUrl } from '@/utils/pdf/pages';
import type { Revealable, Summary } from '@/utils/summary';

/** Shows a key quote on its page: a PDF opens at the quote's page, other pages scroll to it. */
function revealQuote(tabId: number, summary: Summary, q: Revealable): Promise<unknown> {
  if (q.page) return browser.tabs.update(tabId, { url: pdfPageUrl(summary.url, q.page) }).catch(() => {});
  return sendMessage('reveal', { tabId, text: q.text }).catch(() => {});
}

interface Props {
  tabId: number | null;
  mode: 'popup' | 'panel';
}

export function SummaryPanel({ tabId, mode }: Props) {
  const panel = usePanelSource(tabId, mode === 'panel');
  const { state, length, setLength, summarizeAnyway, retry } = useSummary(
    tabId,
    mode === 'panel' ? panel.source : 'page',
    panel.nonce,
  );

  return (
    <main class="kq" aria-busy={state.status === 'loading'}>
      <header class="kq-bar">
        {/* The page's heading while no summary title (its h1) is shown. */}
        {state.status === 'done' ? <span class="kq-brand">Keyquote</span> : <h1 class="kq-brand">Keyquote</h1>}
        {length && (
          <LengthPicker value={length} onChange={setLength} outline={state.status === 'done' && length === 'long' && !!state.summary.sections?.length} />
        )}
      </header>
      {state.status === 'loading' && (
        <p class="kq-loading" role="status">
          {t('loading')}
        </p>
      )}
      {state.status === 'idle' && (
        <div class="kq-idle">
          <p class="kq-note">{t('idleNote')}</p>
          <button type="button" data-testid="summarize" onClick={() => void panel.summarizePage()}>
            {t('summarize')}
          </button>
        </div>
      )}
      {state.status === 'error' && <SummaryError error={state.error} onAnyway={summarizeAnyway} onRetry={retry} />}
      {state.status === 'done' && (
        <>
          <SummaryView
            summary={state.summary}
            onReveal={(q) => tabId !== null && void revealQuote(tabId, state.summary, q)}
          />
          <footer class="kq-actions">
            <CopyButton label={t('copyMarkdown')} getText={() => summaryToMarkdown(state.summary)} />
          </footer>
        </>
      )}
    </main>
  );
}
