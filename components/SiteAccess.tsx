// Options › sites with automatic restore: each granted site, removable (the permission is revoked and
// the worker unregisters the restore script there), "Restore on every site", and after an update the
// one-prompt offer for the sites that already have highlights.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural, t } from '@/utils/i18n';
import { acceptOffer, currentOffer } from '@/utils/restore/offer';
import { hostOfPattern, isEverySite } from '@/utils/restore/sites';
import { useGrantedSites } from './useGrantedSites';

const EVERY_SITE = ['http://*/*', 'https://*/*'];
const quiet = (p: Promise<unknown>) => void p.catch((err) => console.error('Keyquote site access:', err));

function UpdateOffer({ granted }: { granted: string[] }) {
  const [hosts, setHosts] = useState<string[]>([]);
  // Recomputed whenever access changes: a site granted elsewhere leaves the offer.
  useEffect(() => void currentOffer().then(setHosts, () => setHosts([])), [granted]);
  if (hosts.length === 0) return null;
  return (
    <div class="kq-offer" data-testid="restore-offer">
      <p class="kq-note">{t('restoreOfferHelp', hosts.join(', '))}</p>
      <button type="button" data-testid="restore-offer-accept" onClick={() => quiet(acceptOffer(hosts).then(() => currentOffer().then(setHosts)))}>
        {plural('restoreOffer', hosts.length)}
      </button>
    </div>
  );
}

export function SiteAccess() {
  const granted = useGrantedSites();
  if (granted === null) return null;
  const everywhere = granted.some(isEverySite);
  return (
    <>
      <UpdateOffer granted={granted} />
      {granted.length === 0 ? (
        <p class="kq-note" data-testid="sites-none">
          {t('optSitesNone')}
        </p>
      ) : (
        <ul class="kq-sites" data-testid="sites">
          {granted.map((pattern) => (
            <li key={pattern} data-testid="site" data-pattern={pattern}>
              <span>{isEverySite(pattern) ? `${t('optSitesEvery')} (${pattern})` : hostOfPattern(pattern)}</span>
              <button
                type="button"
                data-testid="site-remove"
                aria-label={t('optSiteRemoveLabel', hostOfPattern(pattern))}
                onClick={() => quiet(browser.permissions.remove({ origins: [pattern] }))}
              >
                {t('optSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!everywhere && (
        <button type="button" data-testid="sites-all" onClick={() => quiet(browser.permissions.request({ origins: EVERY_SITE }))}>
          {t('optSitesAll')}
        </button>
      )}
    </>
  );
}
