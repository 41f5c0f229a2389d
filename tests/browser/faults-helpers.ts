// Helpers of the fault browser tests: requests sent from an extension page without waiting, and
// storage read from an extension page (which needs no worker, so it sees what a stopped worker left).
import type { Page } from 'playwright-core';
import { openExtensionPage, type Harness } from './harness';

export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } } | { thrown: string } | null;

/** Sends a Keyquote request from `sender` (an extension page) and returns at once; `reply()` waits for its answer. */
export async function fire(sender: Page, type: string, data: unknown): Promise<{ reply(): Promise<Reply> }> {
  const slot = `__kq${Math.random().toString(36).slice(2)}`;
  await sender.evaluate(
    ({ slot, type, data }) => {
      (window as unknown as Record<string, unknown>)[slot] = chrome.runtime
        .sendMessage({ keyquote: 1, type, data })
        .then((r: unknown) => r ?? null, (e: unknown) => ({ thrown: String(e) }));
    },
    { slot, type, data },
  );
  return { reply: () => sender.evaluate((s) => (window as unknown as Record<string, Promise<Reply>>)[s]!, slot) };
}

/** Everything in storage.local, read by an extension page (works while the worker is stopped). */
export function localStorageOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}

/** Every stored highlight's text, over all pages (duplicates kept, so they can be counted). */
export function storedTexts(dump: Record<string, unknown>): string[] {
  return Object.entries(dump)
    .filter(([k]) => k.startsWith('hl:') && !k.endsWith('$'))
    .flatMap(([, v]) => ((v as { highlights?: { exact: string }[] }).highlights ?? []).map((x) => x.exact));
}

/** An extension page to send requests from and read storage with. */
export function extensionSender(h: Harness): Promise<Page> {
  return openExtensionPage(h, 'highlights.html');
}
