// Opening the popup on a page tells the page nothing: the scripts that read it (the article, its highlights) post no message its own scripts could hear.
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

describe('the page read for the popup', () => {
  const h = useHarness();

  it('hears no message from the scripts the popup has injected, which still read its article', async () => {
    const page = await openPage(h, '/seed-politics.html');
    // The page's own script listens to what any script in its tab posts to the window: a content
    // script wrapped by WXT announces itself there on every injection, naming the extension
    // ("<extension id>:extract:wxt:content-script-started").
    await page.evaluate(() => {
      const heard: unknown[] = [];
      (window as unknown as { __kqHeard: unknown[] }).__kqHeard = heard;
      window.addEventListener('message', (e) => heard.push(e.data));
    });
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBe(3);
    // A message posted to the window arrives a task later: give it time to.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __kqHeard: unknown[] }).__kqHeard)).toEqual([]);
  });
});
