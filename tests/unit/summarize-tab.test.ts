import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseHTML } from 'linkedom';
import { summarizeTab } from '@/utils/background/summarize-tab';
import { extractArticle } from '@/utils/extract/extract-article';
import { readFixture } from './fixture';

const URL_A = 'https://ledger.example/politics/trump';

/** A tab showing `html`; executeScript runs the real extraction on it. */
async function tabWith(html: string, url = URL_A) {
  const tab = await fakeBrowser.tabs.create({ url });
  const executeScript = vi.fn(async () => [{ result: extractArticle(parseHTML(html).document as unknown as Document, { url }) }]);
  (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
  return { tabId: tab.id!, executeScript };
}

/** The cache is written a task after the answer: wait for it. */
const written = () => new Promise((r) => setTimeout(r, 0));

/** summarizeTab, then the cache write that follows the answer. */
async function summarizeAndKeep(...args: Parameters<typeof summarizeTab>) {
  try {
    return await summarizeTab(...args);
  } finally {
    await written();
  }
}

describe('summarizeTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('summarizes the sample article and answers again from the cache', async () => {
    const { tabId, executeScript } = await tabWith(readFixture('pages/seed-politics.html'));
    const first = await summarizeAndKeep({ tabId, length: 'short' });
    expect(first.title).toBe('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(first.keyQuotes).toHaveLength(3);
    expect(first.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Donald Trump', 'Ihor Klymenko']));
    expect(await summarizeAndKeep({ tabId, length: 'short' })).toEqual(first);
    // Another length re-summarizes the cached article without reading the page again.
    expect((await summarizeAndKeep({ tabId, length: 'long' })).keyQuotes).toHaveLength(8);
    expect(executeScript).toHaveBeenCalledTimes(1);
    await summarizeAndKeep({ tabId, length: 'short', fresh: true });
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('reads the cache once and writes it once per answer (the article with its summary)', async () => {
    const { tabId } = await tabWith(readFixture('pages/seed-politics.html'));
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await summarizeTab({ tabId, length: 'short' });
    // The answer does not wait for the write; the write follows at once.
    expect(set).not.toHaveBeenCalled();
    await written();
    expect([get.mock.calls.length, set.mock.calls.length]).toEqual([1, 1]);
    await summarizeAndKeep({ tabId, length: 'long' });
    expect([get.mock.calls.length, set.mock.calls.length]).toEqual([2, 2]);
    // Both lengths are kept beside the article: each answers from the cache now, without a write.
    const short = await summarizeAndKeep({ tabId, length: 'short' });
    expect(short.keyQuotes).toHaveLength(3);
    expect((await summarizeAndKeep({ tabId, length: 'long' })).keyQuotes).toHaveLength(8);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('says a page is not an article, then summarizes its visible text on request', async () => {
    const { tabId } = await tabWith(readFixture('pages/search-results.html'), 'https://search.example/?q=x');
    await expect(summarizeAndKeep({ tabId, length: 'short' })).rejects.toMatchObject({ code: 'not-article' });
    const s = await summarizeAndKeep({ tabId, length: 'short', anyway: true });
    expect(s.source).toBe('visible-text');
    expect(s.keyQuotes.length).toBeGreaterThan(0);
  });

  it('says an empty page has nothing to summarize', async () => {
    const { tabId } = await tabWith(readFixture('pages/empty.html'));
    await expect(summarizeAndKeep({ tabId, length: 'short', anyway: true })).rejects.toMatchObject({ code: 'empty' });
  });

  it('refuses restricted pages before trying to read them', async () => {
    const { tabId, executeScript } = await tabWith('<p>x</p>', 'chrome://settings/');
    await expect(summarizeAndKeep({ tabId, length: 'short' })).rejects.toMatchObject({ code: 'restricted' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('maps a refused injection to a clear message', async () => {
    const { tabId, executeScript } = await tabWith('<p>x</p>', 'https://ex.com/');
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(summarizeAndKeep({ tabId, length: 'short' })).rejects.toMatchObject({ code: 'no-access' });
    executeScript.mockRejectedValueOnce(new Error('The extensions gallery cannot be scripted.'));
    await expect(summarizeAndKeep({ tabId, length: 'short', fresh: true })).rejects.toMatchObject({ code: 'restricted' });
  });

  it('says when the tab is gone', async () => {
    await expect(summarizeAndKeep({ tabId: 999, length: 'short' })).rejects.toMatchObject({ code: 'no-tab' });
  });
});
