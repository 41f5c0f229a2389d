// The part of highlights that runs on every web page: it reads this page's storage key once
// (with the restore setting) and does nothing more unless the page has highlights and restoring
// is on; then it starts the highlighter.
// On single-page-app navigations (history.pushState) it checks again.
import { browser } from 'wxt/browser';
import { startHighlighter } from './highlighter';
import { documentKey, storageKeyOf } from './normalize-url';
import { PAGE_API, type PageApi } from './page-api';
import { AUTO_RESTORE_KEY, autoRestoreOn } from '../restore-setting';

/** The page's highlighter, started at most once per page (by this script or by the worker's injection). */
export function ensureHighlighter(doc: Document): PageApi {
  const g = globalThis as unknown as Record<string, PageApi | undefined>;
  return (g[PAGE_API] ??= startHighlighter(doc));
}

export function watchPage(doc: Document): void {
  let key = '';
  const check = async () => {
    const next = documentKey(doc);
    if (next === key) return;
    key = next;
    const loaded = (globalThis as unknown as Record<string, PageApi | undefined>)[PAGE_API];
    if (loaded) return loaded.reload();
    const k = storageKeyOf(next);
    // One storage read per page: the setting and this page's key together.
    const stored = await browser.storage.local.get([k, AUTO_RESTORE_KEY]);
    if (stored[k] && autoRestoreOn(stored)) ensureHighlighter(doc);
  };
  const recheck = () => void check().catch(() => {});
  recheck();
  // history.pushState fires no event a content script sees, except the Navigation API's.
  (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', recheck);
  addEventListener('popstate', recheck);
}
