// Speed: a typical article's median time against TextRank in the same run, and growth to 300k words.
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { directQuotes } from '../../utils/summarize/quotes';
import { keyQuotes } from '../../utils/summarize/key-quotes';
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
 * without its segmentation (on sentences split beforehand) and the segmentation alone. Each article
 * is timed ROUNDS times, the two methods in alternating order, and its median kept, so neither
 * method pays the other's garbage collection more often. Keyquote keeps a cross-call word cache;
 * the "cold" row clears it before every article (a fresh popup or worker).
 */
export function typicalSpeed(articles: Article[]): void {
  const ROUNDS = 3;
  const spans = articles.map((a) => segmentSentences(a.text, a.lang));
  const sents = articles.map((a) => splitSentences(a.text, a.lang));
  const runs: Record<string, (a: Article, i: number) => unknown> = {
    kq: (a) => summarize(a.text, { count: 3, lang: a.lang, title: a.title }),
    tr: (a) => textrank(a.text, 3, a.lang),
    kqRank: (a, i) => [keyQuotes(a.text, spans[i]!, 3, a.lang, a.title), directQuotes(a.text, a.lang)],
    trRank: (_a, i) => textrankSentences(sents[i]!, 3),
    kqSeg: (a) => segmentSentences(a.text, a.lang),
    trSeg: (a) => splitSentences(a.text, a.lang),
  };
  const names = Object.keys(runs);
  const times = new Map(names.map((k) => [k, articles.map(() => [] as number[])]));
  for (const a of articles.slice(0, 50)) for (const k of names) runs[k]!(a, 0); // warm-up (JIT), every method
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...names].reverse() : names;
    articles.forEach((a, i) => {
      for (const k of order) {
        const t0 = performance.now();
        runs[k]!(a, i);
        times.get(k)![i]!.push(performance.now() - t0);
      }
    });
  }
  // Cold last and on its own: clearing the cache inside the rounds would make the warm rows cold too.
  const cold = articles.map((a) => {
    const ts: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      clearTermCaches();
      const t0 = performance.now();
      summarize(a.text, { count: 3, lang: a.lang, title: a.title });
      ts.push(performance.now() - t0);
    }
    return median(ts);
  });
  times.set('kqCold', cold.map((t) => [t]));
  const per = (k: string) => times.get(k)!.map(median);
  const words = median(articles.map((a) => a.text.split(/\s+/).length));
  const row = (name: string, all: string, rank: string, seg: string) => [name, median(per(all)), quantile(per(all), 0.9), median(per(rank)), median(per(seg))];
  const kq = median(per('kq'));
  const tr = median(per('tr'));
  printTable(
    `Speed on ${articles.length} BBC articles (median ${words} words), same run, same input (raw text → key quotes); median of ${ROUNDS} runs per article`,
    ['method', 'median ms', 'p90 ms', 'median ms without segmentation', 'segmentation alone'],
    [
      row('Keyquote (summarize: segmentation, key quotes, quotes)', 'kq', 'kqRank', 'kqSeg'),
      [`Keyquote, word cache cleared before each article`, median(per('kqCold')), quantile(per('kqCold'), 0.9), NaN, NaN],
      row('TextRank reference (Intl.Segmenter split, tf-idf cosine, PageRank)', 'tr', 'trRank', 'trSeg'),
      ['Keyquote ÷ TextRank', kq / tr, quantile(per('kq'), 0.9) / quantile(per('tr'), 0.9), median(per('kqRank')) / median(per('trRank')), median(per('kqSeg')) / median(per('trSeg'))],
    ],
  );
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
