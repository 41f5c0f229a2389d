// The long length of a long page with headings is an outline, in the popup, the side panel and Copy as Markdown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, openPage, openPopupFor, squeeze, useHarness } from './harness';
import { audit } from './a11y-scenes';
import { revealed } from './highlights-helpers';
import { clickMenu } from './sidepanel-helpers';

const PAGE = '/real/sre-monitoring.html'; // a 4,000-word book chapter with 13 sections
const TITLE = (JSON.parse(readFileSync('tests/fixtures/pages/real/sre-monitoring.meta.json', 'utf8')) as { title: string }).title;

/** The outline's sections as shown: heading (null when none) and the quotes under it. */
async function outlineOf(view: Page): Promise<{ heading: string | null; quotes: string[] }[]> {
  return view.locator('[data-testid="outline-section"]').evaluateAll((els) =>
    els.map((el) => ({
      heading: el.querySelector('[data-testid="outline-heading"]')?.textContent ?? null,
      quotes: [...el.querySelectorAll('[data-testid="key-quote"]')].map((q) => q.textContent ?? ''),
    })),
  );
}

/** Checks what an outline must be: the page's headings, in page order, each with quotes of the page. */
async function expectOutline(view: Page, page: Page): Promise<{ heading: string | null; quotes: string[] }[]> {
  await expect.poll(() => view.locator('[data-testid="outline-section"]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
  const sections = await outlineOf(view);
  const pageText = squeeze(await page.evaluate(() => document.body.textContent ?? ''));
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()));
  let at = -1;
  for (const s of sections) {
    if (s.heading !== null) expect(headings).toContain(s.heading);
    expect(s.quotes.length).toBeGreaterThanOrEqual(1);
    for (const q of s.quotes) {
      const where = pageText.indexOf(squeeze(q), at + 1);
      expect(where).toBeGreaterThan(at); // verbatim from the page, in page order
      at = where;
    }
  }
  expect(sections.map((s) => s.heading)).toContain('The Four Golden Signals');
  return sections;
}

describe('outline of a long page', () => {
  const h = useHarness();

  it('popup: short stays three key quotes; long shows each section heading with its quotes, which reveal on the page and copy as Markdown', async () => {
    const page = await openPage(h, PAGE);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count(), { timeout: 15_000 }).toBe(3);
    expect(await popup.locator('[data-testid="outline"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="summary-title"]').textContent()).toBe(TITLE);

    expect(await popup.locator('[data-testid="length-long"]').textContent()).toBe('long (8)');

    await popup.click('[data-testid="length-long"]');
    const sections = await expectOutline(popup, page);
    // The long length shows sections, not eight quotes: its label says so.
    expect(await popup.locator('[data-testid="length-long"]').textContent()).toBe('long (outline)');
    expect(await audit(popup)).toEqual([]); // axe-core: headings, lists and names of the outline

    // A quote of the last section is clickable like any key quote: it is revealed on the page.
    const last = popup.locator('[data-testid="outline-section"]').last().locator('[data-testid="key-quote"]').first();
    const text = (await last.textContent())!;
    await last.click();
    await expect.poll(() => revealed(page)).toBe(text);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await popup.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => void ((window as unknown as { copied: string }).copied = t);
    });
    await popup.click('[data-testid="copy-markdown"]');
    await expect.poll(() => popup.locator('[data-testid="copy-markdown"]').textContent()).toBe('Copied');
    const md = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(md).toContain('### Outline');
    expect(md).toContain('\n#### The Four Golden Signals\n');
    expect(md.match(/^- \[“/gm)?.length).toBe(sections.reduce((n, s) => n + s.quotes.length, 0));
    await popup.click('[data-testid="length-short"]'); // the length is remembered: leave the default
    await popup.close();
    await page.close();
  });

  it('popup on a Wikipedia article: headings without their "[edit]" links, and no references or external links', async () => {
    const page = await openPage(h, '/real/wikipedia-mozilla.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count(), { timeout: 15_000 }).toBe(3);
    await popup.click('[data-testid="length-long"]');
    await expect.poll(() => popup.locator('[data-testid="outline-section"]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
    const headings = (await outlineOf(popup)).map((s) => s.heading).filter((x): x is string => x !== null);
    expect(headings).toContain('History');
    expect(headings.filter((x) => /\]$|^(?:External links|References|See also)$/u.test(x))).toEqual([]);
    // Key quotes keep their reference marks at the end and never open on one ("4] The project…").
    const quotes = await popup.locator('[data-testid="key-quote"]').allTextContents();
    expect(quotes.filter((q) => /^\W*\d+\]|\[$/u.test(q))).toEqual([]);
    await popup.click('[data-testid="length-short"]'); // the length is remembered: leave the default
    await popup.close();
    await page.close();
  });

  it('side panel: the long length is the outline there too', async () => {
    const page = await openPage(h, `${PAGE}?test=panel`);
    const tabId = await clickMenu(h, page, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await panel.locator('[data-testid="key-quote"]').first().waitFor({ timeout: 15_000 });
    await panel.click('[data-testid="length-short"]');
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    await panel.click('[data-testid="length-long"]');
    await expectOutline(panel, page);
    await panel.click('[data-testid="length-short"]');
    await panel.close();
    await page.close();
  });
});
