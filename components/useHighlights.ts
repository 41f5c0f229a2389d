// This tab's highlights for the popup: loaded from the worker, reloaded when storage changes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { KeyquoteError } from '@/utils/errors';
import type { TabHighlights } from '@/utils/highlights/protocol';
import { sendMessage } from '@/utils/messaging';

export type HighlightsState =
  | { status: 'loading' }
  | { status: 'error'; error: Pick<KeyquoteError, 'code' | 'message'> }
  | { status: 'done'; data: TabHighlights };

export function useHighlights(tabId: number | null) {
  const [state, setState] = useState<HighlightsState>({ status: 'loading' });
  const reload = useCallback(() => {
    if (tabId === null) return;
    sendMessage('highlights-of-tab', { tabId })
      .then((data) => setState({ status: 'done', data }))
      .catch((error: KeyquoteError) => setState({ status: 'error', error }));
  }, [tabId]);
  useEffect(reload, [reload]);
  useEffect(() => {
    // A save from the page's menu or shortcut, or an edit elsewhere, shows up at once.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('hl:'))) reload();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [reload]);
  return { state, reload };
}
