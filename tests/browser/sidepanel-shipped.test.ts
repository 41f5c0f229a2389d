// The shipped build (no host access): the side panel, menu items and shortcuts are there, a selection
// is summarized from the menu's own text, and a page it may not read gets a clear message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, openExtensionPage, openPage, squeeze, useHarness } from './harness';
import { clickMenu, quotesOf, selectedText } from './sidepanel-helpers';

describe('side panel in the shipped build', () => {
  const h = useHarness({ build: 'shipped' });

  it('declares the side panel and the shortcuts, and no more access than before', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIRS.shipped, 'manifest.json'), 'utf8'));
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.commands['summarize-page'].suggested_key.default).toBe('Alt+Shift+K');
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+Q');
  });

  it('has both menu items', async () => {
    const worker = await h.worker();
    // update() fails when no item has that id: a cheap way to ask whether one exists.
    const exists = (id: string) =>
      worker.evaluate((i) => chrome.contextMenus.update(i, {}).then(() => true, () => false), id);
    // Created on install, asynchronously: wait for them rather than race the worker's start.
    await expect.poll(() => exists('summarize-page')).toBe(true);
    await expect.poll(() => exists('summarize-selection')).toBe(true);
    expect(await exists('no-such-item')).toBe(false);
  });

  it('summarizes a selection without reading the page: the menu hands over the text', async () => {
    const thread = await openPage(h, '/forum-thread.html?test=shipped');
    const selection = await selectedText(thread, '.selected');
    const tabId = await clickMenu(h, thread, 'summarize-selection', selection);
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="key-quote"]').count()).toBe(3);
    for (const q of await quotesOf(panel)) expect(squeeze(selection)).toContain(squeeze(q));
    // Leaving the page clears it, though this build may not even see the tab's new URL.
    await thread.goto(h.server.url('/seed-politics.html?test=shipped-next'));
    await expect.poll(() => panel.locator('[data-testid="summarize"]').count()).toBe(1);
    await panel.close();
  });

  it('says so in the panel when it may not read the page (automation cannot grant activeTab)', async () => {
    const article = await openPage(h, '/seed-politics.html?test=shipped');
    const tabId = await clickMenu(h, article, 'summarize-page');
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${tabId}`);
    const error = panel.locator('[data-testid="summary-error"]');
    await expect.poll(() => error.getAttribute('data-code')).toBe('no-access');
    await panel.close();
  });
});
