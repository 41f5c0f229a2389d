import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, openPage, openPopupFor, useHarness } from './harness';

// The build users install asks for no host access: it reads a page only when the user
// clicks the icon (activeTab). Automation cannot make that click, so what can be checked
// here is everything around it: the manifest, the real popup, and the clear messages.
describe('the shipped build', () => {
  const h = useHarness({ build: 'shipped' });

  it('asks for no host access', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIRS.shipped, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.permissions).toContain('activeTab');
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
  });

  it('opens its real toolbar popup, which answers with a clear message', async () => {
    const page = await openPage(h, '/seed-politics.html');
    await page.bringToFront();
    const worker = await h.worker();
    await worker.evaluate(() => chrome.action.openPopup());
    // The real popup is not a Playwright page: read it through the DevTools protocol.
    const cdp = await h.context.newCDPSession(page);
    const popupText = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const popup = targetInfos.find((t) => t.url.endsWith('/popup.html'));
      if (!popup) return null;
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
      const reply = new Promise<string>((resolve) => {
        cdp.on('Target.receivedMessageFromTarget', (e) => {
          const msg = JSON.parse(e.message) as { id?: number; result?: { result: { value: string } } };
          if (e.sessionId === sessionId && msg.id === 1) resolve(msg.result?.result.value ?? '');
        });
      });
      const message = JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: 'document.body.innerText', returnByValue: true } });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message });
      const text = await reply;
      await cdp.send('Target.detachFromTarget', { sessionId });
      return text;
    };
    await expect.poll(popupText, { timeout: 10_000 }).toMatch(/cannot read this page yet/);
  });

  it('tells the user how to give access when it may not read the page', async () => {
    const page = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, page);
    const error = popup.locator('[data-testid="summary-error"]');
    await expect.poll(() => error.getAttribute('data-code')).toBe('no-access');
    expect(await error.textContent()).toMatch(/Click the Keyquote icon/);
  });

  it('explains restricted pages', async () => {
    const page = await openPage(h, 'chrome://version/');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="summary-error"]').getAttribute('data-code')).toBe('restricted');
  });
});
