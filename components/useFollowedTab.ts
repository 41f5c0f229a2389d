// The tab the side panel speaks about: `?tab=ID` when given, else the active tab of its window,
// followed as the user switches tabs.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { targetTabId } from '@/utils/target-tab';

export function useFollowedTab(search: string): number | null {
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    let alive = true;
    let windowId: number | undefined;
    // When the panel page is itself open in a tab (tests, a pinned page), that tab is not a page to summarize.
    let selfId: number | undefined;
    const follow = !new URLSearchParams(search).has('tab');
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId && info.tabId !== selfId) setTabId(info.tabId);
    };
    void (async () => {
      selfId = (await browser.tabs.getCurrent())?.id;
      windowId = (await browser.windows.getCurrent()).id;
      const first = await targetTabId(search);
      if (alive && first !== selfId) setTabId(first);
    })();
    if (follow) browser.tabs.onActivated.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [search]);

  return tabId;
}
