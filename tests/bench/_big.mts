import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '../../utils/summarize/index';
import { dataRoot, loadJsonl } from './data';
const articles = loadJsonl(path.join(dataRoot(), 'bbc', 'dev.jsonl'));
const W = Number(process.argv[2] ?? 100000);
const parts: string[] = []; let count = 0;
for (let i = 0; count < W; i++) { const a = articles[i % articles.length]!; parts.push(a.text); count += a.text.split(/\s+/).length; }
const text = parts.join('\n\n');
const ts: number[] = [];
for (let r = 0; r < Number(process.argv[3] ?? 9); r++) { const t0 = performance.now(); summarize(text, { count: 8, lang: 'en' }); ts.push(performance.now() - t0); }
ts.sort((a, b) => a - b);
console.log(W, 'min', ts[0]!.toFixed(0), 'median', ts[ts.length >> 1]!.toFixed(0));
