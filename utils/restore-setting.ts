// Whether saved highlights are painted again when a page loads. Read by the restore content script
// on every page, which must stay tiny: a plain storage read here, no storage library.
import { browser } from 'wxt/browser';

export const AUTO_RESTORE_KEY = 'autoRestore';

/** On unless the user turned it off (a missing value is the default: on). */
export async function autoRestoreOn(): Promise<boolean> {
  return (await browser.storage.local.get(AUTO_RESTORE_KEY))[AUTO_RESTORE_KEY] !== false;
}
