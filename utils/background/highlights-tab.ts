// Reaches the highlighter inside a tab: loads it if needed, then calls one of its methods.
import { browser } from 'wxt/browser';
import { KeyquoteError } from '../errors';
import { PAGE_API, type PageApi } from '../highlights/page-api';
import { restrictedReason } from '../restricted';
import { t } from '../i18n';

const HIGHLIGHTER_SCRIPT = '/highlighter.js';

type Method = keyof PageApi;

/** Calls the highlighter in a tab (top frame), loading it first. Throws a KeyquoteError the user can act on. */
export async function callPage<M extends Method>(
  tabId: number,
  method: M,
  ...args: Parameters<PageApi[M]>
): Promise<Awaited<ReturnType<PageApi[M]>>> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new KeyquoteError('no-tab', t('errTabClosed'));
  const reason = restrictedReason(tab.url);
  if (reason) throw new KeyquoteError('restricted', reason);
  try {
    // A second load is a no-op: the page keeps the highlighter it has.
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHTER_SCRIPT] });
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's isolated world, where the highlighter left its API: self-contained.
      func: (api: string, m: string, a: unknown[]) => {
        const page = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[api];
        return page?.[m]?.(...a);
      },
      args: [PAGE_API, method, args],
    });
    return res?.result as Awaited<ReturnType<PageApi[M]>>;
  } catch {
    throw new KeyquoteError('no-access', t('errCannotReach'));
  }
}
