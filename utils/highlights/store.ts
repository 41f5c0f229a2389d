// Reading and writing stored highlights: one storage key per page (its normalized URL),
// versioned with @wxt-dev/storage so older data is migrated when first read.
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { asPage, migrations, SCHEMA_VERSION } from './migrate';
import { storageKeyOf } from './normalize-url';
import type { PageHighlights } from './types';

const items = new Map<string, WxtStorageItem<PageHighlights | null, Record<string, unknown>>>();

function pageItem(url: string) {
  let item = items.get(url);
  if (!item) {
    item = storage.defineItem<PageHighlights | null>(`local:${storageKeyOf(url)}`, {
      fallback: null,
      version: SCHEMA_VERSION,
      migrations,
    });
    items.set(url, item);
  }
  return item;
}

export async function readPage(url: string): Promise<PageHighlights | null> {
  return asPage(await pageItem(url).getValue());
}

/** Where a value Keyquote cannot read is kept when a page is saved over it: never listed, never lost. */
export const keptKeyOf = (key: string) => `unreadable:${key}`;

/**
 * Writes pages (an empty one is removed) in ONE storage call, with their schema version:
 * either all land or none (an import touching many pages, a full quota). A stored value that is
 * not a page of any known version (corrupted, another program's) is moved to `unreadable:<key>`
 * in that same call rather than overwritten.
 */
export async function writePages(pages: PageHighlights[]): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const keys = pages.map((p) => storageKeyOf(p.url));
  const now = await browser.storage.local.get(keys.flatMap((k) => [k, `${k}$`]));
  pages.forEach((p, i) => {
    const key = keys[i]!;
    if (now[key] != null && !asPage(now[key])) set[keptKeyOf(key)] = { value: now[key], meta: now[`${key}$`] ?? null };
    if (p.highlights.length === 0) remove.push(key, `${key}$`);
    else Object.assign(set, { [key]: p, [`${key}$`]: { v: SCHEMA_VERSION } });
  });
  if (Object.keys(set).length > 0) await browser.storage.local.set(set);
  if (remove.length > 0) await browser.storage.local.remove(remove);
}

/** Storage keys of stored values that are not pages Keyquote can read (to tell the user; they are kept). */
export function unreadableKeys(dump: Record<string, unknown>): string[] {
  return Object.keys(dump).filter(
    (k) => (k.startsWith('hl:') && !k.endsWith('$') && !asPage(dump[k])) || k.startsWith(keptKeyOf('')),
  );
}

/** Every stored page in a raw storage dump, upgraded in memory. */
export function pagesFromDump(dump: Record<string, unknown>): PageHighlights[] {
  const pages: PageHighlights[] = [];
  for (const [key, value] of Object.entries(dump)) {
    if (!key.startsWith('hl:')) continue;
    // A meta entry ({ v }) has neither `highlights` nor `items`: asPage skips it.
    const page = asPage(value, (dump[`${key}$`] as { v?: number } | undefined)?.v ?? 1);
    if (page) pages.push(page);
  }
  return pages;
}

export async function readAllPages(): Promise<PageHighlights[]> {
  return pagesFromDump(await browser.storage.local.get(null));
}

/** Every stored page, and how many stored values could not be read (kept, shown as a count). */
export async function readAllStored(): Promise<{ pages: PageHighlights[]; unreadable: number }> {
  const dump = await browser.storage.local.get(null);
  return { pages: pagesFromDump(dump), unreadable: unreadableKeys(dump).length };
}
