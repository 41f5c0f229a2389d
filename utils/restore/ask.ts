// Asks for one site's access on the first highlight saved there, inside the user's gesture: the
// browsers accept permissions.request only synchronously within a click, menu or shortcut, so what
// was asked before is mirrored in memory, loaded ahead of the gesture (worker start, popup open).
import { browser } from 'wxt/browser';
import { hostOf, sitePattern } from './sites';

/** storage.local: the hosts already asked about (granted or declined), so each is asked once. */
export const ASKED_KEY = 'restoreAsked';

export const askedHosts = (stored: Record<string, unknown>): string[] =>
  Array.isArray(stored[ASKED_KEY]) ? (stored[ASKED_KEY] as unknown[]).filter((h): h is string => typeof h === 'string') : [];

/** Adds hosts to the asked list (re-read first: the popup and the worker both write it). */
export async function markAsked(hosts: readonly string[]): Promise<void> {
  const now = askedHosts(await browser.storage.local.get(ASKED_KEY));
  const next = [...new Set([...now, ...hosts])];
  if (next.length > now.length) await browser.storage.local.set({ [ASKED_KEY]: next });
}

export interface SiteAsker {
  /**
   * Call synchronously in the gesture, before any await. Asks for the page's site unless it was
   * asked before; resolves to whether the site was granted (null: not asked now).
   */
  askFor(url: string | undefined): Promise<boolean | null>;
}

/** Loads the asked list now and follows its changes, so that askFor can decide synchronously. */
export function createSiteAsker(): SiteAsker {
  // null until loaded: a worker woken by the very click asks (a site declined before may be asked again).
  let asked: Set<string> | null = null;
  const load = (stored: Record<string, unknown>) => void (asked = new Set(askedHosts(stored)));
  browser.storage.local.get(ASKED_KEY).then(load, () => load({}));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ASKED_KEY in changes) load({ [ASKED_KEY]: changes[ASKED_KEY]!.newValue });
  });
  return {
    askFor(url) {
      const host = hostOf(url);
      const pattern = sitePattern(url);
      if (!host || !pattern || asked?.has(host)) return Promise.resolve(null);
      asked?.add(host);
      return browser.permissions.request({ origins: [pattern] }).then(
        async (granted) => {
          await markAsked([host]);
          return granted;
        },
        // No gesture (e.g. automation) or a browser without the API: not asked, so ask next time.
        () => {
          asked?.delete(host);
          return null;
        },
      );
    },
  };
}
