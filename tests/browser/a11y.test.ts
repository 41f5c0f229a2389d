// Accessibility: axe-core finds no violation on any extension page, in light and dark; the pages
// work by keyboard (visible focus, logical order, Escape closes what it opened) and announce states.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness, type Harness } from './harness';
import { audit, highlightsPage, optionsPage, popupWithError, popupWithSummary, sidePanel } from './a11y-scenes';

const SCENES: [string, (h: Harness) => Promise<Page>][] = [
  ['popup with a summary', popupWithSummary],
  ['popup with an error', popupWithError],
  ['side panel', sidePanel],
  ['Highlights page', highlightsPage],
  ['options page', optionsPage],
];

/** Tab through the page; the data-testid (or tag) of each element focused, and whether it shows an outline. */
async function tabOrder(page: Page, presses: number) {
  const seen: { id: string; outlined: boolean }[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { id: el.dataset.testid ?? el.tagName.toLowerCase(), outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      }),
    );
  }
  return seen;
}

describe('accessibility audit (axe-core)', () => {
  const h = useHarness();

  it.each(SCENES)('%s: no violations in light and dark', async (_name, open) => {
    const page = await open(h);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await audit(page), colorScheme).toEqual([]);
    }
    await page.close();
  });

  it('the audit is not vacuous: it reports a button without a name and text without contrast', async () => {
    const page = await optionsPage(h);
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button type="button"></button><p style="color:#eee">faint</p>');
    });
    expect((await audit(page)).map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  const h = useHarness();

  it('popup: focus goes length → key quotes → copy → highlights, always visibly', async () => {
    const popup = await popupWithSummary(h);
    // 40 presses go round the whole popup (focus passes the browser's own UI, seen here as body).
    const seen = (await tabOrder(popup, 40)).filter((s) => s.id !== 'body');
    expect(seen.filter((s) => !s.outlined)).toEqual([]);
    const order = seen.map((s) => s.id);
    const first = (id: string) => order.findIndex((x) => x.startsWith(id));
    expect(first('length-')).toBeGreaterThanOrEqual(0);
    expect(first('length-')).toBeLessThan(first('key-quote'));
    expect(first('key-quote')).toBeLessThan(first('save-quote'));
    expect(first('key-quote')).toBeLessThan(first('copy-markdown'));
    expect(first('copy-markdown')).toBeLessThan(first('hl-all'));
  });

  it('radio groups: one Tab stop, arrow keys move and choose', async () => {
    const page = await optionsPage(h);
    const checked = (group: string) => page.locator(`[data-testid^="${group}"][aria-checked="true"]`).getAttribute('data-testid');
    await page.locator('[data-testid="length-short"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => checked('length-')).toBe('length-medium');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('length-medium');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => checked('length-')).toBe('length-long');
    // Tab leaves the group from the checked radio and lands on the colour chosen, not each swatch.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('opt-color-yellow');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('opt-restore');
  });

  it('the error is an alert; the loading state is announced and marks the page busy', async () => {
    const popup = await popupWithError(h);
    expect(await popup.locator('[data-testid="summary-error"]').evaluate((e) => e.closest('[role="alert"]') !== null)).toBe(true);
    expect(await popup.locator('main').getAttribute('aria-busy')).toBe('false');
    // Asking again shows the loading line as a status (polite live region) while the page is read.
    await popup.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      new MutationObserver(() => {
        const s = document.querySelector('[role="status"].kq-loading');
        if (s) (window as unknown as { seen: string[] }).seen.push(`${s.textContent}|${document.querySelector('main')!.getAttribute('aria-busy')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await popup.locator('[data-testid="summarize-anyway"]').click();
    await popup.locator('[data-testid="key-quote"]').first().waitFor();
    expect(await popup.evaluate(() => (window as unknown as { seen: string[] }).seen)).toContain('Reading the page…|true');
  });

  it('Escape closes the note editor it opened and gives focus back to its button', async () => {
    const popup = await popupWithSummary(h, '/highlights-article.html');
    await popup.locator('[data-testid="save-quote"]').first().click();
    const edit = popup.locator('[data-testid="hl-note-edit"]').first();
    await edit.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('hl-note-input');
    await popup.keyboard.type('draft');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.locator('[data-testid="hl-note-input"]').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('hl-note-edit');
    expect(await popup.locator('[data-testid="hl-note"]').count()).toBe(0);
  });

  it('options: the clear-data dialog opens by keyboard, Escape closes it, focus returns', async () => {
    const page = await optionsPage(h);
    await page.locator('[data-testid="clear-open"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="clear-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // Focus starts on Cancel, the safe choice.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('clear-cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="clear-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('clear-open');
  });
});

describe('right-to-left pages', () => {
  const h = useHarness();

  it('the summary follows the page’s direction; the popup around it stays in the UI’s', async () => {
    const page = await openPage(h, '/real/rtl-1.html');
    const popup = await openPopupFor(h, page);
    const quote = popup.locator('[data-testid="key-quote"]').first();
    await quote.waitFor();
    expect(await popup.locator('.kq-summary').getAttribute('dir')).toBe('rtl');
    expect(await quote.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    expect(await popup.locator('.kq-bar').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  });
});
