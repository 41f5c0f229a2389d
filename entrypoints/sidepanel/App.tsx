// The side panel: the key quotes of the tab the user is on (or of `?tab=ID`), following tab switches.
import { SaveQuoteProvider } from '@/components/HighlightSave';
import { SummaryPanel } from '@/components/SummaryPanel';
import { useFollowedTab } from '@/components/useFollowedTab';

export function App() {
  const tabId = useFollowedTab(location.search);
  // The provider gives each key quote its "Save" button, as in the popup.
  return (
    <SaveQuoteProvider tabId={tabId}>
      <SummaryPanel tabId={tabId} mode="panel" />
    </SaveQuoteProvider>
  );
}
