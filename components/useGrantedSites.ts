// The http(s) site patterns Keyquote may access now, kept current as the user grants or removes
// access (here, in the popup, or in the browser's own site-access controls).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { restoreMatches } from '@/utils/restore/sites';

/** null while loading. */
export function useGrantedSites(): string[] | null {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    const load = () => void browser.permissions.getAll().then(({ origins }) => setSites(restoreMatches(origins)));
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return sites;
}
