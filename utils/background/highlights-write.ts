// Every change to stored highlights, applied one after another in the worker: two tabs saving at
// once both keep their highlights (each change reads the page fresh, inside the queue). The queue
// holds only in-flight work; the state itself lives in storage, so a stopped worker loses nothing.
import { KeyquoteError } from '../errors';
import { addHighlight, deleteHighlight, mergePage, updateHighlight } from '../highlights/edit';
import { ImportError, parseExport } from '../highlights/exchange';
import { browser } from 'wxt/browser';
import { readPage, writePages } from '../highlights/store';
import type { Capture, Color, Highlight, PageHighlights } from '../highlights/types';
import { t } from '../i18n';

let tail: Promise<unknown> = Promise.resolve();

/** Runs `task` after every change queued before it. */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

async function write(pages: PageHighlights[]): Promise<void> {
  try {
    await writePages(pages);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/quota/i.test(message)) {
      throw new KeyquoteError('quota', t('errQuota'));
    }
    throw err;
  }
}

export const saveCapture = (cap: Capture, color: Color = 'yellow'): Promise<Highlight> =>
  serialized(async () => {
    const { page, highlight } = addHighlight(await readPage(cap.key), cap, { id: crypto.randomUUID(), color, now: Date.now() });
    await write([page]);
    return highlight;
  });

export const changeHighlight = (url: string, id: string, change: { color?: Color; note?: string }): Promise<Highlight> =>
  serialized(async () => {
    const out = updateHighlight(await readPage(url), id, change, Date.now());
    if (!out) throw new KeyquoteError('not-found', t('errDeleted'));
    await write([out.page]);
    return out.highlight;
  });

export const removeHighlight = (url: string, id: string): Promise<{ deleted: boolean }> =>
  serialized(async () => {
    const page = deleteHighlight(await readPage(url), id);
    if (page) await write([page]);
    return { deleted: !!page };
  });

/** Imports an export file: all of it in one write, or nothing (a damaged file, a full storage). */
export const importHighlights = (json: string): Promise<{ added: number; pages: number }> =>
  serialized(async () => {
    let pages;
    try {
      pages = parseExport(json).pages;
    } catch (err) {
      if (err instanceof ImportError) throw new KeyquoteError('bad-file', err.message);
      throw err;
    }
    const changed = new Map<string, PageHighlights>();
    let added = 0;
    for (const incoming of pages) {
      const merged = mergePage(changed.get(incoming.url) ?? (await readPage(incoming.url)), incoming);
      if (merged.added > 0) changed.set(incoming.url, merged.page);
      added += merged.added;
    }
    await write([...changed.values()]);
    return { added, pages: changed.size };
  });

/** "Clear all data": in the same queue, so a save asked for just before cannot land after it. */
export const clearAllData = (): Promise<{ cleared: true }> =>
  serialized(async () => {
    await browser.storage.local.clear();
    await browser.storage.session?.clear();
    return { cleared: true };
  });
