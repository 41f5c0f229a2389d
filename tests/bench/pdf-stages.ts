// Bench of where a PDF's time goes in the CLI (part of section "pdf"): opening the file on pdf.js's
// thread, reading the pages' text (on one thread, then shared with the helper threads as the CLI
// does), laying the text out in reading order, and summarizing it. Medians of a few runs, warm threads.
import { readFileSync } from 'node:fs';
import { firstPdfThread, helperPdfThreads } from '../../utils/cli/pdf-client';
import { pdfArticle } from '../../utils/cli/pdf-input';
import { buildSummary } from '../../utils/build-summary';
import { layoutPdf } from '../../utils/pdf/layout';
import { readPages } from '../../utils/pdf/read-pages';
import { SHARED_FROM_PAGES } from '../../utils/pdf/read-pdf';
import { printTable } from './table';
import { median } from './timing';

const RUNS = 3;

async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

/** One run: each stage's ms. */
async function stages(bytes: Uint8Array): Promise<number[]> {
  const data = bytes.slice();
  let task: ReturnType<typeof firstPdfThread.getDocument> | undefined;
  const [doc, open] = await timed(() => (task = firstPdfThread.getDocument({ data })).promise);
  const [pages, read] = await timed(() => readPages(doc, Infinity));
  await task!.destroy();
  const [, lay] = await timed(() => layoutPdf(pages));
  // The whole read as the CLI does it, helpers included, less the layout.
  const [article, whole] = await timed(() => pdfArticle(bytes, 'file:///bench.pdf'));
  const [, summary] = await timed(() => buildSummary(article, 3));
  return [open, read, whole - lay, lay, summary];
}

export async function pdfStagesBench(files: Map<number, string>): Promise<void> {
  const rows: (string | number)[][] = [];
  // Starts every thread once, so that the runs time the work, not loading pdf.js.
  await stages(new Uint8Array(readFileSync(files.values().next().value!)));
  for (const [pages, file] of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const runs: number[][] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await stages(bytes));
    rows.push([`${pages} pages`, ...[0, 1, 2, 3, 4].map((k) => median(runs.map((r) => r[k]!)))]);
  }
  printTable(
    `PDF stages in the CLI, warm threads, median of ${RUNS} (ms; helpers read from ${SHARED_FROM_PAGES} pages on; shared CPU: noisy)`,
    ['PDF', 'open', 'pages, 1 thread', `open + pages, up to ${1 + helperPdfThreads.length} threads`, 'layout', 'summary'],
    rows,
  );
}
