// Benchmark: time from opening the popup to the key quotes being shown, in Chromium with the built extension.
import { launch, openExtensionPage, openPage, tabIdOf } from '../browser/harness';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Opens the popup for a tab and returns ms from its navigation start to the summary mark, and from
 * its first script (the browser's part before it: creating the page) to the same mark.
 */
async function timePopup(h: Awaited<ReturnType<typeof launch>>, tabId: number): Promise<{ total: number; own: number }> {
  const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="key-quote"]');
  const [shown, script] = await popup.evaluate(async () => {
    for (let i = 0; i < 100 && !performance.getEntriesByName('keyquote:summary-shown').length; i++)
      await new Promise((r) => setTimeout(r, 10));
    return [performance.getEntriesByName('keyquote:summary-shown')[0]!.startTime, performance.getEntriesByName('keyquote:popup-script')[0]?.startTime ?? 0];
  });
  await popup.close();
  return { total: shown, own: shown - script };
}

export async function popupLatency(): Promise<void> {
  const h = await launch({ build: 'test' });
  try {
    const rows: string[][] = [];
    const all = { first: [] as number[], cached: [] as number[], firstOwn: [] as number[], cachedOwn: [] as number[] };
    const cells = (first: number[], cached: number[], firstOwn: number[], cachedOwn: number[]) =>
      [median(first), Math.max(...first), median(cached), Math.max(...cached), median(firstOwn), median(cachedOwn)].map((x) => x.toFixed(0));
    for (const path of PAGES) {
      const r = { first: [] as number[], cached: [] as number[], firstOwn: [] as number[], cachedOwn: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, path);
        const tabId = await tabIdOf(h, page);
        const first = await timePopup(h, tabId); // extraction + summary
        const cached = await timePopup(h, tabId); // reopened: from the cache
        r.first.push(first.total);
        r.firstOwn.push(first.own);
        r.cached.push(cached.total);
        r.cachedOwn.push(cached.own);
        await page.close();
      }
      for (const k of Object.keys(all) as (keyof typeof all)[]) all[k].push(...r[k]);
      rows.push([path, ...cells(r.first, r.cached, r.firstOwn, r.cachedOwn)]);
    }
    rows.push(['all pages', ...cells(all.first, all.cached, all.firstOwn, all.cachedOwn)]);
    console.log(`\nPopup: open → key quotes shown (ms, ${RUNS} runs per page, Chromium ${h.context.browser()?.version() ?? ''}); "script →": from the popup's first script, without the browser's time to create the page`);
    const head = ['page', 'first median', 'first worst', 'reopen median', 'reopen worst', 'script → first', 'script → reopen'];
    const widths = head.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
    for (const r of [head, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  } finally {
    await h.close();
  }
}

// Run on its own: npx tsx tests/bench/popup-latency.ts
if (process.argv[1]?.endsWith('popup-latency.ts')) await popupLatency();
