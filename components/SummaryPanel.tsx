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
        {length && <LengthPicker value={length} onChange={setLength} />}
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
            onReveal={(text) => tabId !== null && void sendMessage('reveal', { tabId, text }).catch(() => {})}
          />
          <footer class="kq-actions">
            <CopyButton label={t('copyMarkdown')} getText={() => summaryToMarkdown(state.summary)} />
          </footer>
        </>
      )}
    </main>
  );
}
