// The options page, wired for real: default length in the popup, colour of new highlights,
// automatic restore on/off as the restore script sees it, shortcuts page, clear all data.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, tabIdOf, useHarness, type Harness } from './harness';
import { articleCopy, optionsPage } from './a11y-scenes';
import { painted, saveViaMenu, selectText, stored, storedCount, storedFor } from './highlights-helpers';

/**
 * Whether the highlighter started in the page's isolated world, asked from that same world after
 * three storage reads of its own: the restore script's reads were queued before them (it ran at
 * document_idle, before 'load' resolved), so its decision is made by the time these answer.
 */
async function highlighterStarted(h: Harness, tabId: number): Promise<boolean> {
  const worker = await h.worker();
  return worker.evaluate(async (id) => {
    const [res] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: async () => {
        for (let i = 0; i < 3; i++) await chrome.storage.local.get('autoRestore');
        return '__keyquoteHighlighter' in globalThis;
      },
    });
    return res!.result as boolean;
  }, tabId);
}

describe('options page', () => {
  const h = useHarness();

  it('the default length chosen here is the one the popup opens with', async () => {
    const options = await optionsPage(h);
    await options.locator('[data-testid="length-long"]').click();
    const article = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, article);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBe(8);
    expect(await popup.locator('[data-testid="length-long"]').getAttribute('aria-checked')).toBe('true');
    // And the other way round: the popup's choice shows here.
    await popup.locator('[data-testid="length-medium"]').click();
    await expect.poll(() => options.locator('[data-testid="length-medium"]').getAttribute('aria-checked')).toBe('true');
    // The popup starts with the length it last used (medium) before storage answers: changed here
    // since, the setting wins once read, and the popup shows that length.
    await options.locator('[data-testid="length-short"]').click();
    await expect.poll(() => options.locator('[data-testid="length-short"]').getAttribute('aria-checked')).toBe('true');
    const again = await openPopupFor(h, article);
    await expect.poll(() => again.locator('[data-testid="length-short"]').getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => again.locator('[data-testid="key-quote"]').count()).toBe(3);
  });

  it('new highlights get the default colour chosen here', async () => {
    const options = await optionsPage(h);
    await options.locator('[data-testid="opt-color-green"]').click();
    await expect.poll(() => options.locator('[data-testid="opt-color-green"]').getAttribute('aria-checked')).toBe('true');
    const page = await articleCopy(h, '/opt-colour.html');
    await selectText(page, 'night ferry between Portmere');
    await saveViaMenu(h, page);
    const saved = await storedFor(h, h.server.url('/opt-colour.html'));
    expect(saved.map((s) => s.color)).toEqual(['green']);
    await expect.poll(async () => (await painted(page)).map((p) => p.name)).toEqual(['keyquote-green']);
  });

  it('with automatic restore off, a saved highlight is not painted on reload (and is again once on)', async () => {
    const page = await articleCopy(h, '/opt-restore.html');
    await selectText(page, 'The decision was unanimous.');
    await saveViaMenu(h, page);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await painted(page)).length).toBe(1);

    const options = await optionsPage(h);
    await options.locator('[data-testid="opt-restore"]').uncheck();
    await expect.poll(async () => (await stored(h)).autoRestore).toBe(false);
    await page.reload({ waitUntil: 'load' });
    expect(await highlighterStarted(h, await tabIdOf(h, page))).toBe(false);
    expect(await painted(page)).toEqual([]);

    await options.locator('[data-testid="opt-restore"]').check();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => (await painted(page)).length).toBe(1);
  });

  it('opens the browser’s shortcut settings', async () => {
    const options = await optionsPage(h);
    expect(await options.locator('[data-testid="shortcut-list"] kbd').allTextContents()).toContain('Alt+Shift+H');
    const [opened] = await Promise.all([h.context.waitForEvent('page'), options.locator('[data-testid="shortcuts-open"]').click()]);
    await expect.poll(() => opened.url()).toBe('chrome://extensions/shortcuts');
  });

  it('clears all data after confirming, offering an export of the highlights first', async () => {
    const page = await articleCopy(h, '/opt-clear.html');
    await selectText(page, 'night ferry between Portmere');
    await saveViaMenu(h, page);
    const before = await storedCount(h);
    expect(before).toBeGreaterThan(0);
    const options = await optionsPage(h);
    await options.locator('[data-testid="clear-open"]').click();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="clear-export"]').click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { pages: { highlights: unknown[] }[] };
    expect(exported.pages.reduce((n, p) => n + p.highlights.length, 0)).toBe(before);
    // Cancel keeps everything.
    await options.locator('[data-testid="clear-cancel"]').click();
    expect(await storedCount(h)).toBe(before);

    await options.locator('[data-testid="clear-open"]').click();
    await options.locator('[data-testid="clear-confirm"]').click();
    await expect.poll(() => options.locator('[data-testid="clear-status"]').textContent()).toBe('All Keyquote data was deleted.');
    expect(await stored(h)).toEqual({});
    // The settings are back to their defaults on the page.
    await expect.poll(() => options.locator('[data-testid="length-short"]').getAttribute('aria-checked')).toBe('true');
  });
});
