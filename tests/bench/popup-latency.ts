// Benchmark: time from opening the popup to the key quotes being shown, in Chromium with the built extension.
import { launch, openExtensionPage, openPage, tabIdOf } from '../browser/harness';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Opens the popup for a tab and returns ms from its navigation start to the summary mark. */
async function timePopup(h: Awaited<ReturnType<typeof launch>>, tabId: number): Promise<number> {
  const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="key-quote"]');
  const ms = await popup.evaluate(async () => {
    for (let i = 0; i < 100 && !performance.getEntriesByName('keyquote:summary-shown').length; i++)
      await new Promise((r) => setTimeout(r, 10));
    return performance.getEntriesByName('keyquote:summary-shown')[0]!.startTime;
  });
  await popup.close();
  return ms;
}

export async function popupLatency(): Promise<void> {
  const h = await launch({ build: 'test' });
  try {
    const rows: string[][] = [];
    const allFirst: number[] = [];
    const allCached: number[] = [];
    for (const path of PAGES) {
      const first: number[] = [];
      const cached: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, path);
        const tabId = await tabIdOf(h, page);
        first.push(await timePopup(h, tabId)); // extraction + summary
        cached.push(await timePopup(h, tabId)); // reopened: from the cache
        await page.close();
      }
      allFirst.push(...first);
      allCached.push(...cached);
      rows.push([path, median(first).toFixed(0), Math.max(...first).toFixed(0), median(cached).toFixed(0), Math.max(...cached).toFixed(0)]);
    }
    rows.push(['all pages', median(allFirst).toFixed(0), Math.max(...allFirst).toFixed(0), median(allCached).toFixed(0), Math.max(...allCached).toFixed(0)]);
    console.log(`\nPopup: open → key quotes shown (ms, ${RUNS} runs per page, Chromium ${h.context.browser()?.version() ?? ''})`);
    const head = ['page', 'first median', 'first worst', 'reopen median', 'reopen worst'];
    const widths = head.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
    for (const r of [head, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  } finally {
    await h.close();
  }
}

// Run on its own: npx tsx tests/bench/popup-latency.ts
if (process.argv[1]?.endsWith('popup-latency.ts')) await popupLatency();
