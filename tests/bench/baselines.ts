// Reference summarizers run in the same process: LEAD, TextRank (tf-idf cosine + PageRank), npm peers.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const segmenters = new Map<string, Intl.Segmenter>();

/** The eval README's splitting for baselines: Intl.Segmenter per paragraph, trimmed, non-empty. */
export function splitSentences(text: string, lang: string): string[] {
  let seg = segmenters.get(lang);
  if (!seg) segmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) for (const s of seg.segment(para)) { const t = s.segment.trim(); if (t) out.push(t); }
  return out;
}

export function lead(text: string, k: number, lang: string): string[] {
  return splitSentences(text, lang).slice(0, k);
}

/** Classic TextRank: tf-idf vectors, all-pairs cosine graph, PageRank (d = 0.85), top k in order. */
export function textrank(text: string, k: number, lang: string): string[] {
  return textrankSentences(splitSentences(text, lang), k);
}

/** TextRank's ranking alone, on sentences already split (to time it without segmentation). */
export function textrankSentences(sents: string[], k: number): string[] {
  const n = sents.length;
  if (n <= k) return sents;
  const toks = sents.map((s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const df = new Map<string, number>();
  for (const t of toks) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const vecs = toks.map((t) => {
    const tf = new Map<string, number>();
    for (const w of t) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) { const x = c * Math.log(n / df.get(w)!); v.set(w, x); norm += x * x; }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const sim = vecs.map((a, i) => vecs.map((b, j) => { if (i === j) return 0; let s = 0; for (const [w, x] of a) s += x * (b.get(w) ?? 0); return s; }));
  const deg = sim.map((r) => r.reduce((a, b) => a + b, 0));
  let r = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 30; it++) r = r.map((_, i) => 0.15 / n + 0.85 * sim.reduce((acc, row, j) => acc + (deg[j]! > 0 ? (row[i]! * r[j]!) / deg[j]! : 0), 0));
  const top = r.map((x, i) => [x, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k).map((p) => p[1]).sort((a, b) => a - b);
  return top.map((i) => sents[i]!);
}

/** npm `lexrank` (its own splitting and tokenising), sentences as it returns them. */
export function npmLexrank(text: string, k: number): string[] {
  const lexrank = require('lexrank') as { summarize(t: string, n: number, cb: (e: unknown, top: { text: string }[]) => void): void };
  let out: string[] = [];
  try { lexrank.summarize(text, k, (err, top) => { if (!err && top) out = top.map((t) => t.text.trim()); }); } catch { out = []; }
  return out;
}

/** npm `node-summarizer`, TextRank mode (asynchronous API); its summary string split for ROUGE-Lsum. */
export async function npmNodeSummarizer(text: string, k: number, lang: string): Promise<string[]> {
  const { SummarizerManager } = require('node-summarizer') as { SummarizerManager: new (t: string, n: number) => { getSummaryByRank(): Promise<{ summary: unknown }> } };
  try {
    const res = await new SummarizerManager(text, k).getSummaryByRank();
    return typeof res.summary === 'string' ? splitSentences(res.summary, lang) : [];
  } catch { return []; }
}
