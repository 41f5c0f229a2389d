// A news brief of about 70 words, inside a page of menus, a most-read list and a footer: the popup quotes its body.
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

describe('popup on a short article', () => {
  const h = useHarness();

  it('answers with key quotes from the body, no "not an article" message', async () => {
    const page = await openPage(h, '/news-brief.html');
    const popup = await openPopupFor(h, page);
    await popup.locator('[data-testid="summary-error"], [data-testid="key-quote"]').first().waitFor();
    expect(await popup.locator('[data-testid="summary-error"]').count()).toBe(0);
    const body = await page.evaluate(() => document.querySelector('article p:last-of-type')!.textContent!.replace(/\s+/g, ' '));
    const quotes = await popup.locator('[data-testid="key-quote"]').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) expect(body).toContain(q);
    await popup.close();
    await page.close();
  });
});
