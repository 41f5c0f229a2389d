import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, squeeze, useHarness } from './harness';

const PAGES = ['ars-1', 'lemonde-1', 'nytimes-1', 'bbc-1'];

describe('popup on real article pages', () => {
  const h = useHarness();

  it.each(PAGES)('%s: title and verbatim key quotes from the page', async (slug) => {
    const meta = JSON.parse(readFileSync(`tests/fixtures/pages/real/${slug}.meta.json`, 'utf8')) as { title: string };
    const page = await openPage(h, `/real/${slug}.html`);
    const popup = await openPopupFor(h, page);
    const quotes = popup.locator('[data-testid="key-quote"]');
    await expect.poll(() => quotes.count(), { timeout: 15_000 }).toBe(3);
    expect(await popup.locator('[data-testid="summary-title"]').textContent()).toBe(meta.title);
    const pageText = squeeze(await page.evaluate(() => document.body.textContent ?? ''));
    for (const q of await quotes.allTextContents()) {
      expect(q.split(' ').length).toBeGreaterThan(3);
      expect(pageText).toContain(squeeze(q));
    }
    await popup.close();
    await page.close();
  });
});
