// Bench section: huge pages (5 MB, a 300k-word chapter, 100k elements) — popup answer time and page responsiveness.
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, openPage, tabIdOf, type Harness } from '../browser/harness';
import { marksIn, median, stageDurations, type Stage } from './timing';

const WORDS = 'river council harbour winter library station village report bridge morning farmers season island market engineers residents museum railway'.split(' ');

/** Deterministic varied prose: `n` sentences of 8–20 words (a small LCG, no randomness between runs). */
function prose(n: number, seed = 7): string[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 8 + (next() % 13);
    const ws = Array.from({ length: len }, () => WORDS[next() % WORDS.length]!);
    out.push(`The ${ws.join(' ')} ${i}.`);
  }
  return out;
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const paragraphs = (sentences: string[], per = 6) => {
  const ps: string[] = [];
  for (let i = 0; i < sentences.length; i += per) ps.push(`<p>${sentences.slice(i, i + per).join(' ')}</p>`);
  return ps.join('\n');
};

/**
 * A long encyclopedia article as such sites mark it up, 100k elements in all: a menu of 3,000 links,
 * 800 paragraphs whose sentences carry links and citation marks, 2,000 references, and link tables
 * marked role="navigation" (navboxes) after the text.
 */
function encyclopediaArticle(): string {
  const sentences = prose(1_600, 5).map((s, i) => {
    const w = s.split(' ');
    return `${w.slice(0, 3).join(' ')} <a href="/wiki/${w[3]}">${w[3]}</a> ${w.slice(4, -2).join(' ')} <a href="/wiki/${i}">${w.at(-2)}</a> ${w.at(-1)}<sup><a href="#ref${i}">[${i}]</a></sup>`;
  });
  const menu = `<nav><ul>${Array.from({ length: 3_000 }, (_, i) => `<li><a href="/wiki/Topic_${i}">Topic ${i}</a></li>`).join('')}</ul></nav>`;
  const refs = `<h2>References</h2><ol class="references">${Array.from({ length: 2_000 }, (_, i) => `<li id="ref${i}"><span><a href="https://journal.example/${i}">Report ${i}</a></span></li>`).join('')}</ol>`;
  const navbox = `<div role="navigation" class="navbox"><table>${Array.from({ length: 2_000 }, (_, r) => `<tr>${Array.from({ length: 20 }, (_, c) => `<td><a href="/wiki/N${r}_${c}">N${c}</a></td>`).join('')}</tr>`).join('')}</table></div>`;
  return page('Encyclopedia article', `${menu}<main><h1>The river council</h1>${paragraphs(sentences, 2)}${refs}${navbox}</main>`);
}

/** The generated pages, by path on the test server (built on demand: nothing of this size is committed). */
export const HUGE_PAGES: Record<string, () => string> = {
  '/huge/5mb.html': () => page('Five megabytes', `<article><h1>Five megabytes</h1>${paragraphs(prose(41_000))}</article>`),
  '/huge/chapter-300k-words.html': () => page('A 300k-word chapter', `<article><h1>Chapter one</h1>${paragraphs(prose(21_500, 11))}</article>`),
  '/huge/100k-elements-article.html': encyclopediaArticle,
  '/huge/100k-elements.html': () =>
    page('100k elements', `<div>${prose(25_000, 3).map((s) => `<div><span>${s.slice(0, 40)}</span><b>x</b><i>y</i></div>`).join('')}</div>`),
};

/** Serves the huge pages from a harness's test server. */
export function serveHugePages(h: Harness): void {
  for (const [path, make] of Object.entries(HUGE_PAGES)) h.server.route(path, make());
}

/** Starts a 10 ms heartbeat in the page: its longest gap is the longest the main thread was blocked; each beat's time is kept. */
export async function startHeartbeat(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { __kqGap: number; __kqBeats: number; __kqBeatTimes: number[] };
    w.__kqGap = 0;
    w.__kqBeats = 0;
    w.__kqBeatTimes = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__kqBeats++;
      w.__kqBeatTimes.push(now);
      w.__kqGap = Math.max(w.__kqGap, now - last - 10);
      last = now;
    }, 10);
  });
}

export const longestBlock = (p: Page) => p.evaluate(() => (window as unknown as { __kqGap: number }).__kqGap);

