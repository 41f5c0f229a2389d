// readTab on pages the browser does not let it script: a clear reason, never a raw browser error.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readTab } from '@/utils/background/read-tab';

/** A tab at `url` where injection fails with the browser's `error`. */
async function failingTab(url: string, error: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  const executeScript = vi.fn(async () => {
    throw new Error(error);
  });
  (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
  return tab.id!;
}

describe('readTab on pages it may not script', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    // (url the tab shows, the browser's injection error, code, what the user is told)
    ['file:///home/me/notes.html', 'Cannot access contents of url "file:///home/me/notes.html". Extension manifest must request permission to access this host.', 'restricted', /Allow access to file URLs/],
    ['about:blank', 'Cannot access contents of url "about:blank".', 'restricted', /browser’s own pages/],
    ['data:text/html,<p>x</p>', 'Cannot access contents of the page.', 'restricted', /cannot read this kind of page/],
    ['https://news.example/a', 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-access', /Click the Keyquote icon/],
    ['https://news.example/b', 'Frame with ID 0 was removed.', 'no-access', /Click the Keyquote icon/],
  ])('%s → %s', async (url, error, code, says) => {
    const tabId = await failingTab(url, error);
    const err = await readTab(tabId).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'KeyquoteError', code });
    expect((err as Error).message).toMatch(says);
  });

  it('maps the error alone when the browser hides the tab’s URL', async () => {
    const tabId = await failingTab('', 'Cannot access contents of url "file:///tmp/a.txt".');
    await expect(readTab(tabId)).rejects.toMatchObject({ code: 'restricted', message: expect.stringMatching(/file URLs/) });
  });
});
