// The extension pages in the states users see them, shared by the accessibility audit and the
// README screenshots; and axe-core run inside a page (evaluated, as the extension CSP forbids
// injected <script> tags but not DevTools evaluation).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openExtensionPage, openPage, openPopupFor, tabIdOf, type Harness } from './harness';
import { saveViaMenu, selectText } from './highlights-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page as it is now (every rule axe runs by default). */
export async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The highlights fixture at a path of its own (without its canonical link): a page with no highlights yet. */
export async function articleCopy(h: Harness, path: string): Promise<Page> {
  const html = await readFile('tests/fixtures/pages/highlights-article.html', 'utf8');
  h.server.route(path, html.replace(/<link rel="canonical"[^>]*>/, ''));
  return openPage(h, path);
}

const keyQuotes = (p: Page) => p.locator('[data-testid="key-quote"]');

/** The popup on the sample article, with its key quotes and the page's highlights list. */
export async function popupWithSummary(h: Harness, path = '/seed-politics.html'): Promise<Page> {
  const article = await openPage(h, path);
  const popup = await openPopupFor(h, article);
  await expect.poll(() => keyQuotes(popup).count()).toBeGreaterThanOrEqual(3);
  await popup.locator('[data-testid="hl-panel"]').waitFor();
  return popup;
}

/** The popup on a page that is not an article: the message and "Summarize anyway". */
export async function popupWithError(h: Harness): Promise<Page> {
  const page = await openPage(h, '/search-results.html');
  const popup = await openPopupFor(h, page);
  await popup.locator('[data-testid="summary-error"]').waitFor();
  await popup.locator('[data-testid="hl-panel"]').waitFor();
  return popup;
}

/** The side panel (opened as a page) after the user pressed its Summarize button. */
let visit = 0;
export async function sidePanel(h: Harness, path = '/seed-politics.html'): Promise<Page> {
  // A URL of its own: tabIdOf finds tabs by URL, and another tab of the page may have a summary already.
  const article = await openPage(h, `${path}?panel=${++visit}`);
  const tabId = await tabIdOf(h, article);
  const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
  await panel.locator('[data-testid="summarize"]').click();
  await expect.poll(() => keyQuotes(panel).count()).toBeGreaterThanOrEqual(3);
  return panel;
}

/** Saves passages of the highlights fixture (one with a note), then opens the Highlights page. */
export async function highlightsPage(h: Harness): Promise<Page> {
  const article = await openPage(h, '/highlights-article.html');
  for (const passage of ['night ferry between Portmere', 'The decision was unanimous.']) {
    await selectText(article, passage);
    await saveViaMenu(h, article);
  }
  const list = await openExtensionPage(h, 'highlights.html');
  await expect.poll(() => list.locator('[data-testid="hl-row"]').count()).toBeGreaterThanOrEqual(2);
  return list;
}

export async function optionsPage(h: Harness): Promise<Page> {
  const page = await openExtensionPage(h, 'options.html');
  await page.locator('[data-testid="length-short"][aria-checked]').first().waitFor();
  await page.locator('[data-testid="opt-color-yellow"]').waitFor();
  return page;
}
