// Highlights in the worker: the messages, the "Save highlight" menu item and keyboard command.
import { browser } from 'wxt/browser';
import { KeyquoteError } from '../errors';
import type { TabHighlights } from '../highlights/protocol';
import { readPage } from '../highlights/store';
import type { Capture, Color } from '../highlights/types';
import { onMessage } from '../messaging';
import { highlightColor } from '../settings';
import { defineMenuItem } from './menus';
import { changeHighlight, clearAllData, importHighlights, removeHighlight, saveCapture } from './highlights-write';
import { callPage } from './highlights-tab';
import { t } from '../i18n';
import { createSiteAsker, type SiteAsker } from '../restore/ask';
import { capturePdfSelection, explainOnIcon, pdfInTab } from './pdf-highlight';

export const SAVE_COMMAND = 'save-highlight';
const MAX_QUOTE = 20_000;

/**
 * Saves what is selected in a tab (menu, shortcut). `selectionText` (the menu's) is how a selection
 * in a PDF viewer, which no page script sees, reaches Keyquote.
 */
export async function saveSelection(tabId: number, selectionText?: string): Promise<void> {
  const cap = await captureInTab(tabId, 'capture', selectionText);
  if (!cap) throw new KeyquoteError('empty', t('errSelectFirst'));
  if (cap.quote.exact.length > MAX_QUOTE) throw new KeyquoteError('empty', t('errSelectionTooLong'));
  await saveCapture(cap, await highlightColor.getValue());
}

async function saveQuote({ tabId, text, color }: { tabId: number; text: string; color?: Color }) {
  const cap = await captureInTab(tabId, 'locate', text);
  if (!cap) throw new KeyquoteError('not-found', t('errPassageGone'));
  return saveCapture(cap, color ?? (await highlightColor.getValue()));
}

/**
 * The page script's capture of a selection ('capture') or of a passage ('locate'); when it has none,
 * the passage found in the PDF the tab shows, saved with its page. Neither: null, or the page's own
 * error when it had one.
 */
async function captureInTab(tabId: number, op: 'capture' | 'locate', text?: string): Promise<Capture | null> {
  let failure: unknown = null;
  const cap = await (op === 'capture' ? callPage(tabId, 'capture') : callPage(tabId, 'locate', text!)).catch((err: unknown) => ((failure = err), null));
  if (cap) return cap;
  const url = text ? (await browser.tabs.get(tabId).catch(() => null))?.url : null;
  const inPdf = url ? await capturePdfSelection(tabId, url, text!) : null;
  if (!inPdf && failure) throw failure;
  return inPdf;
}

async function highlightsOfTab({ tabId }: { tabId: number }): Promise<TabHighlights> {
  const status = await callPage(tabId, 'status');
  if (!status) throw new KeyquoteError('no-access', t('errCannotReach'));
  const page = await readPage(status.key);
  return { url: status.key, title: page?.title || status.title, highlights: page?.highlights ?? [], anchored: status.anchored };
}

/** A save from the menu or the shortcut: first asks for the site (inside the gesture), then saves. */
function saveInGesture(asker: SiteAsker, tab: { id?: number; url?: string } | undefined, pageUrl?: string, selectionText?: string) {
  if (tab?.id === undefined) return;
  void asker.askFor(pageUrl ?? tab.url);
  return saveSelection(tab.id, selectionText);
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
    onClick: (info, tab) => saveInGesture(asker, tab, info.pageUrl, info.selectionText),
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND || tab?.id === undefined) return;
    saveInGesture(asker, tab)?.catch(async (err) => {
      console.error('Keyquote save-highlight:', err);
      // In a PDF viewer the shortcut cannot see the selection: say so where the user looks next.
      if (await pdfInTab(tab.id!, tab.url ?? '')) await explainOnIcon(tab.id!, t('errPdfShortcut'));
    });
  });
}
