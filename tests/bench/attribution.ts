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
  /**
   * Absent: the first 42, labelled by hand. 'rule': labelled before running the engine on them, picked
   * by a fixed rule (the first quotation of 3+ words in BBC dev articles 0, 30, 60… and OrangeSum dev
   * articles 0, 25, 50… that contain quotation marks; speaker = the person's or organisation's name
   * as first given in full in the article, null when no one named said it).
   */
  set?: 'rule';
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
  const hand = labels.filter((l) => !l.set);
  const rule = labels.filter((l) => l.set === 'rule');
  // "All" counts a quote labelled in both sets once (the rule can pick a quote already labelled).
  const all = [...hand, ...rule.filter((r) => !hand.some((h) => h.id === r.id && (norm(h.quote).includes(norm(r.quote)) || norm(r.quote).includes(norm(h.quote)))))];
  const rows = ([['hand-picked (first 42)', hand], ['picked by rule (new)', rule], ['all (deduplicated)', all]] as const).map(([name, ls]) => {
    const s = attributionScores([...ls], byId);
    const p = s.answered ? s.tp / s.answered : NaN;
    const r = s.labelled ? s.tp / s.labelled : NaN;
    if (verbose) for (const m of s.misses) console.log(`  miss (${name}): ${m}`);
    return [name, `${s.found}/${ls.length}`, s.labelled, s.answered, s.tp, 100 * p, 100 * r, (200 * p * r) / (p + r)];
  });
  printTable(`Speaker attribution on labelled quotes (tests/fixtures/engine/attribution.json)`, ['labels', 'quotes found', 'with a speaker', 'speakers given', 'correct', 'precision', 'recall', 'F1'], rows);
}