/** The popup's answer for a tab: key quotes, or the error code it shows. */
export async function popupAnswer(popup: Page): Promise<string> {
  await popup.locator('[data-testid="summary-error"], [data-testid="key-quote"]').first().waitFor({ timeout: 60_000 });
  const code = await popup.locator('[data-testid="summary-error"]').count();
  return code ? `message: ${await popup.locator('[data-testid="summary-error"]').getAttribute('data-code')}` : `${await popup.locator('[data-testid="key-quote"]').count()} key quotes`;
}

/**
 * A page as its reader has it when they open the popup: loaded and painted. Right after
 * DOMContentLoaded, Chromium's first style and layout of 100k elements still holds the page's thread,
 * and the reading would wait behind it: the browser's time, not Keyquote's.
 */
async function openLoaded(h: Harness, path: string): Promise<Page> {
  const p = await openPage(h, path);
  await p.waitForLoadState('load');
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return p;
}

/** ms from the popup's navigation start to its answer on screen (the summary's mark; a message: when seen), as the popup bench counts. */
const answeredAt = (popup: Page) =>
  popup.evaluate(async () => {
    // (No named helpers in here: the bench's TypeScript runner would wrap them in a function the page lacks.)
    const seen = performance.now();
    const shown = 'keyquote:summary-shown';
    for (let i = 0; i < 20 && !performance.getEntriesByName(shown).length && document.querySelector('[data-testid="key-quote"]'); i++)
      await new Promise((r) => setTimeout(r, 10));
    return performance.getEntriesByName(shown)[0]?.startTime ?? seen;
  });

/**
 * Where one answer's time went, stage by stage (ms; NaN where a stage was not reached). The page sets
 * no marks: its own scripts could read them (the page's part is timed from the worker).
 */
const STAGES: Stage[] = [
  ['popup script → worker', 'popup-script', 'request'],
  ['page read (inject, extract, send back)', 'request', 'read'],
  ['summarize', 'read', 'summarized'],
  ['answer → popup', 'summarized', 'summary-answer'],
  ['render', 'summary-answer', 'summary-shown'],
];

async function stageTimes(h: Harness, popup: Page): Promise<number[]> {
  const at = { ...(await marksIn(await h.worker())), ...(await marksIn(popup)) };
  return stageDurations(at, STAGES);
}

const RUNS = 3;

function table(head: string[], rows: string[][]): void {
  const widths = head.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
}

export async function hugePages(): Promise<void> {
  const h = await launch({ build: 'test' });
  try {
    serveHugePages(h);
    const rows: string[][] = [];
    const breakdown: string[][] = [];
    // KEYQUOTE_HUGE=100k-elements-article: only the pages whose path has that text.
    const only = process.env.KEYQUOTE_HUGE ?? '';
    for (const [path, make] of Object.entries(HUGE_PAGES).filter(([path]) => path.includes(only))) {
      const ms: number[] = [];
      const gaps: number[] = [];
      let answer = '';
      let elements = 0;
      const stages: number[][] = [];
      for (let i = 0; i < RUNS; i++) {
        const p = await openLoaded(h, path);
        elements = await p.evaluate(() => document.getElementsByTagName('*').length);
        const tabId = await tabIdOf(h, p);
        await startHeartbeat(p);
        const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
        answer = await popupAnswer(popup);
        ms.push(await answeredAt(popup));
        gaps.push(await longestBlock(p));
        stages.push(await stageTimes(h, popup));
        await popup.close();
        await p.close();
      }
      breakdown.push([path, ...STAGES.map((_, i) => median(stages.map((r) => r[i]!)).toFixed(0))]);
      rows.push([path, (make().length / 1e6).toFixed(1), String(elements), answer, median(ms).toFixed(0), Math.max(...ms).toFixed(0), median(gaps).toFixed(0)]);
    }
    console.log(
      `\nHuge pages, opened on the loaded page: popup open → answer (ms from the popup's navigation start, median and worst of ${RUNS}) and the page's longest main-thread block meanwhile (median; Chromium ${h.context.browser()?.version() ?? ''}; target for the 100k-element article ≤ 1000 ms, block ≤ 200 ms)`,
    );
    table(['page', 'MB', 'elements', 'answer', 'popup ms', 'worst', 'page block ms'], rows);
    console.log('\nWhere the time went (ms, median of the runs; from the stage marks of the worker and the popup)');
    table(['page', ...STAGES.map(([name]) => name)], breakdown);
  } finally {
    await h.close();
  }
}

// Run on its own: npx tsx tests/bench/huge-pages.ts
if (process.argv[1]?.endsWith('huge-pages.ts')) await hugePages();
