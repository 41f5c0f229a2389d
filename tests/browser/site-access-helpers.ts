// Helpers of the site-access browser tests: the browser's own site-access controls (what
// chrome://extensions does, through its developerPrivate API), the restore script's registration,
// and which extension scripts a page received (DevTools execution contexts).
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The browser's site-access setting for Keyquote, as set on chrome://extensions. */
export async function setSiteAccess(h: Harness, change: { withholdAll?: boolean; grant?: string }): Promise<void> {
  const page = await h.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ({ id, change }) => {
      const dp = (chrome as unknown as { developerPrivate: Record<string, (...a: unknown[]) => Promise<void>> }).developerPrivate;
      if (change.withholdAll) await dp.updateExtensionConfiguration!({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      if (change.grant) await dp.addHostPermission!(id, change.grant);
    },
    { id: h.extensionId, change },
  );
  await page.close();
}

/** The restore script's registration: the origins it runs on ([] when none is registered). */
export async function restoreOrigins(h: Harness): Promise<string[]> {
  const scripts = await (await h.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
  return scripts.flatMap((s) => s.matches ?? []);
}

/**
 * Opens `url` in a new tab and records every script context Keyquote gets in it (its content
 * scripts run in an isolated world whose origin is the extension's).
 */
export async function openRecordingInjections(h: Harness, url: string): Promise<{ page: Page; injected: () => number }> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  let injected = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${h.extensionId}`) injected++;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page, injected: () => injected };
}
