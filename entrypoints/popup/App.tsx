// The toolbar popup: the current tab's key quotes, who said what, and actions on them.
import { useEffect, useState } from 'preact/hooks';
import { HighlightPanel } from '@/components/HighlightPanel';
import { SaveQuoteProvider } from '@/components/HighlightSave';
import { SummaryPanel } from '@/components/SummaryPanel';
import { targetTabId } from '@/utils/target-tab';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => void targetTabId(location.search).then(setTabId), []);
  return (
    <SaveQuoteProvider tabId={tabId}>
      <SummaryPanel tabId={tabId} mode="popup" />
      {tabId !== null && (
        <div class="kq">
          <HighlightPanel tabId={tabId} />
        </div>
      )}
    </SaveQuoteProvider>
  );
}
