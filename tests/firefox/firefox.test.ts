// Firefox ESR with the Firefox test build: extraction + summary in Firefox, and the shipped build has no bridge.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { askBridge, SHIPPED_BUILD, TEST_BUILD, useFirefox } from './firefox-harness';
import type { Summary } from '@/utils/summary';

interface BridgeResult {
  meta: { title: string; isArticle: boolean; source: string; dir: string };
  paragraphCount: number;
  text: string;
  summary: Summary;
  workerReply: unknown;
}

/** Asks the test bridge for the page's summary. */
const summaryOf = (page: Page) => askBridge<BridgeResult>(page, { keyquoteTest: 'summarize' }, 'keyquoteTestResult');

describe('Firefox', () => {
  const ff = useFirefox();

  it('extracts the sample article and gives three verbatim key quotes', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/seed-politics.html'));
    const r = await summaryOf(page);
    expect(r.meta).toMatchObject({ isArticle: true, source: 'readability', title: 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict' });
    expect(r.summary.keyQuotes).toHaveLength(3);
    for (const q of r.summary.keyQuotes) expect(r.text.slice(q.start, q.end)).toBe(q.text);
    expect(r.summary.quotes.map((q) => q.speaker)).toContain('Donald Trump');
  });

  it('keeps payloads as text, runs none of them, and its background refuses a content script’s envelope', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/hostile/payloads.html'));
    const r = await summaryOf(page);
    expect(r.text).toContain('<img src=x onerror="window.__kqPwned=1;alert(1)">');
    expect(r.summary.keyQuotes.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { __kqPwned?: number }).__kqPwned)).toBeUndefined();
    expect(r.workerReply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('reads a page whose story is in an open shadow root (as visible text)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/odd/shadow.html'));
    const r = await summaryOf(page);
    expect(r.meta.isArticle).toBe(false);
    expect(r.text).toContain('a sleeper service will again run');
  });

  it('the shipped Firefox build carries no test bridge and no host access', () => {
    const manifest = JSON.parse(readFileSync(join(SHIPPED_BUILD, 'manifest.json'), 'utf8'));
    const scripts = (manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []);
    expect(scripts.some((s: string) => s.includes('test-bridge'))).toBe(false);
    expect(existsSync(join(SHIPPED_BUILD, 'content-scripts/test-bridge.js'))).toBe(false);
    expect(manifest.permissions.filter((p: string) => p.includes('://'))).toEqual([]);
    // Sites are optional (MV2 keeps them in optional_permissions), granted one by one for restoring highlights.
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // …while the test build does carry it (so the check above is looking in the right place).
    expect(existsSync(join(TEST_BUILD, 'content-scripts/test-bridge.js'))).toBe(true);
  });
});
