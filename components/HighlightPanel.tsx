// The popup's list of this page's highlights: scroll to one, recolour, annotate, delete, export.
import { browser } from 'wxt/browser';
import { downloadText, fileSlug } from '@/utils/highlights/download';
import { pageToMarkdown } from '@/utils/highlights/markdown';
import { COLOR_CSS } from '@/utils/highlights/types';
import { sendMessage } from '@/utils/messaging';
import { HighlightControls } from './HighlightControls';
import { RestoreOffer } from './RestoreOffer';
import { useHighlights } from './useHighlights';
import './Highlight.css';
import { t } from '@/utils/i18n';

const quiet = (p: Promise<unknown>) => void p.catch(() => {});

export function HighlightPanel({ tabId }: { tabId: number }) {
  const { state } = useHighlights(tabId);
  if (state.status !== 'done') return null; // Pages Keyquote cannot reach have no highlights to show.
  const { url, title, highlights, anchored } = state.data;
  const found = new Set(anchored);
  return (
    <section class="kq-hl" aria-labelledby="kq-hl-h" data-testid="hl-panel">
      <h2 id="kq-hl-h">{t('hlOnThisPage')}</h2>
      {highlights.length === 0 ? (
        <p class="kq-note">{t('hlNone')}</p>
      ) : (
        <ul class="kq-hl-list">
          {highlights.map((h) => (
            <li key={h.id} class="kq-hl-item" data-testid="hl-item" data-id={h.id}>
              <button
                type="button"
                class="kq-hl-text"
                data-testid="hl-text"
                title={t('showOnPage')}
                style={{ borderInlineStartColor: COLOR_CSS[h.color] }}
                onClick={() => quiet(sendMessage('highlight-scroll', { tabId, id: h.id }))}
              >
                {h.exact}
              </button>
              {!found.has(h.id) && (
                <p class="kq-hl-orphan" data-testid="hl-orphan">
                  {t('hlNotFound')}
                </p>
              )}
              {h.note && (
                <p class="kq-hl-note" data-testid="hl-note">
                  {h.note}
                </p>
              )}
              <HighlightControls
                highlight={h}
                onColor={(color) => quiet(sendMessage('highlight-update', { url, id: h.id, color }))}
                onNote={(note) => quiet(sendMessage('highlight-update', { url, id: h.id, note }))}
                onDelete={() => quiet(sendMessage('highlight-delete', { url, id: h.id }))}
              />
            </li>
          ))}
        </ul>
      )}
      {highlights.length > 0 && <RestoreOffer url={url} />}
      <footer class="kq-actions">
        {highlights.length > 0 && (
          <button
            type="button"
            data-testid="hl-export-page"
            onClick={() => downloadText(`${fileSlug(title)}.md`, pageToMarkdown(state.data), 'text/markdown')}
          >
            {t('exportMarkdown')}
          </button>
        )}
        <a href={browser.runtime.getURL('/highlights.html')} target="_blank" data-testid="hl-all">
          {t('allHighlights')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" data-testid="open-options">
          {t('settings')}
        </a>
      </footer>
    </section>
  );
}
