import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ArticleData } from '@/utils/article';
import type { Summary } from '@/utils/summary';
import { cachedArticle, forgetTab, hasCachedSummary, storeArticle, storePage, tabEntry } from '@/utils/summary-cache';
import { articleFromText } from '@/utils/text-article';

const article = (url: string): ArticleData => ({ ...articleFromText('One. Two.', { url, title: 'T' }), url });
const summary = (url: string) => ({ url, title: 'T', keyQuotes: [], quotes: [] }) as unknown as Summary;

describe('summary cache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives back the article and the summaries stored with it for the same tab and URL', async () => {
    await storePage(1, { url: 'https://a/', article: article('https://a/'), summaries: { short: summary('https://a/') } });
    expect((await cachedArticle(1, 'https://a/'))?.paragraphs).toEqual(['One. Two.']);
    expect(await hasCachedSummary(1, 'https://a/')).toBe(true);
    expect((await tabEntry(1))?.summaries).toEqual({ short: expect.objectContaining({ url: 'https://a/' }) });
  });

  it('treats an entry for another URL as stale (the tab navigated)', async () => {
    await storePage(1, { url: 'https://a/', article: article('https://a/'), summaries: { short: summary('https://a/') } });
    expect(await cachedArticle(1, 'https://b/')).toBeNull();
    expect(await hasCachedSummary(1, 'https://b/')).toBe(false);
  });

  it('keeps tabs apart and forgets a closed tab', async () => {
    await storeArticle(1, article('https://a/'));
    await storeArticle(2, article('https://a/'));
    await forgetTab(1);
    expect(await cachedArticle(1, 'https://a/')).toBeNull();
    expect(await cachedArticle(2, 'https://a/')).not.toBeNull();
  });

  it('survives a worker restart because it lives in storage, not memory', async () => {
    await storeArticle(7, article('https://a/'));
    const raw = await fakeBrowser.storage.session.get('tab:7');
    expect(raw['tab:7']).toMatchObject({ url: 'https://a/' });
  });
});
