// Schema versions of a page's stored highlights, and the pure steps between them.
// Version 1 (the first prototype) kept only the text: { url, title, items: [{ id, text, color, created }] }.
// Version 2 adds the text-quote and text-position selectors and a note.
import { normalizeText } from '../normalize-text';
import { isColor, type Highlight, type PageHighlights } from './types';

export const SCHEMA_VERSION = 2;

const isPage = (v: unknown): v is PageHighlights =>
  typeof v === 'object' && v !== null && Array.isArray((v as PageHighlights).highlights);

export interface PageV1 {
  url: string;
  title?: string;
  items: { id: string; text: string; color?: string; created?: number }[];
}

/** A version 1 page: an object with an `items` array. */
const isV1 = (v: unknown): v is PageV1 =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray((v as PageV1).items);

function v1ToV2(old: PageV1 | PageHighlights): PageHighlights {
  // A current value whose version mark is missing is already right: never turn it into an empty page.
  // Nor a foreign value (a string, an array, another add-on's object): returned as it is, so the
  // migration, which writes its result back, cannot replace it with an empty page.
  if (isPage(old) || !isV1(old)) return old as PageHighlights;
  const highlights = (old.items ?? []).map(
    (it): Highlight => ({
      id: it.id,
      href: old.url,
      exact: normalizeText(it.text),
      prefix: '',
      suffix: '',
      start: -1,
      end: -1,
      color: isColor(it.color) ? it.color : 'yellow',
      note: '',
      created: it.created ?? 0,
      updated: it.created ?? 0,
    }),
  );
  return { url: old.url, title: old.title ?? '', highlights };
}

/** Steps for @wxt-dev/storage's defineItem: the step to version N turns version N-1 into N. */
export const migrations = { 2: v1ToV2 };

/** Brings a stored value of any known version to the current one (for bulk reads of raw storage). */
export function upgradePage(value: unknown, version = 1): PageHighlights {
  let v = value;
  const steps: Record<number, (old: never) => unknown> = migrations;
  for (let to = version + 1; to <= SCHEMA_VERSION; to++) v = steps[to]!(v as never);
  return v as PageHighlights;
}

/** A stored value as the current schema; an older one is upgraded in memory (also if its stored migration failed). */
export function asPage(value: unknown, version = 1): PageHighlights | null {
  if (isPage(value)) return value;
  return isV1(value) ? upgradePage(value, version) : null;
}
