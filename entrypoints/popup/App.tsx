// The toolbar popup: the current tab's key quotes, who said what, and actions on them.
import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from '@/components/CopyButton';
import { LengthPicker } from '@/components/LengthPicker';
import { SummaryError } from '@/components/SummaryError';
import { SummaryView } from '@/components/SummaryView';
import { useSummary } from '@/components/useSummary';
import { summaryToMarkdown } from '@/utils/markdown';
import { sendMessage } from '@/utils/messaging';
import { targetTabId } from '@/utils/target-tab';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => void targetTabId(location.search).then(setTabId), []);
  const { state, length, setLength, summarizeAnyway, retry } = useSummary(tabId);

  return (
    <main class="kq" aria-busy={state.status === 'loading'}>
      <header class="kq-bar">
        <span class="kq-brand">Keyquote</span>
        {length && <LengthPicker value={length} onChange={setLength} />}
      </header>
      {state.status === 'loading' && (
        <p class="kq-loading" role="status">
          Reading the page…
        </p>
      )}
      {state.status === 'error' && <SummaryError error={state.error} onAnyway={summarizeAnyway} onRetry={retry} />}
      {state.status === 'done' && (
        <>
          <SummaryView
            summary={state.summary}
            onReveal={(q) => tabId !== null && void sendMessage('reveal', { tabId, text: q.text }).catch(() => {})}
          />
          <footer class="kq-actions">
            <CopyButton label="Copy as Markdown" getText={() => summaryToMarkdown(state.summary)} />
          </footer>
        </>
      )}
    </main>
  );
}
