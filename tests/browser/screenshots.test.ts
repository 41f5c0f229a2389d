// README pictures from real runs on the fixture pages, light and dark, so they never go stale:
// `npm run screenshots` writes them to docs/screenshots/; otherwise they go to the test artifacts.
// Each run also checks what a picture would show badly: sideways overflow, clipped text.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor, useHarness } from './harness';
import { articleCopy, highlightsPage, optionsPage, popupWithSummary, sidePanel } from './a11y-scenes';
import { saveViaMenu, selectText } from './highlights-helpers';

const OUT = process.env.KEYQUOTE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'tests/browser/.artifacts/screenshots';

/** Nothing wider than the page, and no text cut off inside its box (ellipsis or hidden overflow). */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    // .kq-sr is clipped on purpose: text for screen readers only.
    for (const el of document.querySelectorAll<HTMLElement>('main *:not(.kq-sr)')) {
      const s = getComputedStyle(el);
      if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`clipped: ${el.className || el.tagName}`);
    }
    return out;
  });
}

async function shoot(page: Page, name: string, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await layoutProblems(page), `${name} ${colorScheme}`).toEqual([]);
    await page.screenshot({ path: join(OUT, `${name}-${colorScheme}.png`) });
  }
}

describe('screenshots', () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });
  const h = useHarness();

  it('popup, side panel, Highlights page and options', async () => {
    // The popup is 420 px wide; browsers cap popups at 800×600.
    await shoot(await popupWithSummary(h), 'popup', { width: 420, height: 600 });
    await shoot(await sidePanel(h), 'sidepanel', { width: 400, height: 720 });
    await shoot(await highlightsPage(h), 'highlights', { width: 900, height: 560 });
    await shoot(await optionsPage(h), 'options', { width: 760, height: 720 });
  });

  it('saving a highlight, step by step', async () => {
    const page = await articleCopy(h, '/ferry.html');
    await page.setViewportSize({ width: 760, height: 360 });
    await selectText(page, 'Fishermen welcomed the news');
    await page.screenshot({ path: join(OUT, 'step-1-select.png') });
    await saveViaMenu(h, page);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.screenshot({ path: join(OUT, 'step-2-saved.png') });
    const popup = await openPopupFor(h, page);
    await popup.setViewportSize({ width: 420, height: 600 });
    const item = popup.locator('[data-testid="hl-item"]').first();
    await item.waitFor();
    await popup.locator('.kq + .kq').screenshot({ path: join(OUT, 'step-3-popup.png') });
  });
});
