// The toolbar popup: the current tab's key quotes, who said what, and actions on them.
import { useEffect, useState } from 'preact/hooks';
import { SummaryPanel } from '@/components/SummaryPanel';
import { targetTabId } from '@/utils/target-tab';

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => void targetTabId(location.search).then(setTabId), []);
  return <SummaryPanel tabId={tabId} mode="popup" />;
}
