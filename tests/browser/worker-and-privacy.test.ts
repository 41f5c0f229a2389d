import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPopupFor, recordExtensionRequests, recordWorkerRequests, stopWorker, useHarness, type RecordedRequest } from './harness';

describe('a stopped service worker and the network', () => {
  recordWorkerRequests(); // before the launch
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
  });

  it('made no network request of its own during the session', () => {
    const extensionRequests = recorded.map((r) => r.url);
    // The recorder works: it saw the popup load its own files.
    expect(extensionRequests.some((u) => u.endsWith('/popup.html?tab=' + u.split('=')[1]) || u.includes('/chunks/'))).toBe(true);
    const outside = extensionRequests.filter((u) => !u.startsWith('chrome-extension://'));
    expect(outside).toEqual([]);
  });
});
