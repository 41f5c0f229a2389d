// Stored values Keyquote did not write (damaged, an older or another program's): read around, never destroyed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importHighlights, saveCapture } from '@/utils/background/highlights-write';
import { toExport } from '@/utils/highlights/exchange';
import { keptKeyOf, readAllPages, readPage, unreadableKeys } from '@/utils/highlights/store';
import { cachedArticle, storeArticle, tabEntry } from '@/utils/summary-cache';
import type { ArticleData } from '@/utils/article';
import { cap } from './fixtures';

const FOREIGN: Record<string, unknown> = {
  string: 'hello',
  array: [1, 2, 3],
  'future version': { version: 99, notes: ['x'] },
  'highlights not a list': { url: 'x', highlights: 'nope' },
};

describe('corrupted or foreign stored values', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  for (const [name, value] of Object.entries(FOREIGN)) {
    it(`${name}: read as no highlights, listed as unreadable, kept aside when a highlight is saved there`, async () => {
      const url = `https://ex.com/${encodeURIComponent(name)}`;
      const key = `hl:${url}`;
      await fakeBrowser.storage.local.set({ [key]: value, 'hl:https://ex.com/ok': { url: 'https://ex.com/ok', title: '', highlights: [] } });
      expect(await readPage(url)).toBeNull();
      // The first read (which runs the schema migration) did not overwrite it.
      expect((await fakeBrowser.storage.local.get(key))[key]).toEqual(value);
      expect((await readAllPages()).map((p) => p.url)).toEqual(['https://ex.com/ok']);
      expect(unreadableKeys(await fakeBrowser.storage.local.get(null))).toEqual([key]);

      await saveCapture(cap(url, 'New one.'));
      expect((await readPage(url))!.highlights.map((h) => h.exact)).toEqual(['New one.']);
      const kept = await fakeBrowser.storage.local.get(keptKeyOf(key));
      expect(kept[keptKeyOf(key)]).toMatchObject({ value });
      // Still reported (from where it was kept), so the user can be told.
      expect(unreadableKeys(await fakeBrowser.storage.local.get(null))).toEqual([keptKeyOf(key)]);
    });
  }

  it('a version 1 page is upgraded, not treated as foreign; a newer version mark is left alone', async () => {
    const url = 'https://ex.com/v1';
    await fakeBrowser.storage.local.set({ [`hl:${url}`]: { url, items: [{ id: 'a', text: 'Old text' }] } });
    expect((await readPage(url))!.highlights.map((h) => h.exact)).toEqual(['Old text']);
    expect(unreadableKeys(await fakeBrowser.storage.local.get(null))).toEqual([]);

    const future = 'https://ex.com/future';
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const raw = { [`hl:${future}`]: { url: future, title: 'F', highlights: [], more: 1 }, [`hl:${future}$`]: { v: 99 } };
    await fakeBrowser.storage.local.set(raw);
    await readPage(future);
    expect(await fakeBrowser.storage.local.get(Object.keys(raw))).toEqual(raw);
    error.mockRestore();
  });

  it('an import over a foreign value keeps it aside, all in one write', async () => {
    const url = 'https://ex.com/imp';
    await fakeBrowser.storage.local.set({ [`hl:${url}`]: 'garbage' });
    const h = { id: 'i1', href: url, exact: 'Imported.', prefix: '', suffix: '', start: 0, end: 9, color: 'blue', note: '', created: 1, updated: 1 } as const;
    await expect(importHighlights(JSON.stringify(toExport([{ url, title: 'I', highlights: [h] }])))).resolves.toEqual({ added: 1, pages: 1 });
    expect((await fakeBrowser.storage.local.get(keptKeyOf(`hl:${url}`)))[keptKeyOf(`hl:${url}`)]).toMatchObject({ value: 'garbage' });
  });

  it('a damaged summary cache entry is a miss, and is replaced by the next summary', async () => {
    const url = 'https://ex.com/s';
    for (const garbage of ['x', [1], { url, article: 'x', summaries: {} }, { url, article: { paragraphs: [] }, summaries: { short: 'x' } }]) {
      await fakeBrowser.storage.session.set({ 'tab:1': garbage });
      expect(await tabEntry(1)).toBeNull();
      expect(await cachedArticle(1, url)).toBeNull();
    }
    await storeArticle(1, { url, paragraphs: ['One.'], isArticle: true } as ArticleData);
    expect(await cachedArticle(1, url)).toMatchObject({ paragraphs: ['One.'] });
  });
});
