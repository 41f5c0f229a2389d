import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, tabIdOf, useHarness } from './harness';
import { painted, saveViaMenu, selectText, storedFor } from './highlights-helpers';

// Saving, restoring on revisit, late content, single-page apps, changed text and concurrency,
// in real Chromium with the built extension (test build: host access to 127.0.0.1).
describe('highlights', () => {
  const h = useHarness();

  it('saves selections from the menu, paints them at once and again after a reload', async () => {
    const page = await openPage(h, '/highlights-article.html?utm_source=x&fbclid=y#top');
    // Across emphasis, a link and a line break; across two paragraphs; the second of two equal sentences.
    await selectText(page, 'two hours', 'Tickets go');
    await saveViaMenu(h, page);
    await expect.poll(async () => (await painted(page)).length).toBe(1);
    await selectText(page, 'hybrid engine', 'more visitors');
    await saveViaMenu(h, page);
    await page.evaluate(() => {
      const p4 = document.getElementById('p4')!.lastChild as Text;
      const at = p4.data.indexOf('The decision');
      const r = document.createRange();
      r.setStart(p4, at);
      r.setEnd(p4, p4.data.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await saveViaMenu(h, page);
    await expect.poll(async () => (await painted(page)).length).toBe(3);

    // Keyed by the canonical URL without tracking parameters or fragment.
    const saved = await storedFor(h, h.server.url('/highlights-article.html'));
    expect(saved.map((s) => s.exact).sort()).toEqual([
      'The decision was unanimous.',
      'hybrid engine that halves its fuel use. Local shops expect more visitors',
      'two hours, and the new timetable adds a stop at Gullrock. Tickets go',
    ]);

    await page.reload();
    for (const target of [page, await openPage(h, '/highlights-article.html')]) {
      await expect.poll(async () => (await painted(target)).length).toBe(3);
      const got = await painted(target);
      expect(got.find((g) => g.text === 'The decision was unanimous.')?.where).toBe('p4');
      expect(got.every((g) => g.name === 'keyquote-yellow')).toBe(true);
    }
  });

  it('restores a highlight whose text loads late', async () => {
    const page = await openPage(h, '/highlights-late.html?delay=600');
    await page.waitForSelector('article');
    await selectText(page, 'approved the new bridge');
    await saveViaMenu(h, page);
    await expect.poll(async () => (await painted(page)).length).toBe(1);
    await page.reload();
    expect(await page.locator('article').count()).toBe(0); // not there yet
    await expect.poll(async () => (await painted(page)).map((p) => p.text)).toEqual(['approved the new bridge']);
  });

  it('follows a single-page app that changes its URL with history.pushState', async () => {
    const page = await openPage(h, '/highlights-spa.html');
    await page.click('#to-two');
    await page.waitForFunction(() => document.title === 'SPA story two');
    await selectText(page, 'rare orchid');
    await saveViaMenu(h, page);
    await expect.poll(async () => (await painted(page)).length).toBe(1);
    await page.click('#to-one');
    await page.waitForFunction(() => document.title === 'SPA story one');
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    // A fresh visit to story one, then an in-app navigation to story two: restored.
    const fresh = await openPage(h, '/highlights-spa.html');
    await fresh.click('#to-two');
    await expect.poll(async () => (await painted(fresh)).map((p) => p.text)).toEqual(['rare orchid']);
  });

  it('finds slightly changed text, and lists text that is gone as not found (kept, not painted)', async () => {
    const body = (first: string, second: string) =>
      `<!doctype html><title>Changing</title><article><p id="a">${first}</p><p id="b">${second}</p><p>Filler paragraph that stays the same.</p></article>`;
    h.server.route('/hl-changing.html', body('The museum will reopen on the first of June after repairs.', 'Entry stays free for children under twelve.'));
    const page = await openPage(h, '/hl-changing.html');
    await selectText(page, 'The museum will reopen on the first of June after repairs.');
    await saveViaMenu(h, page);
    await selectText(page, 'Entry stays free for children under twelve.');
    await saveViaMenu(h, page);
    await expect.poll(async () => (await painted(page)).length).toBe(2);
    h.server.route('/hl-changing.html', body('The museum will re-open on the 1st of June after repairs.', 'Opening hours are listed online.'));
    await page.reload();
    await expect.poll(async () => (await painted(page)).map((p) => p.where)).toEqual(['a']);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="hl-item"]').count()).toBe(2);
    expect(await popup.locator('[data-testid="hl-orphan"]').count()).toBe(1);
    const orphan = popup.locator('[data-testid="hl-item"]', { has: popup.locator('[data-testid="hl-orphan"]') });
    expect(await orphan.locator('[data-testid="hl-text"]').textContent()).toBe('Entry stays free for children under twelve.');
    expect(await storedFor(h, h.server.url('/hl-changing.html'))).toHaveLength(2);
    await popup.close();
  });

  it('saves a key quote from the popup and manages it there: colour, note, scroll, delete', async () => {
    const article = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, article);
    const save = popup.locator('[data-testid="save-quote"]').first();
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved');
    await expect.poll(async () => (await painted(article)).length).toBe(1);
    const item = popup.locator('[data-testid="hl-item"]');
    await expect.poll(() => item.count()).toBe(1);
    await item.locator('[data-testid="hl-color-green"]').click();
    await expect.poll(async () => (await painted(article)).map((p) => p.name)).toEqual(['keyquote-green']);
    await item.locator('[data-testid="hl-note-edit"]').click();
    await item.locator('[data-testid="hl-note-input"]').fill('<b>not markup</b>');
    await item.locator('[data-testid="hl-note-save"]').click();
    await expect.poll(() => item.locator('[data-testid="hl-note"]').textContent()).toBe('<b>not markup</b>');
    expect(await item.locator('b').count()).toBe(0);
    const bottom = await article.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    await item.locator('[data-testid="hl-text"]').click();
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeLessThan(bottom);
    await item.locator('[data-testid="hl-delete"]').click();
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(async () => (await painted(article)).length).toBe(0);
    await popup.close();
  });

  it('keeps every highlight when two tabs save 200 at the same time', async () => {
    const sentences = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} talks about topic ${i * 7} at length.`);
    h.server.route('/hl-many.html', `<!doctype html><title>Many</title><article>${sentences.map((s) => `<p>${s}</p>`).join('')}</article>`);
    const [a, b] = [await openPage(h, '/hl-many.html'), await openPage(h, '/hl-many.html#b')];
    const tabs = [await tabIdOf(h, a), await tabIdOf(h, b)];
    expect(tabs[0]).not.toBe(tabs[1]);
    const sender = await openPage(h, `chrome-extension://${h.extensionId}/highlights.html`);
    const results = await sender.evaluate(
      async ({ tabs, sentences }) => {
        const save = (tabId: number, text: string) =>
          chrome.runtime.sendMessage({ keyquote: 1, type: 'highlight-save-quote', data: { tabId, text } });
        const all = sentences.map((s, i) => save(tabs[i % 2]!, s));
        return (await Promise.all(all)).map((r: { ok: boolean }) => r.ok);
      },
      { tabs, sentences },
    );
    expect(results.filter(Boolean)).toHaveLength(200);
    const saved = await storedFor(h, h.server.url('/hl-many.html'));
    expect(new Set(saved.map((s) => s.exact))).toEqual(new Set(sentences));
    await expect.poll(async () => (await painted(a)).length).toBe(200);
    await expect.poll(async () => (await painted(b)).length).toBe(200);
    await sender.close();
  });
});
