// Bench section: the worker reading a page it was just asked about (the popup's "page read" stage), without the popup's own page being created meanwhile.
import type { CDPSession } from 'playwright-core';
import { launch, openExtensionPage, openPage, tabIdOf } from '../browser/harness';
import { marksIn, median } from './timing';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 7;

/** CPU time the page's main thread has used so far (ms): unlike wall time, what other processes take does not count. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
}

/**
 * ms from the worker's cache lookup to the article read, for a summary of a tab just opened (as in a
 * first open of the popup: the extraction script is new to the tab). The request goes the real way,
 * from an extension page already open, as the popup's would; `fresh` skips the cache of earlier runs.
 * And the CPU time the page's thread spent meanwhile (injecting, compiling and running the script):
 * on a machine shared with other work, the steadier figure of the two.
 */
export async function pageRead(): Promise<void> {
  const h = await launch({ build: 'test' });
  try {
    const asker = await openExtensionPage(h, 'options.html');
    const rows: string[][] = [];
    const all = { wall: [] as number[], cpu: [] as number[] };
    const cells = (wall: number[], cpu: number[]) => [median(wall), Math.max(...wall), median(cpu), Math.max(...cpu)].map((x) => x.toFixed(0));
    for (const path of PAGES) {
      const r = { wall: [] as number[], cpu: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, path);
        const tabId = await tabIdOf(h, page);
        const cdp = await h.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const before = await threadTime(cdp);
        await asker.evaluate((id) => chrome.runtime.sendMessage({ keyquote: 1, type: 'summarize', data: { tabId: id, length: 'short', fresh: true } }), tabId);
        r.cpu.push((await threadTime(cdp)) - before);
        const at = await marksIn(await h.worker());
        r.wall.push(at.read! - at['looked-up']!);
        await page.close();
      }
      all.wall.push(...r.wall);
      all.cpu.push(...r.cpu);
      rows.push([path, ...cells(r.wall, r.cpu)]);
    }
    rows.push(['all pages', ...cells(all.wall, all.cpu)]);
    console.log(`\nPage read: the worker reads a tab just opened (ms, ${RUNS} runs per page; the popup's "page read" stage without a popup being created meanwhile; page CPU: the page thread's CPU time over the request)`);
    for (const r of [['page', 'median', 'worst', 'page CPU median', 'page CPU worst'], ...rows]) console.log(r.map((c, i) => (i ? c.padStart(i > 2 ? 16 : 7) : c.padEnd(22))).join(' '));
  } finally {
    await h.close();
  }
}

// Run on its own: npx tsx tests/bench/page-read.ts
if (process.argv[1]?.endsWith('page-read.ts')) await pageRead();
