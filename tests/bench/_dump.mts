// Every quotation's speaker and role on the data sets: npx tsx tests/bench/_dump.mts OUT.tsv
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { summarize } from '../../utils/summarize/index';
import { dataRoot, loadJsonl } from './data';
const root = dataRoot();
const sets: [string, string][] = [['bbc', 'bbc/dev.jsonl'], ['os', 'orangesum/dev.jsonl'], ['pd', 'polnear/dev.jsonl'], ['pt', 'polnear/train.jsonl']];
const out: string[] = [];
for (const [tag, file] of sets) for (const a of loadJsonl(path.join(root, file))) {
  const r = summarize(a.text, { count: 3, lang: a.lang ?? 'en', title: a.title });
  for (const q of r.quotes) out.push([tag, a.id, q.text.slice(0, 70).replace(/\s+/g, ' '), q.speaker ?? '-', q.role ?? ''].join('\t'));
}
const de = 'tests/fixtures/engine/de-articles.jsonl';
if (existsSync(de)) for (const a of loadJsonl(de)) {
  const r = summarize(a.text, { count: 3, lang: a.lang, title: a.title });
  for (const q of r.quotes) out.push(['de', a.id, q.text.slice(0, 70).replace(/\s+/g, ' '), q.speaker ?? '-', q.role ?? ''].join('\t'));
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
console.log(out.length, 'quotations');
