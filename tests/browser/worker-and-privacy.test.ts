import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPopupFor, recordExtensionRequests, stopWorker, useHarness, type RecordedRequest } from './harness';

describe('a stopped service worker and the network', () => {
  const h = useHarness();
  let recorded: RecordedRequest[] = [];
  beforeAll(() => {
    recorded = recordExtensionRequests(h);
  });

  it('summarizes again after the browser stopped the worker', async () => {
    const page = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBe(3);
    const before = await popup.locator('[data-testid="key-quote"]').allTextContents();
    await popup.close();
    await stopWorker(h); // throws unless the worker is really gone: the next request wakes a new one
    const again = await openPopupFor(h, page);
    await expect.poll(() => again.locator('[data-testid="key-quote"]').allTextContents()).toEqual(before);
    await again.click('[data-testid="length-medium"]');
    await expect.poll(() => again.locator('[data-testid="key-quote"]').count()).toBe(5);
    await again.click('[data-testid="length-short"]');
    // A probe, so the recorder is known to catch a request from the worker woken after the stop.
    await (await h.worker()).evaluate((u) => fetch(u).then((r) => r.status), h.server.url('/privacy-probe'));
  });

  it('made no network request of its own during the session', () => {
    const own = `chrome-extension://${h.extensionId}/`;
    const probe = h.server.url('/privacy-probe');
    // The recorder works: it saw the popup load its own files, and the woken worker's probe.
    expect(recorded.some((r) => r.from.startsWith(`${own}popup.html`) && r.url.startsWith(`${own}chunks/`))).toBe(true);
    expect(recorded).toContainEqual({ url: probe, from: `${own}background.js` });
    const outside = recorded.filter((r) => !r.url.startsWith(own) && r.url !== probe);
    expect(outside).toEqual([]);
  });
});
