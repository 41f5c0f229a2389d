// Who said what against PolNeAR's annotations by offsets, not by the scorer's word matching: `SPLIT=dev npx tsx tests/bench/attribution-offsets.ts`
// (default train). Each listed quotation with a speaker that lies inside an annotated content span is compared with that span's
// source (a name, else the referents file's answer for a pronoun or description), and every disagreement is printed. The scorer
// (../shared/eval/attribution.mjs) pairs quotations by 60% of their words, so a short one is often paired with another of the
// same article; this shows which disagreements are the engine's.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { summarize } from '../../utils/summarize/index';
import { dataRoot, loadJsonl } from './data';

interface Article {
  id: string;
  text: string;
  attributions: { source: [number, number][]; content: [number, number][] }[];
}
interface Referent {
  article: string;
  quote: string;
  referent: string | null;
}

const split = process.env.SPLIT ?? 'train';
const referentsFile = split === 'dev' ? path.join(dataRoot(), 'polnear', 'dev-referents.json') : 'tools/data/polnear-train-referents.json';
const referents = JSON.parse(readFileSync(referentsFile, 'utf8')) as Referent[];
// A source that is a pronoun or a description: its referent is the careful reader's answer.
const NOT_A_NAME = /^(?:He|She|They|It|We|I|You|The|A|An|This|That|His|Her)(?![\p{L}])|^\p{Ll}/u;

const words = (s: string): string[] => s.toLowerCase().replace(/[’']s\b/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
/** The scorer's rule: our speaker's last word is a word of the gold name, or the gold name's last capitalised word is one of ours. */
function sameSpeaker(speaker: string, gold: string): boolean {
  const ours = words(speaker);
  const caps = (gold.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/[’']s$/u, ''));
  return words(gold).includes(ours[ours.length - 1]!) || (caps.length > 0 && ours.includes(caps[caps.length - 1]!));
}

let compared = 0;
let differ = 0;
for (const a of loadJsonl(path.join(dataRoot(), 'polnear', `${split}.jsonl`)) as unknown as Article[]) {
  for (const q of summarize(a.text, { count: 3, lang: 'en' }).quotes) {
    if (!q.speaker) continue;
    const annotated = a.attributions.find((at) => at.source.length > 0 && at.content.some(([s, e]) => q.start >= s - 2 && q.end <= e + 2));
    if (!annotated) continue;
    const source = annotated.source.map(([s, e]) => a.text.slice(s, e)).join(' ').trim();
    const gold = NOT_A_NAME.test(source) ? referents.find((r) => r.article === a.id && q.text.includes(r.quote.slice(0, 30)))?.referent : source;
    if (!gold) continue;
    compared++;
    if (sameSpeaker(q.speaker, gold)) continue;
    differ++;
    console.log(`${a.id} | annotated ${gold.slice(0, 50)} | ours ${q.speaker} | ${q.text.slice(0, 70)}`);
  }
}
console.log(`${differ} of ${compared} quotations with an annotated source differ (${split})`);
