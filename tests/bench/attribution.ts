// Precision and recall of speaker attribution on the labelled quotes in tests/fixtures/engine/attribution.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize } from '../../utils/summarize/index';
import type { Article } from './data';
import { printTable } from './table';

export interface Label {
  id: string;
  quote: string;
  speaker: string | null;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function loadLabels(): Label[] {
  const file = fileURLToPath(new URL('../fixtures/engine/attribution.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Label[];
}

/**
 * Per labelled quote: the engine's quotation that contains it (or is contained in it). Precision is
 * over quotes the engine gave a speaker; recall over all labelled quotes with a speaker.
 */
export function attributionScores(labels: Label[], byId: Map<string, Article>): { tp: number; answered: number; labelled: number; found: number; misses: string[] } {
  let tp = 0, answered = 0, labelled = 0, found = 0;
  const misses: string[] = [];
  const cache = new Map<string, ReturnType<typeof summarize>>();
  for (const l of labels) {
    const a = byId.get(l.id);
    if (!a) continue;
    let res = cache.get(a.id);
    if (!res) cache.set(a.id, (res = summarize(a.text, { count: 3, lang: a.lang, title: a.title })));
    const q = norm(l.quote);
    const hit = res.quotes.find((x) => norm(x.text).includes(q) || q.includes(norm(x.text)));
    if (l.speaker !== null) labelled++;
    if (hit) found++;
    if (hit?.speaker) {
      answered++;
      if (l.speaker !== null && norm(hit.speaker) === norm(l.speaker)) tp++;
      else misses.push(`${l.id}: "${l.quote.slice(0, 40)}…" → ${hit.speaker} (label ${l.speaker})`);
    } else if (l.speaker !== null) misses.push(`${l.id}: "${l.quote.slice(0, 40)}…" → ${hit ? 'null' : 'quote not found'} (label ${l.speaker})`);
  }
  return { tp, answered, labelled, found, misses };
}

export function printAttribution(labels: Label[], byId: Map<string, Article>, verbose: boolean): void {
  const s = attributionScores(labels, byId);
  const p = s.answered ? s.tp / s.answered : NaN;
  const r = s.labelled ? s.tp / s.labelled : NaN;
  printTable(`Speaker attribution on ${labels.length} labelled quotes (tests/fixtures/engine/attribution.json)`, ['quotes found', 'speakers given', 'correct', 'precision', 'recall', 'F1'], [
    [`${s.found}/${labels.length}`, s.answered, s.tp, 100 * p, 100 * r, (200 * p * r) / (p + r)],
  ]);
  if (verbose) for (const m of s.misses) console.log(`  miss: ${m}`);
}
