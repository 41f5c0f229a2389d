// Storage full (quota reached): every write path says so and nothing saved before is lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { changeHighlight, importHighlights, removeHighlight, saveCapture } from '@/utils/background/highlights-write';
import { toExport } from '@/utils/highlights/exchange';
import { readAllPages } from '@/utils/highlights/store';
import { storeArticle, storePage, tabEntry } from '@/utils/summary-cache';
import type { ArticleData } from '@/utils/article';
import type { Summary } from '@/utils/summary';
import { cap } from './fixtures';

const quotaFull = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));

describe('storage full', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('refuses each highlight change with the quota message and keeps what was saved', async () => {
    const kept = await saveCapture(cap('https://ex.com/a', 'Kept.'));
    const before = await fakeBrowser.storage.local.get(null);
    quotaFull();
    const quota = { code: 'quota', message: expect.stringMatching(/storage is full/) };
    await expect(saveCapture(cap('https://ex.com/a', 'New.', 9))).rejects.toMatchObject(quota);
    await expect(changeHighlight('https://ex.com/a', kept.id, { note: 'n' })).rejects.toMatchObject(quota);
    const file = JSON.stringify(toExport([{ url: 'https://ex.com/b', title: 'B', highlights: [{ ...kept, id: 'other', href: 'https://ex.com/b' }] }]));
    await expect(importHighlights(file)).rejects.toMatchObject(quota);
    // The import touched no page at all (one storage call), and the old data is byte for byte the same.
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    vi.restoreAllMocks();
    // Once there is room again, the same queue works, and deleting never needed room.
    await expect(importHighlights(file)).resolves.toEqual({ added: 1, pages: 1 });
    await expect(removeHighlight('https://ex.com/a', kept.id)).resolves.toEqual({ deleted: true });
    expect((await readAllPages()).map((p) => p.url)).toEqual(['https://ex.com/b']);
  });

  it('still answers with the summary when session storage cannot cache it', async () => {
    const article = { url: 'https://ex.com/s', paragraphs: ['One.'], isArticle: true } as ArticleData;
    const summary = { url: 'https://ex.com/s', keyQuotes: [], quotes: [] } as unknown as Summary;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded'));
    // Not thrown: the summary goes to the user, only the cache is skipped (and the skip is logged).
    await expect(storeArticle(1, article)).resolves.toBeUndefined();
    await expect(storePage(1, { url: article.url, article, summaries: { short: summary } })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(await tabEntry(1)).toBeNull();
  });
});
