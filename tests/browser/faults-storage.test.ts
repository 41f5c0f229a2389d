// Damaged or foreign stored values and a full session storage: the popup and the Highlights page still work, nothing foreign is destroyed.
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, tabIdOf, useHarness } from './harness';
import { extensionSender, localStorageOf } from './faults-helpers';
import { saveViaMenu, selectText, storedFor } from './highlights-helpers';

describe('damaged storage', () => {
  const h = useHarness();

  it('lists readable pages, keeps foreign values, and saves over one by keeping it aside', async () => {
    const url = h.server.url('/highlights-article.html');
    const foreign = {
      [`hl:${url}`]: 'not a page',
      'hl:https://example.org/array': [1, 2],
      'hl:https://example.org/future': { version: 99 },
      'hl:https://example.org/v1': { url: 'https://example.org/v1', title: 'Old', items: [{ id: 'o', text: 'An old highlight' }] },
    };
    const sender = await extensionSender(h);
    await sender.evaluate((v) => chrome.storage.local.set(v), foreign);
    await sender.reload();
    // The Highlights page shows the one readable (upgraded) page and does not break on the rest.
    await expect.poll(() => sender.locator('[data-testid="hl-row"]').allTextContents()).toEqual([expect.stringContaining('An old highlight')]);
    // ...and tells the user about the three it cannot read, which are kept.
    expect(await sender.locator('[data-testid="hl-unreadable"]').textContent()).toMatch(/^3 stored entries could not be read/);

    const page = await openPage(h, '/highlights-article.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBeGreaterThan(0);
    await selectText(page, 'The decision was unanimous.');
    await saveViaMenu(h, page);
    expect((await storedFor(h, url)).map((s) => s.exact)).toEqual(['The decision was unanimous.']);
    const after = await localStorageOf(sender);
    expect(after[`unreadable:hl:${url}`]).toMatchObject({ value: 'not a page' });
    expect(after['hl:https://example.org/array']).toEqual([1, 2]);
    expect(after['hl:https://example.org/future']).toEqual({ version: 99 });
  });

  it('summarizes with a damaged summary cache entry, and with session storage full', async () => {
    const page = await openPage(h, '/seed-politics.html');
    const tabId = await tabIdOf(h, page);
    const sender = await extensionSender(h);
    await sender.evaluate((id) => chrome.storage.session.set({ [`tab:${id}`]: { url: location.href, article: 'garbage', summaries: 7 } }), tabId);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBe(3);
    await popup.close();
    // Fill session storage (10 MB quota) so that caching fails; the summary must still be shown.
    const full = await sender.evaluate(async (id) => {
      await chrome.storage.session.remove(`tab:${id}`);
      // Smaller and smaller chunks until not even 100 bytes fit: no room left for a cached article.
      let n = 0;
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100]) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            await chrome.storage.session.set({ [`filler:${n++}`]: chunk });
          } catch {
            break;
          }
        }
      }
      return n;
    }, tabId);
    expect(full).toBeGreaterThan(10);
    const again = await openPopupFor(h, page);
    await expect.poll(() => again.locator('[data-testid="key-quote"]').count()).toBe(3);
  });
});
