// "Save highlight" on a key quote. The saving function comes through a context, so any list of
// key quotes (popup, side panel) offers it where a provider knows the tab, with no props threaded.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import './Highlight.css';
import { t } from '@/utils/i18n';

type Save = (text: string) => Promise<unknown>;
const SaveQuoteContext = createContext<Save | null>(null);

export function SaveQuoteProvider({ tabId, children }: { tabId: number | null; children: ComponentChildren }) {
  const save: Save | null = tabId === null ? null : (text) => sendMessage('highlight-save-quote', { tabId, text });
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
