// Writes tests/fixtures/engine/golden.json from the current engine (only for an intended output change).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize } from '../../utils/summarize/index';
import { GOLDEN_CASES, SAMPLE_PATH } from '../unit/summarize/golden-cases';

const tests = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const sample = readFileSync(tests(SAMPLE_PATH), 'utf8');
const out = GOLDEN_CASES.map((c) => ({ name: c.name, result: summarize(c.text(sample), c.opts) }));
writeFileSync(tests('fixtures/engine/golden.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${out.length} golden cases`);
