// Lists the cue words PolNeAR's annotators marked for quotations that the engine's reporting verbs do not match, most frequent first: where the verb lists come from.
// npx tsx tools/unmatched-cues.ts [../shared/data/polnear/train.jsonl] [--top 80]
import { readFileSync } from 'node:fs';
import { patternsFor } from '../utils/summarize/reporting-verbs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/u.test(a)) ?? '../shared/data/polnear/train.jsonl';
const top = Number(args[args.indexOf('--top') + 1]) || 80;
const p = patternsFor('en');
// A whole cue is matched when one of the patterns covers all of it.
const covered = (cue: string) =>
  [p.verb, p.characterising, p.according].some((re) => {
    if (!re) return false;
    const whole = new RegExp(`^(?:${re.source})$`, re.flags.replace('g', ''));
    return whole.test(cue);
  });

const counts = new Map<string, number>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const article = JSON.parse(line) as { text: string; attributions: { cue?: number[][]; content: number[][] }[] };
  for (const a of article.attributions) {
    if (!a.cue?.length) continue;
    const content = a.content.map(([s, e]) => article.text.slice(s, e)).join(' ');
    if (!/[“"][^”"]{20,}[”"]/u.test(content)) continue; // only attributions of a direct quotation
    const cue = a.cue.map(([s, e]) => article.text.slice(s, e)).join(' ').trim().toLowerCase();
    if (!covered(cue)) counts.set(cue, (counts.get(cue) ?? 0) + 1);
  }
}
for (const [cue, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(n).padStart(4)}  ${cue}`);
