// Fits the sentence-scorer weights (utils/summarize/weights.ts) on BBC dev's extractive references.
// A sentence is labelled 1 when the reference contains it verbatim; logistic regression on the
// engine's own features; 2-fold cross-validation reports held-out ROUGE before anything is shipped.
// Run: npx tsx tests/bench/fit-weights.ts [--data DIR] [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { FEATURE_NAMES } from '../../utils/summarize/features';
import { linearScores, selectionValues, sentenceRows } from '../../utils/summarize/key-quotes';
import { segmentSentences } from '../../utils/summarize/segment';
import { selectMmr } from '../../utils/summarize/select';
import { REDUNDANCY } from '../../utils/summarize/weights';
import { dataRoot, loadJsonl, rougePath, type Article } from './data';
import { fitLogistic } from './logistic';
import type { Scorer } from './quality';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

interface Prepared {
  a: Article;
  texts: string[];
  rows: Float64Array[];
  vecs: ReturnType<typeof sentenceRows>['vecs'];
  labels: number[];
  spans: ReturnType<typeof segmentSentences>;
}

export function prepare(a: Article): Prepared {
  const spans = segmentSentences(a.text, a.lang);
  const { rows, vecs } = sentenceRows(a.text, spans, a.lang, a.title);
  const ref = norm(a.summary.join(' '));
  const texts = spans.map((s) => a.text.slice(s.start, s.end));
  return { a, texts, rows, vecs, spans, labels: texts.map((t) => (ref.includes(norm(t)) ? 1 : 0)) };
}

export function rougeOf(docs: Prepared[], w: readonly number[], k: number, redundancy: number, score: Scorer, mode: 'ascii' | 'unicode'): number[] {
  let r1 = 0, r2 = 0, rl = 0, words = 0;
  for (const d of docs) {
    const picked = selectMmr(selectionValues(linearScores(d.rows, w), d.spans), d.vecs, k, redundancy).map((i) => d.texts[i]!);
    const s = score(picked, d.a.summary, { mode, stem: mode === 'ascii' });
    r1 += s.rouge1.f; r2 += s.rouge2.f; rl += s.rougeLsum.f;
    words += picked.join(' ').split(/\s+/).length;
  }
  const n = docs.length;
  return [(100 * r1) / n, (100 * r2) / n, (100 * rl) / n, words / n];
}

function fit(docs: Prepared[], lambda: number): number[] {
  return fitLogistic(docs.flatMap((d) => d.rows), docs.flatMap((d) => d.labels), lambda);
}

async function main() {
  const root = dataRoot();
  const { score } = (await import(pathToFileURL(rougePath(root)).href)) as { score: Scorer };
  const bbc = loadJsonl(path.join(root, 'bbc', 'dev.jsonl')).map(prepare);
  const fr = loadJsonl(path.join(root, 'orangesum', 'dev.jsonl')).map(prepare);
  const pos = bbc.reduce((s, d) => s + d.labels.reduce((a, b) => a + b, 0), 0);
  const all = bbc.reduce((s, d) => s + d.labels.length, 0);
  console.log(`BBC: ${bbc.length} articles, ${all} sentences, ${((100 * pos) / all).toFixed(1)}% in the reference`);
  const lambda = 1;
  const foldA = bbc.filter((_, i) => i % 2 === 0);
  const foldB = bbc.filter((_, i) => i % 2 === 1);
  const wA = fit(foldA, lambda);
  const wB = fit(foldB, lambda);
  for (const red of [0, 0.1, 0.3]) {
    const a = rougeOf(foldB, wA, 3, red, score, 'ascii');
    const b = rougeOf(foldA, wB, 3, red, score, 'ascii');
    console.log(`held-out BBC, redundancy ${red}: R-1/R-2/R-L/words`, a.map((x, k) => ((x + b[k]!) / 2).toFixed(2)).join(' / '));
  }
  const w = fit(bbc, lambda).map((x) => Math.round(x * 1000) / 1000);
  console.log('weights', FEATURE_NAMES.map((f, k) => `${f}=${w[k]}`).join(' '));
  console.log('all BBC (in-sample):', rougeOf(bbc, w, 3, REDUNDANCY, score, 'ascii').map((x) => x.toFixed(2)).join(' / '));
  console.log('OrangeSum (transfer, 1 sentence):', rougeOf(fr, w, 1, REDUNDANCY, score, 'unicode').map((x) => x.toFixed(2)).join(' / '));
  if (process.argv.includes('--write')) {
    const file = fileURLToPath(new URL('../../utils/summarize/weights.ts', import.meta.url));
    const src = readFileSync(file, 'utf8').replace(/export const WEIGHTS: readonly number\[\] = \[[^\]]*\];/, `export const WEIGHTS: readonly number[] = [${w.join(', ')}];`);
    writeFileSync(file, src);
    console.log(`wrote ${file}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
