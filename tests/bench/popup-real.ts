// Bench section: the real toolbar popup (chrome.action.openPopup), first open and reopen, beside the popup bench's tab.
import type { CDPSession } from 'playwright-core';
import { launch, openPage, type Harness } from '../browser/harness';
import { median } from './timing';

const PAGES = ['/seed-politics.html', '/real/ars-1.html', '/real/lemonde-1.html', '/real/nytimes-1.html', '/real/bbc-1.html'];
const RUNS = 3;

/** What the popup's own timeline says once its key quotes are shown: [shown, first script, time origin, key quotes] (ms). */
export const READ_POPUP = `(async () => {
  const at = (n) => performance.getEntriesByName('keyquote:' + n)[0]?.startTime ?? NaN;
  for (let i = 0; i < 500 && Number.isNaN(at('summary-shown')); i++) await new Promise((r) => setTimeout(r, 10));
  return [at('summary-shown'), at('popup-script'), performance.timeOrigin, document.querySelectorAll('[data-testid="key-quote"]').length];
})()`;

/** Evaluates an expression in another target (the real popup is not a Playwright page) and returns its value. */
export async function evaluateIn(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const reply = new Promise<unknown>((resolve) => {
    const onMessage = (e: { sessionId: string; message: string }) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (e.sessionId !== sessionId || msg.id !== 1) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(msg.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  const params = { expression, returnByValue: true, awaitPromise: true };
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
  const value = await reply;
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return value;
}

export async function popupTarget(cdp: CDPSession): Promise<string | null> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId ?? null;
}

export async function until<T>(get: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const v = await get();
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface RealOpen {
  /** ms from the popup's navigation start to its key quotes shown (the popup bench's definition). */
  total: number;
  /** …from its first script. */
  own: number;
  /** …from the moment the worker asked the browser to open it, as a click does: the browser's popup window included. */
  fromClick: number;
}

/** Opens the real popup on the focused tab, waits for its key quotes, closes it. */
async function openReal(h: Harness, cdp: CDPSession, front: () => Promise<void>): Promise<RealOpen> {
  const worker = await h.worker();
  let asked = 0;
  // The window may lose focus between two opens ("Could not find an active browser window"): refocus, ask again.
  for (let attempt = 1; ; attempt++) {
    try {
      asked = await worker.evaluate(async () => {
        const t = performance.timeOrigin + performance.now();
        await chrome.action.openPopup();
        return t;
      });
      break;
    } catch (err) {
      if (attempt >= 5 || !/active browser window/i.test(String(err))) throw err;
      await front();
    }
  }
  const target = await until(() => popupTarget(cdp), 'the popup');
  const [shown, script, origin, quotes] = (await evaluateIn(cdp, target, READ_POPUP)) as number[];
  await evaluateIn(cdp, target, 'window.close()').catch(() => {});
  await until(async () => ((await popupTarget(cdp)) ? null : true), 'the popup to close');
  if (!quotes || !Number.isFinite(shown!)) throw new Error('the real popup showed no key quotes');
  return { total: shown!, own: shown! - script!, fromClick: origin! + shown! - asked };
}

export async function popupReal(): Promise<void> {
  const h = await launch({ build: 'test' });
  try {
    const rows: string[][] = [];
    const keys = ['first', 'reopen'] as const;
    const all = { first: [] as RealOpen[], reopen: [] as RealOpen[] };
    const cells = (r: typeof all) =>
      keys.flatMap((k) => [median(r[k].map((o) => o.total)), median(r[k].map((o) => o.own)), median(r[k].map((o) => o.fromClick))]).map((x) => x.toFixed(0));
    for (const path of PAGES) {
      const r = { first: [] as RealOpen[], reopen: [] as RealOpen[] };
      for (let i = 0; i < RUNS; i++) {
        const page = await openPage(h, path);
        const front = () => page.bringToFront();
        await front();
        const cdp = await h.context.newCDPSession(page);
        for (const k of keys) r[k].push(await openReal(h, cdp, front));
        await cdp.detach();
        await page.close();
      }
      all.first.push(...r.first);
      all.reopen.push(...r.reopen);
      rows.push([path, ...cells(r)]);
    }
    rows.push(['all pages', ...cells(all)]);
    console.log(`\nReal toolbar popup (chrome.action.openPopup on the page's tab; ms, median of ${RUNS} runs per page): nav → shown as in the popup section, script → shown, and from the open request (the browser creating the popup window first)`);
    const head = ['page', 'first', 'script → first', 'open → first', 'reopen', 'script → reopen', 'open → reopen'];
    const widths = head.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
    for (const row of [head, ...rows]) console.log(row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
  } finally {
    await h.close();
  }
}

// Run on its own: npx tsx tests/bench/popup-real.ts
if (process.argv[1]?.endsWith('popup-real.ts')) await popupReal();
