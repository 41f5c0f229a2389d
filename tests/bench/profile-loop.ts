// A loop of summarize over the BBC dev articles, for `node --cpu-prof --import tsx tests/bench/profile-loop.ts [rounds]`.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { dataRoot, loadJsonl } from './data';

const rounds = Number(process.argv[2] ?? 5);
const articles = loadJsonl(path.join(dataRoot(process.argv), 'bbc', 'dev.jsonl'));
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) summarize(a.text, { count: 3, lang: a.lang, title: a.title });
console.log(`${rounds} × ${articles.length} articles: ${((performance.now() - t0) / (rounds * articles.length)).toFixed(3)} ms mean`);
