// The side panel: the key quotes of the tab the user is on (or of `?tab=ID`), following tab switches.
import { SummaryPanel } from '@/components/SummaryPanel';
import { useFollowedTab } from '@/components/useFollowedTab';

export function App() {
  const tabId = useFollowedTab(location.search);
  return <SummaryPanel tabId={tabId} mode="panel" />;
}
