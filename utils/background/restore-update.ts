// After an update from a version that restored highlights on every site: if sites with highlights
// lost automatic restore, open the options page once, where one click offers them all in one prompt.
import { browser } from 'wxt/browser';
import { currentOffer } from '../restore/offer';

/** Set once the options page was opened for the offer: later updates do not open it again (the page keeps offering). */
const SHOWN_KEY = 'restore-offer-shown';

export async function offerAfterUpdate(reason: string): Promise<boolean> {
  if (reason !== 'update') return false;
  if ((await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY] === true) return false;
  if ((await currentOffer()).length === 0) return false;
  await browser.storage.local.set({ [SHOWN_KEY]: true });
  await browser.runtime.openOptionsPage();
  return true;
}
