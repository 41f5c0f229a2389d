// "Save highlight" on a key quote. The saving function comes through a context, so any list of
// key quotes (popup, side panel) offers it where a provider knows the tab, with no props threaded.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { createSiteAsker, type SiteAsker } from '@/utils/restore/ask';
import './Highlight.css';
import { t } from '@/utils/i18n';

type Save = (text: string) => Promise<unknown>;
const SaveQuoteContext = createContext<Save | null>(null);

let asker: SiteAsker | null = null;

export function SaveQuoteProvider({ tabId, children }: { tabId: number | null; children: ComponentChildren }) {
  // Known before the click: the first save on a site asks for it synchronously, inside the click.
  const [url, setUrl] = useState<string | undefined>();
  useEffect(() => {
    asker ??= createSiteAsker();
    if (tabId !== null) void browser.tabs.get(tabId).then((tab) => setUrl(tab.url), () => {});
  }, [tabId]);
  const save: Save | null =
    tabId === null
      ? null
      : (text) => {
          void asker?.askFor(url);
          return sendMessage('highlight-save-quote', { tabId, text });
        };
  return <SaveQuoteContext.Provider value={save}>{children}</SaveQuoteContext.Provider>;
}

export function SaveQuoteButton({ text }: { text: string }) {
  const save = useContext(SaveQuoteContext);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  if (!save) return null;
  const onClick = () => {
    setState('saving');
    save(text).then(
      () => setState('saved'),
      (err: Error) => setState({ error: err.message }),
    );
  };
  const failed = typeof state === 'object';
  return (
    <button
      type="button"
      class="kq-save"
      data-testid="save-quote"
      disabled={state === 'saving' || state === 'saved'}
      title={failed ? state.error : t('saveQuoteTitle')}
      onClick={onClick}
    >
      {state === 'saved' ? t('saved') : failed ? t('notSaved') : t('saveQuote')}
    </button>
  );
}
