// After an update from a version that restored highlights on every site: if sites with highlights
// lost automatic restore, open the options page once, where one click offers them all in one prompt.
import { browser } from 'wxt/browser';
import { currentOffer } from '../restore/offer';

export async function offerAfterUpdate(reason: string): Promise<boolean> {
  if (reason !== 'update') return false;
  if ((await currentOffer()).length === 0) return false;
  await browser.runtime.openOptionsPage();
  return true;
}
