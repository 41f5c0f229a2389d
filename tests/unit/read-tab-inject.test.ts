// readTab injects the extraction script at once, into a loaded tab and into one still loading (the script waits for the HTML itself).
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

  it('injects into a tab still loading without waiting for its load event (the script waits for the HTML, html-parsed.ts)', async () => {
    expect(await injectionFor('loading')).toMatchObject({ files: ['/extract.js'], injectImmediately: true });
  });
});
