// Bench section: extraction quality on the Article Extraction Benchmark (word-bag P/R/F1 against articleBody),
// the same metric as ../shared/eval/extraction.mjs, plus article-or-not on the pages cut to short articles.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { articleText } from '../../utils/article';
import { extractArticle } from '../../utils/extract/extract-article';
import { dataRoot } from './data';
import { loadAeb, shortened, type AebPage } from './short-articles';

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words precision and recall of `pred` against `gold`, with multiplicity. */
export function wordBag(pred: string, gold: string): { P: number; R: number; F: number } {
  const left = new Map<string, number>();
  const g = words(gold);
  for (const w of g) left.set(w, (left.get(w) ?? 0) + 1);
  const p = words(pred);
  let hit = 0;
  for (const w of p) {
    const c = left.get(w);
    if (c) {
      hit++;
      left.set(w, c - 1);
    }
  }
  const P = p.length ? hit / p.length : 0;
  const R = g.length ? hit / g.length : p.length ? 0 : 1;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

const extract = (html: string, url: string) => extractArticle(parseHTML(html).document as unknown as Document, { url });

export interface PageScore {
  id: string;
  url: string;
  P: number;
  R: number;
  F: number;
  isArticle: boolean;
  text: string;
}

export function scorePages(pages: AebPage[]): PageScore[] {
  return pages.map((p) => {
    const a = extract(p.html, p.url);
    const text = articleText(a.paragraphs);
    return { id: p.id, url: p.url, ...wordBag(text, p.body), isArticle: a.isArticle, text };
  });
}

const mean = (rows: PageScore[], k: 'P' | 'R' | 'F') => (100 * rows.reduce((s, r) => s + r[k], 0)) / rows.length;

export async function extraction(argv: readonly string[] = process.argv): Promise<void> {
  const dir = path.join(dataRoot(argv), 'aeb');
  if (!existsSync(dir)) {
    console.log(`\n(extraction: no data at ${dir}, skipped)`);
    return;
  }
  const pages = loadAeb(dir);
  const rows = scorePages(pages);
  const show = Number(argv[argv.indexOf('--show') + 1] ?? 0) || 0;
  console.log(`\nExtraction, Article Extraction Benchmark dev half (${rows.length} pages; word-bag ×100, as ../shared/eval/extraction.mjs)`);
  console.log(`  Keyquote            P ${mean(rows, 'P').toFixed(1)}  R ${mean(rows, 'R').toFixed(1)}  F1 ${mean(rows, 'F').toFixed(1)}  not-an-article ${rows.filter((r) => !r.isArticle).length}`);
  console.log('  peers (F1, published outputs): rs-trafilatura 96.7, AutoExtract 96.3, trafilatura 96.2, go-trafilatura 95.8, readability.js 94.5');
  for (const r of [...rows].sort((a, b) => a.F - b.F).slice(0, show))
    console.log(`    ${r.id.slice(0, 12)}  P ${(100 * r.P).toFixed(1)}  R ${(100 * r.R).toFixed(1)}  F1 ${(100 * r.F).toFixed(1)}  ${r.url}`);
  const short = pages.flatMap((p) => {
    const s = shortened(p);
    return s ? [{ ...p, ...s }] : [];
  });
  const shortRows = scorePages(short);
  console.log(`  short articles (the same pages cut to 60-95 words of body): ${shortRows.length} pages, P ${mean(shortRows, 'P').toFixed(1)}  R ${mean(shortRows, 'R').toFixed(1)}  F1 ${mean(shortRows, 'F').toFixed(1)}, not-an-article ${shortRows.filter((r) => !r.isArticle).length}`);
}
