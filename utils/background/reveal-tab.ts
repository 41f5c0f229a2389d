// Asks a tab to scroll to a key quote and mark it.
import { browser } from 'wxt/browser';
import { KeyquoteError } from '../errors';
import type { RevealRequest } from '../protocol';
import { revealInPage } from '../reveal-in-page';
import { t } from '../i18n';

export async function revealInTab(req: RevealRequest): Promise<{ found: boolean }> {
  try {
    const [res] = await browser.scripting.executeScript({
      target: { tabId: req.tabId },
      func: revealInPage,
      args: [req.text],
    });
    return { found: res?.result === true };
  } catch {
    throw new KeyquoteError('no-access', t('errCannotReachAnyMore'));
  }
}
