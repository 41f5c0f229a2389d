// Bench section: the real toolbar popup opened while the browser has stopped Keyquote's worker, as it does after 30 s idle (most opens).
import type { CDPSession } from 'playwright-core';
import { BUILD_DIRS, launch, openExtensionPage, openPage, tabIdOf, type Harness } from '../browser/harness';
import { buildWithEmptyPage, removeBuildCopy } from './empty-page';
import { evaluateIn, popupTarget, READ_POPUP, until } from './popup-real';
import { marksIn, median, stageDurations, type Stage } from './timing';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 3;

/** The stages of a cold open, from the popup's navigation start ('nav') and the new worker's marks ('worker' = its start). */
const COLD_STAGES: Stage[] = [
  ['worker starts', 'nav', 'worker'],
  ['→ its script ran, asked', 'worker', 'request'],
  ['page read', 'looked-up', 'read'],
  ["summarize (the engine's first run)", 'read', 'summarized'],
  ['nav → key quotes shown', 'nav', 'summary-shown'],
];

/**
 * Stops the worker as the browser does when idle, and waits until it is stopped. Not the harness's stopWorker: with it,
 * the worker was running again well before the popup opened (measured: started 1.2 s before its navigation), so this
 * stops every worker through the page's own session and waits for the "stopped" state.
 */
async function stopWorkerNow(cdp: CDPSession, extensionId: string): Promise<void> {
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    if (versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  // enable() reports the current state, perhaps an earlier version's "stopped": only what follows the stop counts.
  await new Promise((r) => setTimeout(r, 200));
  stopped = false;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await until(async () => (stopped ? true : null), 'the worker to stop');
  // Nothing must wake it again before the click: give late events a moment to show.
  await new Promise((r) => setTimeout(r, 1000));
}

/**
 * Opens the real popup on the page's tab from another extension page (the worker is stopped, so it
 * cannot be asked to), as a click on the toolbar icon does, and returns its stages (ms).
 */
async function openCold(h: Harness, opener: Awaited<ReturnType<typeof openExtensionPage>>, cdp: CDPSession): Promise<number[]> {
  await opener.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.action.openPopup({ windowId: tab!.windowId });
  });
  const target = await until(() => popupTarget(cdp), 'the popup');
  const [shown, , origin, quotes] = (await evaluateIn(cdp, target, READ_POPUP)) as number[];
  if (!quotes || !Number.isFinite(shown!)) throw new Error('the popup showed no key quotes');
  const worker = await h.worker();
  const at: Record<string, number> = {
    ...(await marksIn(worker)),
    nav: origin!,
    worker: await worker.evaluate(() => performance.timeOrigin),
    'summary-shown': origin! + shown!,
  };
  await evaluateIn(cdp, target, 'window.close()').catch(() => {});
  await until(async () => ((await popupTarget(cdp)) ? null : true), 'the popup to close');
  return stageDurations(at, COLD_STAGES);
}

export async function popupCold(): Promise<void> {
  const build = buildWithEmptyPage(BUILD_DIRS.test);
  const h = await launch({ dir: build });
  try {
    // Any extension page may open the popup; this one does nothing else (it never wakes the worker).
    const opener = await openExtensionPage(h, 'bench-empty.html');
    const runs: number[][] = [];
    for (const path of PAGES) {
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, `${path}?cold=${i}`);
        await tabIdOf(h, page);
        const cdp = await h.context.newCDPSession(page);
        await stopWorkerNow(cdp, h.extensionId);
        runs.push(await openCold(h, opener, cdp));
        await cdp.detach();
        await page.close();
      }
    }
    console.log(`\nReal toolbar popup opened while the worker is stopped (as after 30 s idle), ${PAGES.length} pages × ${RUNS}: ms, median; the worker's script evaluated and the engine's first run are what a warm open does not pay`);
    for (const [k, [name]] of COLD_STAGES.entries()) console.log(`${name.padEnd(36)} ${median(runs.map((r) => r[k]!)).toFixed(0).padStart(5)}`);
  } finally {
    await h.close();
    removeBuildCopy(build);
  }
}

// Run on its own: npx tsx tests/bench/popup-cold.ts
if (process.argv[1]?.endsWith('popup-cold.ts')) await popupCold();
