// Benchmark: time from opening the popup to the key quotes being shown, in Chromium with the built extension.
import type { Page } from 'playwright-core';
import { BUILD_DIRS, launch, openExtensionPage, openPage, tabIdOf } from '../browser/harness';
import { buildWithEmptyPage, removeBuildCopy, timeEmptyPage } from './empty-page';
import { marksIn, median, stageDurations, type Stage } from './timing';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 7;

/**
 * Where one open's time went, from consecutive marks (ms; NaN where a stage was not reached: a
 * reopen answered from the cache reads no page). 'nav' is the popup's navigation start; 'html',
 * 'scripts' the browser's own timing of the popup's page and of its last script file.
 */
export const POPUP_STAGES: Stage[] = [
  ['page + CSS fetched', 'nav', 'html'],
  ['scripts fetched', 'html', 'scripts'],
  ['→ first script runs', 'scripts', 'popup-script'],
  ['tab known, ask', 'popup-script', 'popup-asked'],
  ['message → worker', 'popup-asked', 'request'],
  ['tab + cache lookup', 'request', 'looked-up'],
  ['page read', 'looked-up', 'read'],
  ['summarize', 'read', 'summarized'],
  ['answer → popup', 'worker-done', 'summary-answer'],
  ['render answer', 'summary-answer', 'summary-shown'],
  ['(first render, overlaps)', 'popup-mount', 'popup-mounted'],
  // On a reopen the answer is back long before the UI can take it: this is what it waits for.
  ['(UI modules load, overlaps)', 'popup-script', 'popup-mount'],
];

async function stagesOf(h: Awaited<ReturnType<typeof launch>>, popup: Page): Promise<number[]> {
  const nav = await popup.evaluate(() => {
    // (No named helpers in here: the bench's TypeScript runner would wrap them in a function the page lacks.)
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const o = performance.timeOrigin;
    return {
      nav: o,
      html: o + Math.max(n.responseEnd, ...res.filter((r) => /\.css$/.test(r.name)).map((r) => r.responseEnd)),
      scripts: o + Math.max(n.responseEnd, ...res.filter((r) => /\.js$/.test(r.name)).map((r) => r.responseEnd)),
    };
  });
  const worker = await marksIn(await h.worker());
  const at: Record<string, number> = { ...nav, ...worker, ...(await marksIn(popup)) };
  // The answer leaves the worker after its last stage of this request (a cache hit has no read).
  at['worker-done'] = Math.max(...['looked-up', 'read', 'summarized'].map((k) => worker[k] ?? -Infinity));
  return stageDurations(at, POPUP_STAGES);
}

/**
 * Opens the popup for a tab and returns ms from its navigation start to the summary mark, and from
 * its first script (the browser's part before it: creating the page) to the same mark, and its stages.
 */
async function timePopup(h: Awaited<ReturnType<typeof launch>>, tabId: number): Promise<{ total: number; own: number; stages: number[] }> {
  const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-testid="key-quote"]');
  const [shown, script] = await popup.evaluate(async () => {
    for (let i = 0; i < 100 && !performance.getEntriesByName('keyquote:summary-shown').length; i++)
      await new Promise((r) => setTimeout(r, 10));
    return [performance.getEntriesByName('keyquote:summary-shown')[0]!.startTime, performance.getEntriesByName('keyquote:popup-script')[0]?.startTime ?? 0];
  });
  const stages = await stagesOf(h, popup);
  await popup.close();
  return { total: shown, own: shown - script, stages };
}

export async function popupLatency(): Promise<void> {
  // The test build as it is, plus an empty extension page that nothing refers to (empty-page.ts).
  const dir = buildWithEmptyPage(BUILD_DIRS.test);
  const h = await launch({ dir });
  try {
    const rows: string[][] = [];
    const all = { first: [] as number[], cached: [] as number[], firstOwn: [] as number[], cachedOwn: [] as number[], empty: [] as number[] };
    const stages = { first: [] as number[][], reopen: [] as number[][] };
    const cells = (first: number[], cached: number[], firstOwn: number[], cachedOwn: number[], empty: number[]) =>
      [median(first), Math.max(...first), median(cached), Math.max(...cached), median(firstOwn), median(cachedOwn), median(empty)].map((x) => x.toFixed(0));
    for (const path of PAGES) {
      const r = { first: [] as number[], cached: [] as number[], firstOwn: [] as number[], cachedOwn: [] as number[], empty: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, path);
        const tabId = await tabIdOf(h, page);
        const first = await timePopup(h, tabId); // extraction + summary
        const cached = await timePopup(h, tabId); // reopened: from the cache
        // The browser's floor under the same load, right after: no extension page's script runs sooner.
        r.empty.push(await timeEmptyPage(h));
        stages.first.push(first.stages);
        stages.reopen.push(cached.stages);
        r.first.push(first.total);
        r.firstOwn.push(first.own);
        r.cached.push(cached.total);
        r.cachedOwn.push(cached.own);
        await page.close();
      }
      for (const k of Object.keys(all) as (keyof typeof all)[]) all[k].push(...r[k]);
      rows.push([path, ...cells(r.first, r.cached, r.firstOwn, r.cachedOwn, r.empty)]);
    }
    rows.push(['all pages', ...cells(all.first, all.cached, all.firstOwn, all.cachedOwn, all.empty)]);
    console.log(`\nPopup: open → key quotes shown (ms, ${RUNS} runs per page, Chromium ${h.context.browser()?.version() ?? ''}); "script →": from the popup's first script, without the browser's time to create the page; "empty page → script": an extension page with one tiny script and nothing else, opened the same way right after (the browser's own floor)`);
    const head = ['page', 'first median', 'first worst', 'reopen median', 'reopen worst', 'script → first', 'script → reopen', 'empty page → script'];
    const widths = head.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
    for (const r of [head, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
    console.log('\nWhere the time went (ms, median over all pages and runs; marks of the popup and the worker, the popup\'s navigation and resource timing)');
    const col = (runs: number[][], i: number) => {
      const xs = runs.map((r) => r[i]!).filter((x) => Number.isFinite(x));
      return xs.length ? median(xs).toFixed(0) : '-';
    };
    const stageRows = POPUP_STAGES.map(([name], i) => [name, col(stages.first, i), col(stages.reopen, i)]);
    const sw = [Math.max(5, ...stageRows.map((r) => r[0]!.length)), 6, 6];
    for (const r of [['stage', 'first', 'reopen'], ...stageRows]) console.log(r.map((c, i) => (i ? c.padStart(sw[i]!) : c.padEnd(sw[i]!))).join('  '));
  } finally {
    await h.close();
    removeBuildCopy(dir);
  }
}

// Run on its own: npx tsx tests/bench/popup-latency.ts
if (process.argv[1]?.endsWith('popup-latency.ts')) await popupLatency();
