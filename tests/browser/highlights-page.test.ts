import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launch, openExtensionPage, openPage, useHarness } from './harness';
import { painted, saveViaMenu, selectText, stored, storedCount } from './highlights-helpers';

/** Highlights stored straight into storage (as version 2), for the page's list and its timing. */
function seedPages(origin: string, pages: number, perPage: number) {
  const data: Record<string, unknown> = {};
  for (let p = 0; p < pages; p++) {
    const url = `${origin}/seed-${p}.html`;
    const highlights = Array.from({ length: perPage }, (_, i) => ({
      id: `seed-${p}-${i}`,
      href: url,
      exact: `Passage ${i} of page ${p} about ${p % 2 ? 'harbours' : 'mountains'} and tide number ${p * perPage + i}.`,
      prefix: '',
      suffix: '',
      start: -1,
      end: -1,
      color: 'yellow',
      note: i === 0 ? `note for page ${p}` : '',
      created: 1_700_000_000_000 + p * perPage + i,
      updated: 1_700_000_000_000,
    }));
    data[`hl:${url}`] = { url, title: `Seeded page ${p}`, highlights };
    data[`hl:${url}$`] = { v: 2 };
  }
  return data;
}

describe('the Highlights page', () => {
  const h = useHarness();

  it('searches, exports Markdown and JSON, and the JSON imports into a fresh profile exactly', async () => {
    const article = await openPage(h, '/highlights-article.html');
    await selectText(article, 'night ferry between Portmere');
    await saveViaMenu(h, article);
    await (await h.worker()).evaluate((d) => chrome.storage.local.set(d), seedPages(h.server.origin, 3, 4));
    const list = await openExtensionPage(h, 'highlights.html');
    await expect.poll(() => list.locator('[data-testid="hl-count"]').textContent()).toBe('13 highlights on 4 pages');
    // Newest first: the highlight just saved heads the list.
    expect(await list.locator('[data-testid="hl-page"] h2').first().textContent()).toBe('Harbour Lights: The Night Ferry Returns');
    await list.locator('[data-testid="hl-search"]').fill('HARBOURS tide');
    await expect.poll(() => list.locator('[data-testid="hl-count"]').textContent()).toBe('4 highlights on 1 page');
    await list.locator('[data-testid="hl-search"]').fill('portmere');
    await expect.poll(() => list.locator('[data-testid="hl-row"]').count()).toBe(1);
    const link = await list.locator('[data-testid="hl-link"]').getAttribute('href');
    expect(link).toBe(`${h.server.url('/highlights-article.html')}#:~:text=night%20ferry%20between%20Portmere`);
    const opened = await openPage(h, link!);
    await expect.poll(async () => (await painted(opened)).map((p) => p.text)).toEqual(['night ferry between Portmere']);
    await list.locator('[data-testid="hl-search"]').fill('');

    const [md] = await Promise.all([list.waitForEvent('download'), list.locator('[data-testid="hl-export-md"]').click()]);
    const markdown = await readFile((await md.path())!, 'utf8');
    expect(markdown).toContain('## Harbour Lights: The Night Ferry Returns');
    expect(markdown).toContain(`<${h.server.url('/highlights-article.html')}>`);
    expect(markdown).toContain('> night ferry between Portmere');
    expect(markdown).toContain('note for page 1');
    const [js] = await Promise.all([list.waitForEvent('download'), list.locator('[data-testid="hl-export-json"]').click()]);
    const file = (await js.path())!;
    const before = await stored(h);

    const fresh = await launch({ server: h.server });
    try {
      const page = await openExtensionPage(fresh, 'highlights.html');
      const input = page.locator('[data-testid="hl-import"]');
      const result = page.locator('[data-testid="hl-import-result"]');
      await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
      await expect.poll(() => result.textContent()).toMatch(/not a Keyquote highlights export/);
      expect(await result.getAttribute('role')).toBe('alert');
      expect(await storedCount(fresh)).toBe(0);
      await input.setInputFiles(file);
      await expect.poll(() => result.textContent()).toBe('Imported 13 highlights on 4 pages.');
      const after = await stored(fresh);
      for (const key of Object.keys(before).filter((k) => k.startsWith('hl:'))) expect(after[key]).toEqual(before[key]);
      await input.setInputFiles(file);
      await expect.poll(() => result.textContent()).toMatch(/Nothing new/);
      expect(await storedCount(fresh)).toBe(13);
      await expect.poll(() => page.locator('[data-testid="hl-count"]').textContent()).toBe('13 highlights on 4 pages');
    } finally {
      await fresh.context.close();
    }

    // Delete from the list: gone from storage and from the list.
    await list.locator('[data-testid="hl-row"]').first().locator('[data-testid="hl-delete"]').click();
    await expect.poll(() => list.locator('[data-testid="hl-count"]').textContent()).toBe('12 highlights on 3 pages');
    expect(await storedCount(h)).toBe(12);
  });

  it('stays fast with 10,000 highlights', async () => {
    await (await h.worker()).evaluate((d) => chrome.storage.local.set(d), seedPages(h.server.origin, 1000, 10));
    const total = await storedCount(h);
    expect(total).toBeGreaterThanOrEqual(10_000);
    const t0 = Date.now();
    const list = await openExtensionPage(h, 'highlights.html');
    await expect.poll(() => list.locator('[data-testid="hl-count"]').textContent()).toMatch(new RegExp(`^${total} highlights`));
    const opened = Date.now() - t0;
    // Only a page of rows is rendered; the rest comes with "Show more".
    expect(await list.locator('[data-testid="hl-row"]').count()).toBe(200);
    const t1 = Date.now();
    await list.locator('[data-testid="hl-search"]').fill('tide number 9999.');
    await expect.poll(() => list.locator('[data-testid="hl-count"]').textContent()).toBe('1 highlight on 1 page');
    const searched = Date.now() - t1;
    console.log(`10k highlights: list shown in ${opened} ms, search answered in ${searched} ms`);
  });
});

// The shipped build asks for no site at install: nothing runs on a page, even one with saved
// highlights, until the user grants its site (the grant path: site-access.test.ts).
describe('the shipped build', () => {
  it('registers no restore script and paints nothing on a site it was not granted', async () => {
    const h = await launch({ build: 'shipped' });
    try {
      const url = h.server.url('/highlights-article.html');
      const exact = 'will sail again this spring';
      const highlight = { id: 'h1', href: url, exact, prefix: '', suffix: '', start: -1, end: -1, color: 'pink', note: '', created: 1, updated: 1 };
      const data = { [`hl:${url}`]: { url, title: 'Harbour', highlights: [highlight] }, [`hl:${url}$`]: { v: 2 } };
      const worker = await h.worker();
      await worker.evaluate((d) => chrome.storage.local.set(d), data);
      const page = await openPage(h, '/highlights-article.html');
      await page.waitForLoadState('load');
      expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
      expect((await worker.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);
      expect(await painted(page)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
