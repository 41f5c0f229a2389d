// The service worker stopped in the middle of a summary, a highlight save, an import: the user gets the
// result or a clear error with a retry that works, and storage is never half-written.
import { beforeAll, describe, expect, it } from 'vitest';
import { serveHugePages } from '../bench/huge-pages';
import { toExport } from '@/utils/highlights/exchange';
import { armWorkerStop, openPage, openPopupFor, tabIdOf, useHarness } from './harness';
import { extensionSender, fire, localStorageOf, storedTexts } from './faults-helpers';

const NO_ANSWER = /background worker did not answer\. Try again\./;

describe('a service worker stopped mid-request', () => {
  const h = useHarness();
  beforeAll(() => serveHugePages(h));

  it('summary: the popup says the worker did not answer, and Try again gives the key quotes', async () => {
    // A 5 MB page: reading it takes the worker long enough that the stop lands while it works.
    const page = await openPage(h, '/huge/5mb.html');
    const stop = await armWorkerStop(h);
    const popup = await openPopupFor(h, page);
    await popup.locator('[aria-busy="true"]').first().waitFor();
    await stop();
    const error = popup.locator('[data-testid="summary-error"]');
    await expect.poll(() => error.textContent()).toMatch(NO_ANSWER); // not Chromium's "message port closed"
    await popup.click('[data-testid="retry"]');
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count(), { timeout: 30_000 }).toBe(3);
    await popup.close();
    await page.close();
  });

  it('highlight save: stored once with an ok answer, or reported failed; saving again stores exactly one', async () => {
    const page = await openPage(h, '/highlights-article.html');
    const tabId = await tabIdOf(h, page);
    const sender = await extensionSender(h);
    const text = 'The decision was unanimous.';
    const count = async () => storedTexts(await localStorageOf(sender)).filter((t) => t === text).length;
    for (let round = 0; round < 3; round++) {
      const stop = await armWorkerStop(h);
      const req = await fire(sender, 'highlight-save-quote', { tabId, text });
      await stop();
      const reply = await req.reply();
      if (reply && 'ok' in reply && reply.ok) expect(await count()).toBe(1);
      else expect(await count()).toBeLessThanOrEqual(1); // the stop may land between the write and the answer
      // What the user does after a failure, and what a second click does after a success: one highlight.
      const again = await (await fire(sender, 'highlight-save-quote', { tabId, text })).reply();
      expect(again).toMatchObject({ ok: true });
      expect(await count()).toBe(1);
    }
    await sender.close();
    await page.close();
  });

  it('import: all of the file or none of it lands, nothing saved before is lost, and importing again completes it', async () => {
    const page = await openPage(h, '/highlights-article.html');
    const sender = await extensionSender(h);
    // Saved before the import: must survive it.
    const saved = await fire(sender, 'highlight-save-quote', { tabId: await tabIdOf(h, page), text: 'The decision was unanimous.' });
    expect(await saved.reply()).toMatchObject({ ok: true });
    const before = storedTexts(await localStorageOf(sender));
    const pages = Array.from({ length: 400 }, (_, p) => {
      const url = `https://example.org/import/${p}`;
      const highlights = Array.from({ length: 10 }, (_, i) => ({
        id: `imp-${p}-${i}`, href: url, exact: `Imported passage ${p}.${i}.`, prefix: '', suffix: '',
        start: i * 30, end: i * 30 + 20, color: 'green' as const, note: '', created: 1, updated: 1,
      }));
      return { url, title: `Import ${p}`, highlights };
    });
    const file = { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toExport(pages))) };
    const imported = async () => storedTexts(await localStorageOf(sender)).filter((t) => t.startsWith('Imported passage')).length;

    const stop = await armWorkerStop(h);
    await sender.evaluate(() => {
      // Marks the moment the page sends its request, so the worker is stopped while it imports.
      const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (...a: unknown[]) => unknown;
      (chrome.runtime as unknown as { sendMessage: unknown }).sendMessage = (...a: unknown[]) => ((window as unknown as { __kqSent: boolean }).__kqSent = true, send(...a));
    });
    await sender.setInputFiles('[data-testid="hl-import"]', file);
    await sender.waitForFunction(() => (window as unknown as { __kqSent?: boolean }).__kqSent);
    await stop();
    const result = sender.locator('[data-testid="hl-import-result"]');
    await result.waitFor({ timeout: 30_000 });
    // The page said what happened: a count, or the clear retry message; storage matches what it said.
    if ((await result.getAttribute('data-ok')) === 'true') expect(await imported()).toBe(4000);
    else {
      expect(await result.textContent()).toMatch(NO_ANSWER);
      expect([0, 4000]).toContain(await imported()); // all or nothing, never a part
    }
    expect(storedTexts(await localStorageOf(sender))).toEqual(expect.arrayContaining(before));

    await sender.setInputFiles('[data-testid="hl-import"]', file);
    await expect.poll(() => result.getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
    const texts = storedTexts(await localStorageOf(sender));
    expect(texts.filter((t) => t.startsWith('Imported passage'))).toHaveLength(4000);
    expect(new Set(texts).size).toBe(texts.length); // no duplicate
    await sender.close();
  });
});
