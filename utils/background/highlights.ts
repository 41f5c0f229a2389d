// Highlights in the worker: the messages, the "Save highlight" menu item and keyboard command.
import { browser } from 'wxt/browser';
import { KeyquoteError } from '../errors';
import type { TabHighlights } from '../highlights/protocol';
import { readPage } from '../highlights/store';
import type { Color } from '../highlights/types';
import { onMessage } from '../messaging';
import { highlightColor } from '../settings';
import { defineMenuItem } from './menus';
import { changeHighlight, clearAllData, importHighlights, removeHighlight, saveCapture } from './highlights-write';
import { callPage } from './highlights-tab';
import { t } from '../i18n';
import { createSiteAsker, type SiteAsker } from '../restore/ask';

export const SAVE_COMMAND = 'save-highlight';
const MAX_QUOTE = 20_000;

/** Saves what is selected in a tab (menu, shortcut). */
export async function saveSelection(tabId: number): Promise<void> {
  const cap = await callPage(tabId, 'capture');
  if (!cap) throw new KeyquoteError('empty', t('errSelectFirst'));
  if (cap.quote.exact.length > MAX_QUOTE) throw new KeyquoteError('empty', t('errSelectionTooLong'));
  await saveCapture(cap, await highlightColor.getValue());
}

async function saveQuote({ tabId, text, color }: { tabId: number; text: string; color?: Color }) {
  const cap = await callPage(tabId, 'locate', text);
  if (!cap) throw new KeyquoteError('not-found', t('errPassageGone'));
  return saveCapture(cap, color ?? (await highlightColor.getValue()));
}

async function highlightsOfTab({ tabId }: { tabId: number }): Promise<TabHighlights> {
  const status = await callPage(tabId, 'status');
  if (!status) throw new KeyquoteError('no-access', t('errCannotReach'));
  const page = await readPage(status.key);
  return { url: status.key, title: page?.title || status.title, highlights: page?.highlights ?? [], anchored: status.anchored };
}

/** A save from the menu or the shortcut: first asks for the site (inside the gesture), then saves. */
function saveInGesture(asker: SiteAsker, tab: { id?: number; url?: string } | undefined, pageUrl?: string) {
  if (tab?.id === undefined) return;
  void asker.askFor(pageUrl ?? tab.url);
  return saveSelection(tab.id);
}

/** Registers everything synchronously at worker start (a woken worker must find its listeners). */
export function registerHighlights(): void {
  const asker = createSiteAsker();
  onMessage('highlight-save-quote', saveQuote);
  onMessage('highlights-of-tab', highlightsOfTab);
  onMessage('highlight-update', ({ url, id, color, note }) => changeHighlight(url, id, { color, note }));
  onMessage('highlight-delete', ({ url, id }) => removeHighlight(url, id));
  onMessage('highlight-scroll', async ({ tabId, id }) => ({ found: (await callPage(tabId, 'scrollTo', id)) === true }));
  onMessage('highlights-import', ({ json }) => importHighlights(json));
  onMessage('clear-all-data', clearAllData);
  defineMenuItem({
    id: 'save-highlight',
    title: t('menuSaveHighlight'),
    contexts: ['selection'],
    onClick: (info, tab) => saveInGesture(asker, tab, info.pageUrl),
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    saveInGesture(asker, tab)?.catch((err) => console.error('Keyquote save-highlight:', err));
  });
}
