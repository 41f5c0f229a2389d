// readTab reads a loaded tab at once, and lets a tab still loading finish first (its idle moment).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { readTab } from '@/utils/background/read-tab';

const ARTICLE = { url: 'https://news.example/a', title: 'A', paragraphs: ['One.'], headings: [], isArticle: true };

/** readTab on a tab in `status`, returning the options the script was injected with. */
async function injectionFor(status: 'complete' | 'loading') {
  const tab = await fakeBrowser.tabs.create({ url: ARTICLE.url });
  const executeScript = vi.fn(async (_: object) => [{ result: ARTICLE }]);
  (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
  const data = await readTab(tab.id!, { ...tab, status } as Browser.tabs.Tab);
  expect(data).toEqual(ARTICLE);
  return executeScript.mock.calls[0]![0];
}

describe('readTab injection timing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects into a loaded tab without waiting for its idle moment', async () => {
    expect(await injectionFor('complete')).toMatchObject({ files: ['/extract.js'], injectImmediately: true });
  });

  it('waits for a tab still loading, so that its page is read whole', async () => {
    expect(await injectionFor('loading')).toMatchObject({ injectImmediately: false });
  });
});
