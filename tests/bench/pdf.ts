// Bench section "pdf": a 10-page and a 300-page PDF, in the CLI (Node, pdf.js legacy build: in one
// process, and as a new process per file, as a user runs it (the `keyquote` command, bin/keyquote.mjs)
// and through tsx) and in Chromium (popup open → key quotes: the tab fetches the file and hands it to
// the offscreen document, which reads it on pdf.js's workers).
// Target: 300 pages within 3 s. pdf-stages.ts adds where the CLI's time goes. The first ask pays for starting pdf.js (the CLI's import, the offscreen document and its
// worker); the median is what the next PDFs cost. CPU seconds: the CLI's process (its threads included),
// or every process of the browser (its PDF viewer, left to load the file first, included).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pdfArticle } from '../../utils/cli/pdf-input';
import { buildSummary } from '../../utils/build-summary';
import { longPdf } from '../fixtures/pdf/make-pdfs';
import { launch, openExtensionPage, openPage, tabIdOf } from '../browser/harness';
import { popupAnswer } from './huge-pages';
import { printTable } from './table';
import { browserCpuSeconds, childrenCpuSeconds } from './process-cpu';
import { pdfStagesBench } from './pdf-stages';
import { cliBundle } from '../../bin/cli-bundle.mjs';
import { median } from './timing';

const SIZES = [10, 300];
const RUNS = 3;
const VIEWER_SETTLE_MS = 5000;
const row = (what: string, bytes: number, read: string, answer: string | number, times: number[], cpu: number[] = []) => [
  what, (bytes / 1e6).toFixed(1), read, answer, times[0]!, median(times), cpu.length ? median(cpu).toFixed(1) : '',
];

async function cliRow(pages: number, file: string): Promise<(string | number)[]> {
  const bytes = readFileSync(file);
  const times: number[] = [];
  const cpu: number[] = [];
  let words = 0;
  let read = '';
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage(); // the whole process: pdf.js's thread included
    const a = await pdfArticle(bytes, `file://${file}`);
    const s = buildSummary(a, 3);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    words = s.wordCount;
    read = `${a.pagesRead}/${a.pageCount}`;
  }
  return row(`${pages} pages, CLI (one process)`, bytes.length, read, words, times, cpu);
}

/** How a new CLI process is started: as the `keyquote` command (its bundle, built before timing), or the TypeScript through tsx. */
const CLI_STARTS = {
  'bin/keyquote.mjs': ['bin/keyquote.mjs'],
  'through tsx': ['--import', 'tsx', 'utils/cli/keyquote.ts'],
};

type Start = keyof typeof CLI_STARTS;

/**
 * `keyquote --json file.pdf` in a new Node process each time: start-up, pdf.js's import and all. The
 * ways of starting it take turns, run by run, so that a change in the machine's load hits them alike.
 */
function cliProcessRows(pages: number, file: string): (string | number)[][] {
  const starts = Object.keys(CLI_STARTS) as Start[];
  const runs = new Map(starts.map((s) => [s, { times: [] as number[], cpu: [] as number[], answer: '' }]));
  for (let i = 0; i < RUNS; i++) {
    for (const start of starts) {
      const m = runs.get(start)!;
      const [t0, c0] = [performance.now(), childrenCpuSeconds()];
      const r = spawnSync(process.execPath, [...CLI_STARTS[start], '--json', file], { encoding: 'utf8' });
      m.times.push(performance.now() - t0);
      m.cpu.push(childrenCpuSeconds() - c0);
      m.answer = r.status === 0 ? `${(JSON.parse(r.stdout) as { keyQuotes: unknown[] }).keyQuotes.length} key quotes` : `exit ${r.status}`;
    }
  }
  const bytes = readFileSync(file).length;
  return starts.map((s) => row(`${pages} pages, CLI (new process, ${s})`, bytes, '', runs.get(s)!.answer, runs.get(s)!.times, runs.get(s)!.cpu));
}

async function browserRows(files: Map<number, string>): Promise<(string | number)[][]> {
  const h = await launch({ build: 'test' });
  try {
    const rows: (string | number)[][] = [];
    for (const [pages, file] of files) {
      const bytes = readFileSync(file);
      h.server.route(`/bench-${pages}.pdf`, bytes, 'application/pdf');
      const times: number[] = [];
      const cpu: number[] = [];
      let answer = '';
      for (let i = 0; i < RUNS; i++) {
        // A new tab each run: the summary cache answers a second ask on the same tab at once.
        const p = await openPage(h, `/bench-${pages}.pdf?run=${i}`);
        const tabId = await tabIdOf(h, p);
        // The browser's own viewer loads the file first: its work is not Keyquote's.
        await p.waitForTimeout(VIEWER_SETTLE_MS);
        const t0 = Date.now();
        const c0 = browserCpuSeconds(h.userDataDir);
        const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
        answer = await popupAnswer(popup);
        times.push(Date.now() - t0);
        cpu.push(browserCpuSeconds(h.userDataDir) - c0);
        await popup.close();
        await p.close();
      }
      rows.push(row(`${pages} pages, Chromium popup`, bytes.length, '', answer, times, cpu));
    }
    return rows;
  } finally {
    await h.close();
  }
}

export async function pdfBench(): Promise<void> {
  const files = new Map<number, string>();
  for (const n of SIZES) files.set(n, await longPdf(n));
  const rows: (string | number)[][] = [];
  for (const [n, f] of files) rows.push(await cliRow(n, f));
  await cliBundle(); // a build after an edit is not a run's cost
  for (const [n, f] of files) rows.push(...cliProcessRows(n, f));
  rows.push(...(await browserRows(files)));
  await pdfStagesBench(files);
  printTable(
    `PDFs: read + summarize, first ask and median of ${RUNS} (ms; target: 300 pages within 3000 ms; shared CPU: the wall clock is noisy, CPU seconds less so)`,
    ['PDF', 'MB', 'pages read', 'words / answer', 'first ms', 'median ms', 'median CPU s'],
    rows,
  );
}

// Run on its own: npx tsx tests/bench/pdf.ts
if (process.argv[1]?.endsWith('pdf.ts')) await pdfBench();
