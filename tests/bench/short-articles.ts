// Short articles from real pages: each AEB page with its body cut to its first 60-95 words of paragraphs.
// Article-or-not must still say "article" on them (news briefs, one-paragraph stories keep the page around them).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { countWords } from '../../utils/reading-time';
import { normalizeText } from '../../utils/normalize-text';

export interface AebPage {
  id: string;
  url: string;
  html: string;
  body: string;
}

export function loadAeb(dir: string): AebPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string; articleBody: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]!.url || 'https://example.com/',
      body: truth[id]!.articleBody,
      html: gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

/** The page with only the first body paragraphs that make 60-95 words; null when it has none that fit. */
export function shortened(page: AebPage): { html: string; body: string } | null {
  const { document } = parseHTML(page.html);
  const gold = normalizeText(page.body);
  const paras = [...document.querySelectorAll('p')].filter((p) => {
    const t = normalizeText(p.textContent ?? '');
    return t.length > 40 && gold.includes(t);
  });
  const kept: string[] = [];
  let words = 0;
  let i = 0;
  for (; i < paras.length && words < 60; i++) {
    const t = normalizeText(paras[i]!.textContent ?? '');
    if (words + countWords(t) > 95) break;
    kept.push(t);
    words += countWords(t);
  }
  if (words < 60 || words > 95) return null;
  for (const p of paras.slice(i)) p.remove();
  return { html: document.toString(), body: kept.join('\n\n') };
}
