// The whole pipeline on OrangeSum's raw pages: HTML → linkedom DOM → extractArticle → key quotes → ROUGE.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { summarize } from '../../utils/summarize/index';
import type { Article } from './data';
import type { QualityRow, Scorer } from './quality';

type Extract = (doc: Document, opts: { url: string }) => { paragraphs: string[]; lang: string; title: string };

/** Loads `extractArticle` if the extraction module exists yet (it is owned elsewhere). */
async function loadExtractor(): Promise<Extract | null> {
  try {
    const mod = (await import('../../utils/extract/extract-article')) as { extractArticle?: Extract };
    return mod.extractArticle ?? null;
  } catch (e) {
    console.log(`(pipeline skipped: utils/extract/extract-article.ts not usable: ${(e as Error).message.split('\n')[0]})`);
    return null;
  }
}

/** ROUGE of key quotes (1 sentence) computed from each article's raw HTML page; null if unavailable. */
export async function pipelineQuality(articles: Article[], root: string, score: Scorer): Promise<QualityRow | null> {
  const extract = await loadExtractor();
  if (!extract) return null;
  const { parseHTML } = await import('linkedom');
  let r1 = 0, r2 = 0, rl = 0, words = 0, ms = 0, n = 0, failed = 0;
  for (const a of articles) {
    const file = path.join(root, 'orangesum', 'html', path.basename(a.html ?? `${a.id.replace(/^orangesum-/, '')}.html.gz`));
    if (!existsSync(file)) continue;
    const html = gunzipSync(readFileSync(file)).toString('utf8');
    const t0 = performance.now();
    let out: string[] = [];
    try {
      const { document } = parseHTML(html);
      const art = extract(document as unknown as Document, { url: `https://actu.orange.fr/${a.id}` });
      out = summarize(art.paragraphs.join('\n\n'), { count: 1, lang: art.lang, title: art.title }).keyQuotes.map((q) => q.text);
    } catch {
      failed++;
    }
    ms += performance.now() - t0;
    const s = score(out, a.summary, { mode: 'unicode', stem: false });
    r1 += s.rouge1.f; r2 += s.rouge2.f; rl += s.rougeLsum.f;
    words += out.join(' ').split(/\s+/).filter(Boolean).length;
    n++;
  }
  if (failed) console.log(`(pipeline: ${failed} pages threw during extraction)`);
  return n ? { name: `Keyquote, whole pipeline from HTML (${n} pages; ms incl. DOM parse + Readability)`, r1: (100 * r1) / n, r2: (100 * r2) / n, rl: (100 * rl) / n, words: words / n, ms: ms / n } : null;
}
