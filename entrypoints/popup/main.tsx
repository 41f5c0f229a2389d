// Mounts the popup.
import { mount } from '@/components/mount';
import { summaryLength } from '@/utils/settings';
import { prefetchSummary } from '@/utils/summary-prefetch';
import { targetTabId } from '@/utils/target-tab';
import { App } from './App';

// The popup exists to show this summary: ask for it before the first render.
void Promise.all([targetTabId(location.search), summaryLength.getValue()]).then(([tabId, length]) => {
  if (tabId !== null) prefetchSummary(tabId, length);
});

mount(App, 'extName');
