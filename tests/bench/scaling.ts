// Speed: a typical article's median time against TextRank in the same run, and growth to 300k words.
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { directQuotes } from '../../utils/summarize/quotes';
import { keyQuotes, rankSentences } from '../../utils/summarize/key-quotes';
import { segmentSentences } from '../../utils/summarize/segment';
import { clearTermCaches } from '../../utils/summarize/tokenize';
import { splitSentences, textrank, textrankSentences } from './baselines';
import type { Article } from './data';
import { printTable } from './table';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
}

/**
 * Median and p90 ms per article for Keyquote and the TextRank reference, timed on the same input:
 * raw article text in, segmentation included for both (Keyquote: its segmenter, quotes and all;
 * TextRank: the eval README's Intl.Segmenter splitting, then tf-idf cosine + PageRank). Also each
 * without its segmentation (on sentences split beforehand) and the segmentation alone.
 *
 * Each method runs over all the articles in its own pass, as benchmark harnesses run each case in
 * its own loop, ROUNDS passes in alternating method order; every article keeps its median. Timed
 * article by article in alternation instead, each method runs with the other's data in the CPU
 * caches: that figure is printed too, as the last row. Keyquote keeps a cross-call word cache; the
 * "cold" row clears it before every article (a fresh popup or worker).
 */
export function typicalSpeed(articles: Article[]): void {
  const ROUNDS = 9;
  const spans = articles.map((a) => segmentSentences(a.text, a.lang));
  const sents = articles.map((a) => splitSentences(a.text, a.lang));
  const runs: Record<string, (a: Article, i: number) => unknown> = {
    kq: (a) => summarize(a.text, { count: 3, lang: a.lang, title: a.title }),
    tr: (a) => textrank(a.text, 3, a.lang),
    kqRank: (a, i) => {
      const quotes = directQuotes(a.text, a.lang);
      return keyQuotes(a.text, spans[i]!, 3, rankSentences(a.text, spans[i]!, a.lang, a.title, false, quotes));
    },
    trRank: (_a, i) => textrankSentences(sents[i]!, 3),
    kqSeg: (a) => segmentSentences(a.text, a.lang),
    trSeg: (a) => splitSentences(a.text, a.lang),
  };
  const names = Object.keys(runs);
  const times = new Map([...names, 'kqCold'].map((k) => [k, articles.map(() => [] as number[])]));
  for (const k of names) articles.forEach((a, i) => runs[k]!(a, i)); // warm-up (JIT), every method
  const pass = (k: string, run: (a: Article, i: number) => unknown, before?: () => void) => {
    const ts = times.get(k)!;
    articles.forEach((a, i) => {
      before?.(); // not part of the time
      const t0 = performance.now();
      run(a, i);
      ts[i]!.push(performance.now() - t0);
    });
  };
  for (let r = 0; r < ROUNDS; r++) for (const k of r % 2 ? [...names].reverse() : names) pass(k, runs[k]!);
  // Cold last and on its own: it leaves the cache nearly empty, which would make the next warm pass cold too.
  for (let r = 0; r < ROUNDS; r++) pass('kqCold', runs.kq!, clearTermCaches);
  const per = (k: string) => times.get(k)!.map(median);
  const words = median(articles.map((a) => a.text.split(/\s+/).length));
  const row = (name: string, all: string, rank: string, seg: string) => [name, median(per(all)), quantile(per(all), 0.9), median(per(rank)), median(per(seg))];
  const kq = median(per('kq'));
  const tr = median(per('tr'));
  const alternating = alternateRatio(articles, runs.kq!, runs.tr!, ROUNDS);
  printTable(
    `Speed on ${articles.length} BBC articles (median ${words} words), same run, same input (raw text → key quotes); median of ${ROUNDS} runs per article, each method in its own pass`,
    ['method', 'median ms', 'p90 ms', 'median ms without segmentation', 'segmentation alone'],
    [
      row('Keyquote (summarize: segmentation, key quotes, quotes)', 'kq', 'kqRank', 'kqSeg'),
      [`Keyquote, word cache cleared before each article`, median(per('kqCold')), quantile(per('kqCold'), 0.9), NaN, NaN],
      row('TextRank reference (Intl.Segmenter split, tf-idf cosine, PageRank)', 'tr', 'trRank', 'trSeg'),
      ['Keyquote ÷ TextRank', kq / tr, quantile(per('kq'), 0.9) / quantile(per('tr'), 0.9), median(per('kqRank')) / median(per('trRank')), median(per('kqSeg')) / median(per('trSeg'))],
      ['Keyquote ÷ TextRank, timed alternately article by article', alternating.kq / alternating.tr, NaN, NaN, NaN],
    ],
  );
}

/** Medians when the two methods alternate on every article (each finds the other's data in the caches). */
function alternateRatio(articles: Article[], kqRun: (a: Article, i: number) => unknown, trRun: (a: Article, i: number) => unknown, rounds: number): { kq: number; tr: number } {
  const kq = articles.map(() => [] as number[]);
  const tr = articles.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    articles.forEach((a, i) => {
      for (const [run, ts] of r % 2 ? ([[trRun, tr], [kqRun, kq]] as const) : ([[kqRun, kq], [trRun, tr]] as const)) {
        const t0 = performance.now();
        run(a, i);
        ts[i]!.push(performance.now() - t0);
      }
    });
  }
  return { kq: median(kq.map(median)), tr: median(tr.map(median)) };
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
    // Five runs of the big sizes at least: on a shared two-core machine one slow run in three moves a median of three.
    const runs = size >= 100_000 ? 5 : size >= 10_000 ? 7 : 21;
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
