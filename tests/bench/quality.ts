// ROUGE quality of Keyquote and its peers on one data set, printed as one table.
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { lead, npmLexrank, npmNodeSummarizer, textrank } from './baselines';
import type { Article } from './data';
import { printTable } from './table';

export type Scorer = (cand: string[], ref: string[], opts: { mode: 'ascii' | 'unicode'; stem: boolean }) => {
  rouge1: { f: number };
  rouge2: { f: number };
  rougeLsum: { f: number };
};

export interface Method {
  name: string;
  run(a: Article, k: number): string[] | Promise<string[]>;
}

export const keyquote: Method = {
  name: 'Keyquote',
  run: (a, k) => summarize(a.text, { count: k, lang: a.lang, title: a.title }).keyQuotes.map((q) => q.text),
};

export function methodsFor(lang: string): Method[] {
  return [
    keyquote,
    { name: 'LEAD', run: (a, k) => lead(a.text, k, lang) },
    { name: 'TextRank (tf-idf cosine + PageRank)', run: (a, k) => textrank(a.text, k, lang) },
    { name: 'npm node-summarizer (rank)', run: (a, k) => npmNodeSummarizer(a.text, k, lang) },
    { name: 'npm lexrank', run: (a, k) => npmLexrank(a.text, k) },
  ];
}

export interface QualityRow {
  name: string;
  r1: number;
  r2: number;
  rl: number;
  words: number;
  ms: number;
}

/** Scores each method on the articles (mean per-article F1 ×100, mean words, mean ms per article on a second pass). */
export async function evaluate(articles: Article[], k: number, methods: Method[], score: Scorer, mode: 'ascii' | 'unicode'): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const m of methods) {
    let r1 = 0, r2 = 0, rl = 0, words = 0, ms = 0;
    for (const a of articles) {
      const out = await m.run(a, k);
      const s = score(out, a.summary, { mode, stem: mode === 'ascii' });
      r1 += s.rouge1.f; r2 += s.rouge2.f; rl += s.rougeLsum.f;
      words += out.join(' ').split(/\s+/).filter(Boolean).length;
    }
    // Timed on a second pass of its own: the first pays for compiling the code and filling caches,
    // and runs between calls of the scorer, which would charge one method for another's start-up.
    for (const a of articles) {
      const t0 = performance.now();
      await m.run(a, k);
      ms += performance.now() - t0;
    }
    const n = articles.length || 1;
    rows.push({ name: m.name, r1: (100 * r1) / n, r2: (100 * r2) / n, rl: (100 * rl) / n, words: words / n, ms: ms / n });
  }
  return rows;
}

export function printQuality(title: string, rows: QualityRow[]): void {
  printTable(title, ['method', 'R-1', 'R-2', 'R-L', 'words', 'ms/article (mean, 2nd pass)'], rows.map((r) => [r.name, r.r1, r.r2, r.rl, r.words, r.ms]));
}
