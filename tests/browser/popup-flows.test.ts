import { describe, expect, it } from 'vitest';
import { openExtensionPage, openPage, openPopupFor, tabIdOf, useHarness } from './harness';
import { revealed } from './highlights-helpers';

const error = '[data-testid="summary-error"]';

describe('popup flows', () => {
  const h = useHarness();

  it('says plainly that a search page is not an article, and summarizes it anyway on request', async () => {
    const page = await openPage(h, '/search-results.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(error).getAttribute('data-code')).toBe('not-article');
    expect(await popup.locator(error).textContent()).toMatch(/does not look like an article/);
    await popup.click('[data-testid="summarize-anyway"]');
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBeGreaterThan(0);
    const shown = await popup.locator('[data-testid="key-quote"]').allTextContents();
    expect(shown.join(' ')).toMatch(/Keyquote|quot/i);
  });

  it('says an empty page has nothing to summarize', async () => {
    const page = await openPage(h, '/empty.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(error).getAttribute('data-code')).toBe('empty');
  });

  it.each(['chrome://version/', 'chrome://extensions/'])('explains why %s cannot be read', async (url) => {
    const page = await openPage(h, url);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(error).getAttribute('data-code')).toBe('restricted');
    expect(await popup.locator(error).textContent()).toMatch(/browser’s own pages/);
  });

  it('reveals a key quote on the page when clicked', async () => {
    const page = await openPage(h, '/real/ars-1.html');
    const popup = await openPopupFor(h, page);
    const last = popup.locator('[data-testid="key-quote"]').last();
    await last.waitFor();
    const text = (await last.textContent())!;
    await last.click();
    await expect.poll(() => revealed(page)).toBe(text);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('shows a role the article writes in plain words before the name (Ars Technica: "Pakistan-based developer Ammar Askar")', async () => {
    const page = await openPage(h, '/real/ars-1.html');
    const popup = await openPopupFor(h, page);
    const askar = popup.locator('[data-testid="speaker-group"]').filter({ hasText: 'Ammar Askar' });
    await askar.first().waitFor();
    expect(await askar.locator('[data-testid="quote-role"]').textContent()).toBe(' · Pakistan-based developer');
  });

  it('groups who said what by speaker with their role, and reveals a quotation when clicked', async () => {
    const page = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, page);
    const groups = popup.locator('[data-testid="speaker-group"]');
    await expect.poll(() => groups.count()).toBeGreaterThanOrEqual(2);
    const klymenko = groups.filter({ hasText: 'Ihor Klymenko' });
    expect(await klymenko.locator('[data-testid="quote-role"]').textContent()).toContain('Interior Minister');
    expect(await klymenko.locator('[data-testid="speaker-name"]').textContent()).toBe('Ihor Klymenko');
    expect(await klymenko.locator('[data-testid="quote-speaker"]').allTextContents()).toEqual(['Ihor Klymenko']);
    const quote = klymenko.locator('[data-testid="quote-text"]').first();
    const words = (await quote.textContent())!.replace(/^“|”$/g, '');
    await quote.click();
    await expect.poll(() => page.evaluate(() => {
      const hl = CSS.highlights.get('keyquote-reveal');
      const range = hl ? [...hl][0] : null;
      return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
    })).toBe(words);
  });

  it('remembers the chosen length and shows 3, 5 or 8 key quotes', async () => {
    const page = await openPage(h, '/real/nytimes-1.html');
    const popup = await openPopupFor(h, page);
    const quotes = popup.locator('[data-testid="key-quote"]');
    await expect.poll(() => quotes.count()).toBe(3);
    await popup.click('[data-testid="length-long"]');
    await expect.poll(() => quotes.count()).toBe(8);
    await popup.click('[data-testid="length-medium"]');
    await expect.poll(() => quotes.count()).toBe(5);
    const again = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(h, page)}`);
    await expect.poll(() => again.locator('[data-testid="key-quote"]').count()).toBe(5);
    await popup.click('[data-testid="length-short"]');
  });

  it('copies the summary as Markdown with text-fragment links', async () => {
    const page = await openPage(h, '/seed-politics.html');
    const popup = await openPopupFor(h, page);
    await popup.locator('[data-testid="key-quote"]').first().waitFor();
    // Headless Chromium cannot grant clipboard access to extension pages: capture what is written.
    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => void ((window as unknown as { copied: string }).copied = t);
    });
    await popup.click('[data-testid="copy-markdown"]');
    await expect.poll(() => popup.locator('[data-testid="copy-markdown"]').textContent()).toBe('Copied');
    const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(md).toContain('## [Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict]');
    expect(md).toMatch(/\(http:\/\/127\.0\.0\.1:\d+\/seed-politics\.html#:~:text=/);
    // Who said what with each speaker's role, as the popup shows it.
    expect(md).toMatch(/” — Ihor Klymenko · Interior Minister\n/);
  });
});
