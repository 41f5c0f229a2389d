// Keyquote's scripts in a page tell the page nothing: the ones the popup injects (the article, its
// highlights) and the restore script on a granted site post no message the page's own scripts could hear.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleCopy } from './a11y-scenes';
import { openPage, openPopupFor, useHarness } from './harness';
import { painted, saveViaMenu, selectText } from './highlights-helpers';

/** What the page's own scripts heard on their window: a listener from the start of every document. */
async function listenAsThePage(page: Page): Promise<() => Promise<unknown[]>> {
  const listen = () => {
    const heard: unknown[] = [];
    (window as unknown as { __kqHeard: unknown[] }).__kqHeard = heard;
    window.addEventListener('message', (e) => heard.push(e.data));
  };
  await page.addInitScript(listen);
  await page.evaluate(listen);
  return () => page.evaluate(() => (window as unknown as { __kqHeard: unknown[] }).__kqHeard);
}

describe('Keyquote in a page', () => {
  const h = useHarness();

  it('the scripts the popup injects post no message to the page, and still read its article', async () => {
    const page = await openPage(h, '/seed-politics.html');
    // A content script wrapped by WXT announces itself on the window on every injection, naming the
    // extension ("<extension id>:extract:wxt:content-script-started").
    const heard = await listenAsThePage(page);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBe(3);
    // A message posted to the window arrives a task later: give it time to.
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([]);
  });

  it('the restore script posts no message to a page of a granted site, and still paints its highlight', async () => {
    const page = await articleCopy(h, '/quiet-restore.html');
    await selectText(page, 'will sail again this spring');
    await saveViaMenu(h, page);
    const heard = await listenAsThePage(page);
    await page.reload();
    await expect.poll(async () => (await painted(page)).map((p) => p.text)).toEqual(['will sail again this spring']);
    await page.waitForTimeout(300);
    expect(await heard()).toEqual([]);
  });
});
