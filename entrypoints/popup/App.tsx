// The toolbar popup: the current tab's key quotes, who said what, and actions on them.
import { useLayoutEffect, useState } from 'preact/hooks';
import { HighlightPanel } from '@/components/HighlightPanel';
import { SaveQuoteProvider } from '@/components/HighlightSave';
import { SummaryPanel } from '@/components/SummaryPanel';
import { popupTab, summaryAnswered } from './early-request';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  // Layout effect: the tab is known (the early request looked it up) before the first frame is painted.
  useLayoutEffect(() => void popupTab.then(setTabId), []);
  // The page's highlights load once the summary has its answer: reaching them injects a script into
  // the same page the summary is being read from, and the summary is what the popup opens for.
  const [answered, setAnswered] = useState(false);
  useLayoutEffect(() => void summaryAnswered.then(() => setAnswered(true)), []);
  return (
    <SaveQuoteProvider tabId={tabId}>
      <SummaryPanel tabId={tabId} mode="popup" />
      {tabId !== null && answered && (
        <div class="kq">
          <HighlightPanel tabId={tabId} />
        </div>
      )}
    </SaveQuoteProvider>
  );
}
