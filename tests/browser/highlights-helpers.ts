// Helpers of the highlights browser tests: select text, save through the real menu listener,
// read what is painted (CSS.highlights or marks) and what is stored.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { tabIdOf, type Harness } from './harness';

/** Selects from the start of `from` to the end of `to` (each found in the page's text nodes). */
export async function selectText(page: Page, from: string, to = from): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const find = (s: string, after?: Node) => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          if (after && !(after.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) && after !== n) continue;
          const i = (n as Text).data.indexOf(s);
          if (i >= 0) return { n, i };
        }
        throw new Error(`not on the page: ${s}`);
      };
      const start = find(a!);
      const end = find(b!, start.n);
      const range = document.createRange();
      range.setStart(start.n, start.i);
      range.setEnd(end.n, end.i + b!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [from, to],
  );
}

/** How many highlights are stored, over all pages. */
export async function storedCount(h: Harness): Promise<number> {
  const all = await stored(h);
  return Object.values(all).reduce<number>((n, v) => n + ((v as { highlights?: unknown[] }).highlights?.length ?? 0), 0);
}

/**
 * Clicks "Save highlight" the way Chromium does (the real onClicked listener runs in the worker),
 * then waits until it is stored, so that the test may change the selection afterwards.
 */
export async function saveViaMenu(h: Harness, page: Page): Promise<void> {
  const tabId = await tabIdOf(h, page);
  const before = await storedCount(h);
  const worker = await h.worker();
  await worker.evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    const info = { menuItemId: 'save-highlight', editable: false, pageUrl: tab.url!, frameId: 0, selectionText: '' };
    (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
  }, tabId);
  await expect.poll(() => storedCount(h)).toBe(before + 1);
}

export interface Painted {
  name: string;
  text: string;
  /** id of the nearest element with an id around the start of the range */
  where: string;
}

/** Every range Keyquote paints on the page, read from the page's own world. */
export function painted(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; where: string }[] = [];
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('keyquote')) continue;
      for (const r of hl) {
        const el = r.startContainer.parentElement?.closest('[id]');
        out.push({ name, text: r.toString().replace(/\s+/g, ' ').trim(), where: el?.id ?? '' });
      }
    }
    return out;
  });
}

/** Everything Keyquote stored in storage.local. */
export async function stored(h: Harness): Promise<Record<string, unknown>> {
  return (await h.worker()).evaluate(() => chrome.storage.local.get(null));
}

export interface StoredHighlight {
  id: string;
  exact: string;
  color: string;
  note: string;
}

/** The highlights stored for one page key. */
export async function storedFor(h: Harness, key: string): Promise<StoredHighlight[]> {
  const all = await stored(h);
  return ((all[`hl:${key}`] as { highlights?: StoredHighlight[] } | undefined)?.highlights ?? []);
}

/** The text a key quote's click revealed on the page (the `keyquote-reveal` highlight), or null. */
export function revealed(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const hl = CSS.highlights.get('keyquote-reveal');
    const range = hl ? [...hl][0] : null;
    return range ? range.toString().replace(/\s+/g, ' ').trim() : null;
  });
}
