// A whole session of use, with every request of the extension's own pages and worker recorded: none leaves the extension.
import { beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, openPage, openPopupFor, recordExtensionRequests, useHarness, type RecordedRequest } from './harness';
import { saveViaMenu, selectText } from './highlights-helpers';
import { clickMenu } from './sidepanel-helpers';

const quotes = '[data-testid="key-quote"]';

describe('privacy over a session of use', () => {
  const h = useHarness();
  let seen: RecordedRequest[] = [];
  beforeAll(() => {
    seen = recordExtensionRequests(h);
  });

  it('popup on several pages: key quotes, reveal, length, not an article + summarize anyway', async () => {
    const article = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, article);
    await expect.poll(() => popup.locator(quotes).count()).toBe(3);
    await popup.locator(quotes).first().click(); // reveal on the page
    await popup.click('[data-testid="length-medium"]');
    await expect.poll(() => popup.locator(quotes).count()).toBe(5);
    await popup.click('[data-testid="length-short"]');
    const search = await openPage(h, '/search-results.html');
    const other = await openPopupFor(h, search);
    await other.click('[data-testid="summarize-anyway"]');
    await expect.poll(() => other.locator(quotes).count()).toBeGreaterThan(0);
  });

  it('side panel from the menu, highlight saved, Highlights page search and export, options', async () => {
    const page = await openPage(h, '/highlights-article.html');
    const tabId = await clickMenu(h, page, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator(quotes).count()).toBeGreaterThan(0);
    await selectText(page, 'The decision was unanimous.');
    await saveViaMenu(h, page);
    const list = await openExtensionPage(h, 'highlights.html');
    await list.fill('[data-testid="hl-search"]', 'unanimous');
    await expect.poll(() => list.locator('[data-testid="hl-row"]').count()).toBe(1);
    await Promise.all([list.waitForEvent('download'), list.click('[data-testid="hl-export-json"]')]);
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="opt-restore"]').waitFor();
    // A probe, so the recorder is known to catch a request from the worker that leaves the extension.
    await (await h.worker()).evaluate((u) => fetch(u).then((r) => r.status), h.server.url('/privacy-probe'));
  });

  it('made no request outside the extension, and the recorder saw the extension load its own files', () => {
    const own = `chrome-extension://${h.extensionId}/`;
    // Not vacuous: every page of the session and the worker's side were recorded.
    for (const page of ['popup.html', 'sidepanel.html', 'highlights.html', 'options.html']) {
      expect(seen.some((r) => r.from.startsWith(own + page) && r.url.startsWith(`${own}chunks/`))).toBe(true);
    }
    const probe = h.server.url('/privacy-probe');
    expect(seen).toContainEqual({ url: probe, from: `${own}background.js` });
    // Only the extension's own files, and the in-memory blob of the export download.
    const outside = seen.filter((r) => !r.url.startsWith(own) && !r.url.startsWith(`blob:${own}`) && r.url !== probe);
    expect(outside).toEqual([]);
  });
});
