// The sites offered in one prompt after an update from a version that restored everywhere: every
// site with saved highlights that Keyquote may not access yet and that was never asked about.
import { browser } from 'wxt/browser';
import { askedHosts, ASKED_KEY, markAsked } from './ask';
import { covers, restoreMatches, sitesWithHighlights } from './sites';

/** Pure: hosts with highlights, minus those granted or already asked about. */
export function hostsToOffer(keys: readonly string[], granted: readonly string[], asked: readonly string[]): string[] {
  const done = new Set(asked);
  return sitesWithHighlights(keys).filter((host) => !done.has(host) && !covers(granted, `https://${host}/`) && !covers(granted, `http://${host}/`));
}

async function storedKeys(): Promise<string[]> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  // getKeys (Chrome 130+) spares reading every highlight; older browsers read them all once.
  return local.getKeys ? local.getKeys() : Object.keys(await local.get(null));
}

/** The hosts to offer now (reads storage and permissions). */
export async function currentOffer(): Promise<string[]> {
  const [keys, { origins }, stored] = await Promise.all([storedKeys(), browser.permissions.getAll(), browser.storage.local.get(ASKED_KEY)]);
  return hostsToOffer(keys, restoreMatches(origins), askedHosts(stored));
}

/** The one prompt for every offered site (call synchronously in the click); records them as asked. */
export function acceptOffer(hosts: readonly string[]): Promise<boolean> {
  const request = browser.permissions.request({ origins: hosts.map((h) => `*://${h}/*`) });
  return request.then(async (granted) => {
    await markAsked(hosts);
    return granted;
  });
}
