// The right-click flows end to end: real menu listener, real side panel page, real Chromium.
import { describe, expect, it } from 'vitest';
import { openExtensionPage, openPage, squeeze, stopWorker, tabIdOf, useHarness } from './harness';
import { clickMenu, quotesOf, selectedText, wakeWorker } from './sidepanel-helpers';
import { painted } from './highlights-helpers';


const TITLE = 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict';

describe('side panel from the context menu', () => {
  const h = useHarness();

  it('"Summarize page" shows the key quotes and who said what in the side panel at once', async () => {
    const article = await openPage(h, '/seed-politics.html?test=menu');
    const tabId = await clickMenu(h, article, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    expect(await panel.locator('[data-testid="summary-title"]').textContent()).toBe(TITLE);
    const speakers = await panel.locator('[data-testid="quote-speaker"]').allTextContents();
    expect(speakers).toContain('Donald Trump');
    // The popup's features work there too: the length picker, for one.
    await panel.click('[data-testid="length-medium"]');
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(5);
    await panel.click('[data-testid="length-short"]');
    // Save as highlight, as in the popup: the quote is painted on the page.
    const save = panel.locator('[data-testid="save-quote"]').first();
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved');
    await expect.poll(async () => (await painted(article)).length).toBe(1);
    await panel.close();
  });

  it('"Summarize selection" shows key quotes of the selected posts only', async () => {
    const thread = await openPage(h, '/forum-thread.html?test=selection');
    const selection = await selectedText(thread, '.selected');
    const tabId = await clickMenu(h, thread, 'summarize-selection', selection);
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    expect(await panel.locator('[data-testid="summary-selection"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="summary-title"]').textContent()).toMatch(/^Winter composting/);
    const outside = await thread.evaluate(() =>
      [...document.querySelectorAll('.post')].filter((p) => !p.closest('.selected')).map((p) => p.textContent!),
    );
    for (const q of await quotesOf(panel)) {
      expect(squeeze(selection)).toContain(squeeze(q));
      for (const post of outside) expect(squeeze(post)).not.toContain(squeeze(q));
    }
    // "Summarize page" on the same tab replaces the selection's summary with the page's.
    await clickMenu(h, thread, 'summarize-page');
    await expect.poll(() => panel.locator('[data-testid="summary-selection"]').count()).toBe(0);
    await panel.close();
  });

  it('follows the active tab: its cached summary, or a Summarize button that works', async () => {
    const article = await openPage(h, '/seed-politics.html?test=follow');
    const articleTab = await clickMenu(h, article, 'summarize-page');
    const other = await openPage(h, '/seed-politics.html?test=follow-other');
    const otherTab = await tabIdOf(h, other);
    // No ?tab: the panel speaks about the active tab of its window (never about itself).
    const panel = await openExtensionPage(h, 'sidepanel.html');
    const activate = async (tabId: number) =>
      (await h.worker()).evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    await activate(articleTab);
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    expect(await panel.locator('[data-testid="summary-title"]').textContent()).toBe(TITLE);
    await activate(otherTab);
    await expect.poll(() => panel.locator('[data-testid="summarize"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="key-quote"]').count()).toBe(0);
    await panel.click('[data-testid="summarize"]');
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    // Back to the first tab: its summary again, straight from the cache.
    await activate(articleTab);
    await expect.poll(() => panel.locator('[data-testid="summary-title"]').textContent()).toBe(TITLE);
    await panel.close();
  });

  it('clears a summary when its tab navigates to another page', async () => {
    const article = await openPage(h, '/seed-politics.html?test=navigate');
    const tabId = await clickMenu(h, article, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    await article.goto(h.server.url('/forum-thread.html'));
    await expect.poll(() => panel.locator('[data-testid="summarize"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="key-quote"]').count()).toBe(0);
    await panel.close();
  });

  it('keeps working after the browser stopped the service worker between two clicks', async () => {
    const thread = await openPage(h, '/forum-thread.html?test=worker');
    const tabId = await clickMenu(h, thread, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="summary-title"]').textContent()).toMatch(/^Winter composting/);
    await stopWorker(h); // returns once the worker is gone: the next event must start a new one
    // A fresh worker must know the menu items and find the state where the old one left it.
    await wakeWorker(panel);
    const selection = await selectedText(thread, '#p8');
    await clickMenu(h, thread, 'summarize-selection', selection);
    await expect.poll(() => panel.locator('[data-testid="summary-selection"]').count()).toBe(1);
    for (const q of await quotesOf(panel)) expect(squeeze(selection)).toContain(squeeze(q));
    // The panel reopened later shows the same, from session storage.
    const again = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => again.locator('[data-testid="summary-selection"]').count()).toBe(1);
    await panel.close();
    await again.close();
  });
});
