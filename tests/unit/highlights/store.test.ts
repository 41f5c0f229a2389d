import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { changeHighlight, clearAllData, importHighlights, removeHighlight, saveCapture } from '@/utils/background/highlights-write';
import { readAllPages, readPage } from '@/utils/highlights/store';
import type { Capture } from '@/utils/highlights/types';

const cap = (key: string, exact: string, start = 0): Capture => ({
  key,
  href: key,
  title: 'A page',
  quote: { exact, prefix: '', suffix: '', start, end: start + exact.length },
});

describe('stored highlights', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('migrates a version 1 page (text only) when first read', async () => {
    const url = 'https://ex.com/v1';
    await fakeBrowser.storage.local.set({
      [`hl:${url}`]: { url, title: 'Old', items: [{ id: 'a', text: 'Some\u00A0old   text', color: 'green', created: 5 }, { id: 'b', text: 'More', color: 'purple' }] },
    });
    const page = await readPage(url);
    expect(page).toMatchObject({ url, title: 'Old' });
    expect(page!.highlights).toEqual([
      { id: 'a', href: url, exact: 'Some old text', prefix: '', suffix: '', start: -1, end: -1, color: 'green', note: '', created: 5, updated: 5 },
      expect.objectContaining({ id: 'b', color: 'yellow', exact: 'More' }),
    ]);
    // Written back as version 2.
    const raw = await fakeBrowser.storage.local.get([`hl:${url}`, `hl:${url}$`]);
    expect(raw[`hl:${url}$`]).toEqual({ v: 2 });
    expect((raw[`hl:${url}`] as { highlights: unknown[] }).highlights).toHaveLength(2);
    // The bulk reader upgrades version 1 pages it finds in memory too.
    await fakeBrowser.storage.local.set({ 'hl:https://ex.com/other': { url: 'https://ex.com/other', items: [{ id: 'c', text: 'x' }] } });
    expect((await readAllPages()).map((p) => p.highlights.length).sort()).toEqual([1, 2]);
  });

  it('clears everything only after the saves asked for before it', async () => {
    const url = 'https://ex.com/clear';
    await fakeBrowser.storage.session.set({ 'tab:1': { url } });
    const saves = Array.from({ length: 5 }, (_, i) => saveCapture(cap(url, `Before ${i}.`, i * 20)));
    await clearAllData();
    await Promise.all(saves);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    await saveCapture(cap(url, 'After.'));
    expect((await readPage(url))!.highlights.map((h) => h.exact)).toEqual(['After.']);
  });

  it('loses no write when many saves arrive at once', async () => {
    const url = 'https://ex.com/busy';
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveCapture(cap(url, `Sentence ${i}.`, i * 20))));
    expect((await readPage(url))!.highlights).toHaveLength(50);
  });

  it('keeps one highlight when the same passage is saved twice', async () => {
    const url = 'https://ex.com/twice';
    const [a, b] = await Promise.all([saveCapture(cap(url, 'Same.')), saveCapture(cap(url, 'Same.'))]);
    expect(a.id).toBe(b.id);
    expect((await readPage(url))!.highlights).toHaveLength(1);
  });

  it('changes colour and note, deletes one of two overlapping highlights, removes an empty page', async () => {
    const url = 'https://ex.com/edit';
    const one = await saveCapture(cap(url, 'alpha beta gamma', 0));
    const two = await saveCapture(cap(url, 'beta gamma delta', 6), 'blue');
    await changeHighlight(url, one.id, { note: 'why it matters' });
    await changeHighlight(url, one.id, { color: 'pink' });
    expect((await readPage(url))!.highlights.find((h) => h.id === one.id)).toMatchObject({ color: 'pink', note: 'why it matters' });
    expect(await removeHighlight(url, one.id)).toEqual({ deleted: true });
    expect((await readPage(url))!.highlights.map((h) => h.id)).toEqual([two.id]);
    await removeHighlight(url, two.id);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await expect(changeHighlight(url, 'gone', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('says the storage is full and keeps everything saved before', async () => {
    const url = 'https://ex.com/full';
    await saveCapture(cap(url, 'Kept.'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveCapture(cap(url, 'New.', 10))).rejects.toMatchObject({ code: 'quota', message: expect.stringMatching(/storage is full/) });
    await expect(importHighlights('{"format":"keyquote-highlights","version":1,"exported":"","pages":[]}')).resolves.toEqual({ added: 0, pages: 0 });
    vi.restoreAllMocks();
    expect((await readPage(url))!.highlights.map((h) => h.exact)).toEqual(['Kept.']);
    // The queue keeps working after a failed write.
    await saveCapture(cap(url, 'Later.', 20));
    expect((await readPage(url))!.highlights).toHaveLength(2);
  });
});
