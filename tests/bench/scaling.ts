// Speed: a typical article's median time against TextRank in the same run, and growth to 300k words.
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { textrank } from './baselines';
import type { Article } from './data';
import { printTable } from './table';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}

/** Median ms per article (count 3, language given, segmentation included) for Keyquote and TextRank. */
export function typicalSpeed(articles: Article[]): void {
  const kq: number[] = [];
  const tr: number[] = [];
  for (const a of articles.slice(0, 50)) summarize(a.text, { count: 3, lang: a.lang }); // warm-up (JIT)
  for (const a of articles) {
    let t0 = performance.now();
    summarize(a.text, { count: 3, lang: a.lang, title: a.title });
    kq.push(performance.now() - t0);
    t0 = performance.now();
    textrank(a.text, 3, a.lang);
    tr.push(performance.now() - t0);
  }
  const words = median(articles.map((a) => a.text.split(/\s+/).length));
  const k = median(kq);
  const t = median(tr);
  printTable(`Speed on ${articles.length} BBC articles (median ${words} words), same run`, ['method', 'median ms', 'p90 ms'], [
    ['Keyquote (summarize, incl. segmentation and quotes)', k, quantile(kq, 0.9)],
    ['TextRank reference', t, quantile(tr, 0.9)],
    ['Keyquote ÷ TextRank', k / t, NaN],
  ]);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/** Texts of n words made of whole articles (cycled), so sentences and paragraphs are real. */
function bigText(articles: Article[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const a = articles[i % articles.length]!;
    parts.push(a.text);
    count += a.text.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

/** Time at 1k / 10k / 100k / 300k words (median of a few runs; count 8, language given). */
export function scaling(articles: Article[], sizes = [1_000, 10_000, 100_000, 300_000]): void {
  const rows: (string | number)[][] = [];
  const times = new Map<number, number>();
  for (const size of sizes) {
    const text = bigText(articles, size);
    const runs = size >= 100_000 ? 3 : size >= 10_000 ? 7 : 21;
    summarize(text, { count: 8, lang: 'en' });
    const ts: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      summarize(text, { count: 8, lang: 'en' });
      ts.push(performance.now() - t0);
    }
    times.set(size, median(ts));
    rows.push([`${size.toLocaleString('en')} words`, text.length, median(ts), (median(ts) / size) * 1000]);
  }
  printTable('Scaling (summarize, count 8)', ['input', 'chars', 'median ms', 'µs/word'], rows);
  const r = (times.get(100_000) ?? NaN) / (times.get(10_000) ?? NaN);
  console.log(`time(100k)/time(10k) = ${r.toFixed(2)} (target ≤ 12); 100k words in ${(times.get(100_000) ?? NaN).toFixed(1)} ms (target ≤ 200)`);
}
