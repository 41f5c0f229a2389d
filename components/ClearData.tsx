// "Clear all data": a confirmation dialog that offers an export of every highlight first, then
// empties Keyquote's storage (highlights, settings, the session's cached summaries) through the
// worker, after any highlight change already under way.
import { useRef, useState } from 'preact/hooks';
import { readAllPages } from '@/utils/highlights/store';
import type { PageHighlights } from '@/utils/highlights/types';
import { plural, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { exportJson } from './exportHighlights';

export function ClearData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pages, setPages] = useState<PageHighlights[]>([]);
  const [done, setDone] = useState(false);
  const count = pages.reduce((n, p) => n + p.highlights.length, 0);
  const open = async () => {
    setDone(false);
    setPages(await readAllPages());
    // A modal <dialog>: focus moves in, Escape closes it, focus returns to this button.
    dialog.current?.showModal();
  };
  const clear = async () => {
    await sendMessage('clear-all-data', {});
    dialog.current?.close();
    setDone(true);
  };
  return (
    <>
      <button type="button" class="kq-danger" data-testid="clear-open" onClick={() => void open()}>
        {t('optClear')}
      </button>
      <p role="status" class="kq-note" data-testid="clear-status">
        {done ? t('cleared') : ''}
      </p>
      <dialog ref={dialog} class="kq-dialog" aria-labelledby="kq-clear-h" data-testid="clear-dialog">
        <h2 id="kq-clear-h">{t('clearTitle')}</h2>
        <p>{t('clearBody', plural('nHighlights', count))}</p>
        <div class="kq-dialog-actions">
          {count > 0 && (
            <button type="button" data-testid="clear-export" onClick={() => exportJson(pages)}>
              {t('clearExportFirst')}
            </button>
          )}
          <button type="button" class="kq-danger" data-testid="clear-confirm" onClick={() => void clear()}>
            {t('clearConfirm')}
          </button>
          <button type="button" data-testid="clear-cancel" autoFocus onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
