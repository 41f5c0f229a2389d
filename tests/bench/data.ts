// Locates and loads the evaluation data (../shared/data by default; --data DIR or KEYQUOTE_DATA).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Article {
  id: string;
  title: string;
  text: string;
  summary: string[];
  lang: string;
  html?: string;
}

/** Data root: `--data DIR` flag, else KEYQUOTE_DATA, else ../shared/data beside the project. */
export function dataRoot(argv: readonly string[] = process.argv): string {
  const i = argv.indexOf('--data');
  const flag = i >= 0 ? argv[i + 1] : undefined;
  return path.resolve(flag ?? process.env.KEYQUOTE_DATA ?? path.join(process.cwd(), '..', 'shared', 'data'));
}

/** The ROUGE scorer: KEYQUOTE_ROUGE, else eval/rouge.mjs next to the data folder. */
export function rougePath(root: string): string {
  return process.env.KEYQUOTE_ROUGE ?? path.join(root, '..', 'eval', 'rouge.mjs');
}

export function loadJsonl(file: string, limit = Infinity): Article[] {
  if (!existsSync(file)) return [];
  const out: Article[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as Article);
    if (out.length >= limit) break;
  }
  return out;
}

/** Every k-th article, so a quick run still spans the whole set. */
export function sample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}
