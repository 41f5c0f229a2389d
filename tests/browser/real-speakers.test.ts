// Who said what in the popup on saved real news pages: a name written family name first is given whole, and a statement
// goes to the state's body that issued it.
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

describe('popup: speakers on real news pages', () => {
  const h = useHarness();

  it.each([
    ['hong-kong-ambassador', 'Liu Xiaming', 'They are already there in the Hong Kong garrison'],
    ['helicopter-crash', 'US military', 'The cause of the crash is under investigation'],
  ])('%s: %s is named for their words', async (slug, speaker, words) => {
    const page = await openPage(h, `/real/${slug}.html`);
    const popup = await openPopupFor(h, page);
    const groups = popup.locator('[data-testid="speaker-group"]');
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const group = groups.filter({ has: popup.locator('[data-testid="speaker-name"]', { hasText: speaker }) });
    expect(await group.locator('[data-testid="speaker-name"]').textContent()).toBe(speaker);
    expect(await group.locator('[data-testid="quote-text"]').allTextContents()).toContainEqual(expect.stringContaining(words));
    await popup.close();
    await page.close();
  });
});
