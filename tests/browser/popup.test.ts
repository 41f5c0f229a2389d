import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

describe('popup on the sample article', () => {
  const h = useHarness();

  it('shows the title, metadata, key quotes and who said what', async () => {
    const article = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, article);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => popup.locator('[data-testid="summary-title"]').textContent()).toBe(
      'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict',
    );
    const body = await article.evaluate(() => document.querySelector('article')!.textContent!.replace(/\s+/g, ' '));
    for (const q of await popup.locator('[data-testid="key-quote"]').allTextContents()) {
      expect(body).toContain(q);
      for (const noise of ['Recent Posts', 'We use cookies', 'Comments are closed']) expect(q).not.toContain(noise);
    }
    const speakers = await popup.locator('[data-testid="quote-speaker"]').allTextContents();
    expect(speakers).toContain('Donald Trump');
    expect(speakers).toContain('Ihor Klymenko');
    expect(await popup.locator('[data-testid="summary-meta"]').textContent()).toMatch(/The Daily Ledger.*min read/);
  });
});
