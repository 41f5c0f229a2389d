// Restoring highlights where the user granted access, and only there. Automation cannot answer the
// browser's permission prompt, so the test build comes with 127.0.0.1 granted; what follows a grant
// is checked here: the restore script registered for that origin alone, restore after a reload,
// nothing injected on an origin not granted, and the script gone when access is removed in the
// browser's own site-access controls (and back when granted there again).
import { describe, expect, it } from 'vitest';
import { articleCopy, optionsPage } from './a11y-scenes';
import { openPage, useHarness, type Harness } from './harness';
import { painted, saveViaMenu, selectText } from './highlights-helpers';
import { openRecordingInjections, restoreOrigins, setSiteAccess } from './site-access-helpers';

const EXACT = 'will sail again this spring';

/** Stores a highlight of EXACT for the page at `url` directly (as if saved earlier). */
async function storeHighlight(h: Harness, url: string): Promise<void> {
  const highlight = { id: 'h-' + url, href: url, exact: EXACT, prefix: '', suffix: '', start: -1, end: -1, color: 'pink', note: '', created: 1, updated: 1 };
  const data = { [`hl:${url}`]: { url, title: 'Harbour', highlights: [highlight] }, [`hl:${url}$`]: { v: 2 } };
  await (await h.worker()).evaluate((d) => chrome.storage.local.set(d), data);
}

describe('site access for restoring highlights', () => {
  const h = useHarness();

  it('registers the restore script for the granted origin only, kept across sessions', async () => {
    await expect.poll(() => restoreOrigins(h)).toEqual(['http://127.0.0.1/*']);
    const [script] = await (await h.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(script).toMatchObject({ id: 'keyquote-restore', js: ['content-scripts/highlight-restore.js'], persistAcrossSessions: true, runAt: 'document_idle' });
  });

  it('restores after a reload on the granted origin, and injects nothing on one that was not granted', async () => {
    const page = await articleCopy(h, '/site-granted.html');
    await selectText(page, EXACT);
    await saveViaMenu(h, page);
    await page.reload();
    await expect.poll(async () => (await painted(page)).map((p) => p.text)).toEqual([EXACT]);

    // The same server under another host name: an origin Keyquote was never granted.
    const port = new URL(h.server.url('/')).port;
    const elsewhere = `http://elsewhere.test:${port}/site-granted.html`;
    await h.context.route(`http://elsewhere.test:${port}/**`, async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().replace('elsewhere.test', '127.0.0.1') }) }),
    );
    await storeHighlight(h, elsewhere);
    const other = await openRecordingInjections(h, elsewhere);
    // A control opened after it, on the granted origin, is painted: by then the other would be too.
    const control = await openRecordingInjections(h, h.server.url('/site-granted.html'));
    await expect.poll(async () => (await painted(control.page)).length).toBe(1);
    expect(control.injected()).toBeGreaterThan(0);
    expect(other.injected()).toBe(0);
    expect(await painted(other.page)).toEqual([]);
  });

  it('the options page lists the granted site', async () => {
    const options = await optionsPage(h);
    await expect.poll(() => options.locator('[data-testid="site"]').getAttribute('data-pattern')).toBe('http://127.0.0.1/*');
    expect(await options.locator('[data-testid="site"]').textContent()).toContain('127.0.0.1');
  });

  it('the options page offers, in one prompt, the sites with highlights not restored automatically (the update offer)', async () => {
    const elsewhere = 'https://news.example/story';
    const other = 'http://blog.example/post';
    await storeHighlight(h, elsewhere);
    await storeHighlight(h, other);
    const options = await optionsPage(h);
    const offer = options.locator('[data-testid="restore-offer"]');
    // elsewhere.test (stored above) too: every site with highlights that is not granted; 127.0.0.1 is.
    await expect.poll(() => offer.textContent()).toMatch(/blog\.example, elsewhere\.test, news\.example\./);
    expect(await options.locator('[data-testid="restore-offer-accept"]').textContent()).toBe('Keep restoring highlights on these 3 sites');
    expect(await options.locator('[data-testid="sites-all"]').textContent()).toBe('Restore on every site');
    const worker = await h.worker();
    await worker.evaluate((keys) => chrome.storage.local.remove(keys), [elsewhere, other].flatMap((u) => [`hl:${u}`, `hl:${u}$`]));
  });

  it('stops when access is removed in the browser’s site-access controls, and resumes when granted again', async () => {
    const options = await optionsPage(h);
    await storeHighlight(h, h.server.url('/site-revoked.html'));
    await articleCopy(h, '/site-revoked.html');
    await setSiteAccess(h, { withholdAll: true });
    await expect.poll(() => restoreOrigins(h)).toEqual([]);
    await expect.poll(() => options.locator('[data-testid="sites-none"]').count()).toBe(1);
    const revoked = await openRecordingInjections(h, h.server.url('/site-revoked.html'));
    expect(revoked.injected()).toBe(0);
    expect(await painted(revoked.page)).toEqual([]);

    await setSiteAccess(h, { grant: 'http://127.0.0.1/*' });
    await expect.poll(() => restoreOrigins(h)).toEqual(['http://127.0.0.1/*']);
    await expect.poll(() => options.locator('[data-testid="site"]').count()).toBe(1);
    const again = await openPage(h, '/site-revoked.html');
    await expect.poll(async () => (await painted(again)).map((p) => p.text)).toEqual([EXACT]);
  });
});
