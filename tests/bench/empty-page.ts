// Bench helper: the browser's own floor for an extension page (an empty page's first script), measured beside the popup.
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openExtensionPage, type Harness } from '../browser/harness';

const PAGE = 'bench-empty.html';
const MARK = 'keyquote:empty-script';

/**
 * A copy of a build with one more file pair: an extension page holding nothing but one small classic
 * script in its head, as the popup's first script is. Nothing of the extension refers to them, so
 * the popup is served the same files as from the build itself; the copy keeps the build untouched.
 */
export function buildWithEmptyPage(dir: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'keyquote-bench-build-')), 'chrome-mv3');
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, PAGE), '<!doctype html><html><head><meta charset="utf-8"><title>empty</title><script src="/bench-empty.js"></script></head><body></body></html>\n');
  writeFileSync(join(copy, 'bench-empty.js'), `performance.mark(${JSON.stringify(MARK)});\n`);
  return copy;
}

/** Removes a copy made by buildWithEmptyPage (after the browser that loaded it has closed). */
export function removeBuildCopy(copy: string): void {
  rmSync(dirname(copy), { recursive: true, force: true });
}

/** ms from the empty page's navigation start to its script: what any extension page costs before its first script. */
export async function timeEmptyPage(h: Harness): Promise<number> {
  const page: Page = await openExtensionPage(h, PAGE);
  try {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK);
    return await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, MARK);
  } finally {
    await page.close();
  }
}
