// Digest of the engine's whole output on the dev sets: proves a speed change left every result byte-identical.
// Usage: npx tsx tests/bench/fingerprint.ts [--data DIR] [--save FILE | --check FILE]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { summarize } from '../../utils/summarize/index';
import { dataRoot, loadJsonl } from './data';

const argv = process.argv.slice(2);
const root = dataRoot(argv);
// The news sets, and PolNeAR's political news, the richest in quotations and speakers (no language given: English).
const polnear = [...loadJsonl(path.join(root, 'polnear', 'dev.jsonl')), ...loadJsonl(path.join(root, 'polnear', 'train.jsonl'))].map((a) => ({ ...a, lang: a.lang ?? 'en' }));
const articles = [...loadJsonl(path.join(root, 'bbc', 'dev.jsonl')), ...loadJsonl(path.join(root, 'orangesum', 'dev.jsonl')), ...polnear];
// Per article: the bench's calls (count 3 / 1 with title and language) and one with language detection.
const lines = articles.map((a) => {
  const runs = [summarize(a.text, { count: 3, lang: a.lang, title: a.title }), summarize(a.text, { count: 1, lang: a.lang, title: a.title }), summarize(a.text, { count: 5 })];
  return `${a.id}\t${createHash('sha256').update(JSON.stringify(runs)).digest('hex')}`;
});
const digest = createHash('sha256').update(lines.join('\n')).digest('hex');
console.log(`${articles.length} articles, digest ${digest}`);
const save = argv.indexOf('--save');
const check = argv.indexOf('--check');
if (save >= 0) writeFileSync(argv[save + 1]!, lines.join('\n'));
if (check >= 0 && existsSync(argv[check + 1]!)) {
  const before = readFileSync(argv[check + 1]!, 'utf8').split('\n');
  const changed = lines.filter((l, i) => l !== before[i]).map((l) => l.split('\t')[0]);
  console.log(changed.length ? `${changed.length} articles changed: ${changed.slice(0, 20).join(' ')}` : 'identical to the saved run');
  if (changed.length) process.exitCode = 1;
}
