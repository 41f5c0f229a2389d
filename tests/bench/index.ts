// `npm run bench`: Keyquote against its peers (quality, speed, scaling, attribution) plus other sections.
// Flags: --only engine|popup (comma-separated), --quick (samples), --data DIR (or KEYQUOTE_DATA), --verbose.
// Other engineers add a section by adding an entry to SECTIONS (see popup below).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printAttribution, loadLabels } from './attribution';
import { printLanguages, printPolnear } from './attribution-langs';
import { printFullNames } from './full-names';
import { dataRoot, loadJsonl, rougePath, sample, type Article } from './data';
import { pipelineQuality } from './pipeline';
import { printRedundancy } from './redundancy';
import { evaluate, methodsFor, printQuality, type Scorer } from './quality';
import { scaling, typicalSpeed } from './scaling';

export interface BenchOptions {
  root: string;
  quick: boolean;
  verbose: boolean;
}

/** A bench section: prints its own tables. */
export type Section = (opts: BenchOptions) => Promise<void>;

async function engine(opts: BenchOptions): Promise<void> {
  const file = rougePath(opts.root);
  if (!existsSync(file)) {
    console.log(`ROUGE scorer not found at ${file}: set --data or KEYQUOTE_DATA (and KEYQUOTE_ROUGE)`);
    return;
  }
  const { score } = (await import(pathToFileURL(file).href)) as { score: Scorer };
  const bbcAll = loadJsonl(path.join(opts.root, 'bbc', 'dev.jsonl'));
  const frAll = loadJsonl(path.join(opts.root, 'orangesum', 'dev.jsonl'));
  const bbc = opts.quick ? sample(bbcAll, 200) : bbcAll;
  const fr = opts.quick ? sample(frAll, 100) : frAll;
  // Speed first: after the quality loops, Intl.Segmenter (and so the TextRank reference's splitting)
  // runs several times slower in this process, which would flatter Keyquote's ratio.
  if (bbc.length) typicalSpeed(bbc);
  // Scaling too: the quality loops leave a heap of their own garbage, whose collection would land in
  // the timed runs of the long texts (100k words: 257 ms there against 157 here, on the same code); a
  // worker handed a long page has no such heap.
  if (bbc.length) scaling(bbcAll, opts.quick ? [1_000, 10_000, 100_000] : undefined);
  if (bbc.length) {
    printQuality(`BBC dev, English, ${bbc.length} articles, 3 sentences (R-1/R-2/R-L F1 ×100, ascii + Porter)`, await evaluate(bbc, 3, methodsFor('en'), score, 'ascii'));
  }
  if (fr.length) {
    const rows = await evaluate(fr, 1, methodsFor('fr'), score, 'unicode');
    const pipe = await pipelineQuality(fr, opts.root, score);
    if (pipe) rows.splice(1, 0, pipe);
    printQuality(`OrangeSum dev, French, ${fr.length} articles, 1 sentence (unicode tokenizer)`, rows);
  }
  if (bbc.length) printRedundancy(bbc);
  const byId = new Map<string, Article>([...bbcAll, ...frAll].map((a) => [a.id, a]));
  printAttribution(loadLabels(), byId, opts.verbose);
  printLanguages(opts.root, loadLabels(), byId);
  printPolnear(opts.root);
  printFullNames(opts.root);
}

/** Popup latency is owned by the UI work (tests/bench/popup-latency.ts); run only if it exists. */
async function popup(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (!['ts', 'tsx', 'js', 'mjs'].some((ext) => existsSync(path.join(here, `popup-latency.${ext}`)))) {
    console.log('\n(popup latency: tests/bench/popup-latency.ts not present, skipped)');
    return;
  }
  try {
    const mod = (await import('./popup-latency' as string)) as { popupLatency?: () => Promise<void> };
    if (mod.popupLatency) await mod.popupLatency();
  } catch (e) {
    console.log(`\n(popup latency failed: ${(e as Error).message})`);
  }
}

export const SECTIONS: Record<string, Section> = {
  engine,
  popup,
  sizes: async () => (await import('./sizes')).sizes(),
  huge: async () => (await import('./huge-pages')).hugePages(),
  read: async () => (await import('./page-read')).pageRead(),
  'popup-real': async () => (await import('./popup-real')).popupReal(),
  'popup-cold': async () => (await import('./popup-cold')).popupCold(),
  pdf: async () => (await import('./pdf')).pdfBench(),
  extraction: async () => (await import('./extraction')).extraction(),
};

export async function runBench(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const i = argv.indexOf('--only');
  const only = i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : Object.keys(SECTIONS);
  const opts: BenchOptions = { root: dataRoot(argv), quick: argv.includes('--quick'), verbose: argv.includes('--verbose') };
  const t0 = Date.now();
  for (const name of only) {
    const section = SECTIONS[name];
    if (!section) {
      console.log(`unknown section "${name}" (known: ${Object.keys(SECTIONS).join(', ')})`);
      continue;
    }
    await section(opts);
  }
  console.log(`\nbench done in ${((Date.now() - t0) / 1000).toFixed(0)} s (data: ${opts.root})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBench();
