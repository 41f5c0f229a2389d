// In the popup, on a page with highlights on a site Keyquote may not open by itself: "Restore
// automatically on this site" asks for that site (the click is the gesture the browser requires).
import { t } from '@/utils/i18n';
import { acceptOffer } from '@/utils/restore/offer';
import { covers, hostOf } from '@/utils/restore/sites';
import { useGrantedSites } from './useGrantedSites';

export function RestoreOffer({ url }: { url: string }) {
  const granted = useGrantedSites();
  const host = hostOf(url);
  if (!granted || !host || covers(granted, url)) return null;
  // Synchronously in the click; the worker registers the restore script on permissions.onAdded.
  const ask = () => void acceptOffer([host]).catch((err) => console.error('Keyquote restore offer:', err));
  return (
    <div class="kq-offer" data-testid="restore-here">
      <button type="button" data-testid="restore-here-ask" onClick={ask}>
        {t('restoreHere')}
      </button>
      <p class="kq-note">{t('restoreWhy')}</p>
    </div>
  );
}
