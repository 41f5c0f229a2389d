// An embedded post that the page boxes as social media ("social-media-embed") is read as part of the story:
// its quotation is listed under Who said what and is found on the page when clicked.
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

describe('popup on a page with an embedded post', () => {
  const h = useHarness();

  it('lists the post\'s quotation with its speaker, and reveals it in the post when clicked', async () => {
    const page = await openPage(h, '/embedded-post.html');
    const popup = await openPopupFor(h, page);
    const groups = popup.locator('[data-testid="speaker-group"]');
    await expect.poll(() => groups.count()).toBeGreaterThanOrEqual(1);
    const noem = groups.filter({ hasText: 'Kristi Noem' });
    expect(await noem.locator('[data-testid="speaker-name"]').textContent()).toBe('Kristi Noem');
    const quote = noem.locator('[data-testid="quote-text"]').first();
    expect(await quote.textContent()).toContain('raise awareness about a crisis');
    await quote.click();
    await expect.poll(() => page.evaluate(() => {
      const hl = CSS.highlights.get('keyquote-reveal');
      const range = hl ? [...hl][0] : null;
      return range ? range.startContainer.parentElement?.closest('blockquote') !== null : null;
    })).toBe(true);
    await popup.close();
    await page.close();
  });
});
