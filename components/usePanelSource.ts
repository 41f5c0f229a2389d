// Which summary the side panel shows for a tab: what the user last asked for there (a menu item,
// the shortcut, the panel's button), else the page's cached summary, else none yet (a button).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { panelRequest, requestPanel, watchPanelRequest } from '@/utils/panel-request';
import { hasCachedSummary, watchTabCache } from '@/utils/summary-cache';
import type { SummarySource } from './useSummary';

interface Found {
  tabId: number;
  source: SummarySource;
  /** When the user asked: a new request for the same source must load again. */
  at: number;
}

const tabUrl = async (tabId: number) => (await browser.tabs.get(tabId).catch(() => null))?.url;

async function find(tabId: number): Promise<Found> {
  const url = await tabUrl(tabId);
  const req = await panelRequest(tabId, url);
  if (req) return { tabId, source: req.source, at: req.at };
  return { tabId, source: url && (await hasCachedSummary(tabId, url)) ? 'page' : 'none', at: 0 };
}

/** State lives in session storage (not in the worker), so this keeps working after the worker stops. */
export function usePanelSource(tabId: number | null, enabled: boolean) {
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!enabled || tabId === null) return;
    let alive = true;
    let latest = 0;
    // Several events can come at once (navigation, storage): the last lookup started is the one that counts.
    const update = () => {
      const call = ++latest;
      void find(tabId).then((f) => alive && call === latest && setFound(f));
    };
    update();
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      // The tab navigated: what is shown belongs to the page it left. Checked again once loaded,
      // as early in a navigation the tab may still report its old URL.
      if (id === tabId && (change.url || change.status)) update();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    const unwatch = [watchPanelRequest(tabId, update), watchTabCache(tabId, update)];
    return () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
      unwatch.forEach((u) => u());
    };
  }, [tabId, enabled]);

  const summarizePage = async () => {
    if (tabId === null) return;
    const at = Date.now();
    setFound({ tabId, source: 'page', at });
    // Remembered for when the user comes back to this tab; unknown URL (no access): this time only.
    const url = await tabUrl(tabId);
    if (url) await requestPanel(tabId, 'page', url);
  };

  // Until the stored state of this very tab is read, the source is unknown (the panel keeps loading).
  const current = found?.tabId === tabId ? found : undefined;
  return { source: current?.source, nonce: current?.at ?? 0, summarizePage };
}
