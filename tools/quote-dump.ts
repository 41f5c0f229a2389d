// Prints every quotation the engine finds in a JSONL of articles, with its speaker and the words around it, to read its misses.
// npx tsx tools/quote-dump.ts FILE.jsonl [--skip ids.txt] [--limit N] [--lang fr]
import { readFileSync } from 'node:fs';
import { summarize } from '../utils/summarize/index';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const skip = new Set(opt('--skip') ? readFileSync(opt('--skip')!, 'utf8').split(/\s+/u) : []);
const limit = Number(opt('--limit') ?? Infinity);
let shown = 0;
for (const line of readFileSync(args[0]!, 'utf8').split('\n')) {
  if (!line.trim() || shown >= limit) continue;
  const a = JSON.parse(line) as { id: string; text: string; title?: string; lang?: string };
  if (skip.has(a.id)) continue;
  const lang = opt('--lang') ?? a.lang ?? 'en';
  const r = summarize(a.text, { count: 3, lang, title: a.title ?? '' });
  if (r.quotes.length === 0) continue;
  shown++;
  console.log(`\n=== ${a.id}`);
  for (const q of r.quotes) {
    const flat = (s: string) => s.replace(/\s+/gu, ' ');
    console.log(`-> ${q.speaker ?? 'NULL'} | «${flat(q.text).slice(0, 80)}»\n   …${flat(a.text.slice(Math.max(0, q.start - 160), q.start))}[Q]${flat(a.text.slice(q.end, q.end + 120))}`);
  }
}
