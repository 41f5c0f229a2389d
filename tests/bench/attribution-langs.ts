// Who said what per language: precision and recall of the speakers on hand-labelled quotations (English, French, German) and on PolNeAR.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { summarize } from '../../utils/summarize/index';
import type { Label } from './attribution';
import { loadJsonl, type Article } from './data';
import { printTable } from './table';

const fixtures = (name: string) => fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url));
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The same rule as the PolNeAR scorer: our speaker's last word is a word of the label, or the label's last word is one of ours. */
function sameSpeaker(ours: string, label: string): boolean {
  const o = words(ours), l = words(label);
  return o.length > 0 && l.length > 0 && (l.includes(o[o.length - 1]!) || o.includes(l[l.length - 1]!));
}

export interface LangScore {
  lang: string; labels: number; found: number; withSpeaker: number; given: number; right: number;
  /** The same two counts for quotations of six words or more, the scope (shorter ones are scare quotes, not listed). */
  withSpeakerLong: number; rightLong: number;
}

/** As the PolNeAR scorer's --min-words: a quotation this long or longer belongs in the list. */
const LONG_WORDS = 6;

/** Scores the engine's quotations against labels; a label is found when an engine quotation holds its words. */
export function scoreLabels(lang: string, labels: Label[], byId: Map<string, Article>): LangScore {
  const s: LangScore = { lang, labels: 0, found: 0, withSpeaker: 0, given: 0, right: 0, withSpeakerLong: 0, rightLong: 0 };
  const results = new Map<string, ReturnType<typeof summarize>>();
  for (const l of labels) {
    const a = byId.get(l.id);
    if (!a) continue;
    let r = results.get(a.id);
    if (!r) results.set(a.id, (r = summarize(a.text, { count: 3, lang: a.lang, title: a.title })));
    s.labels++;
    const long = words(l.quote).length >= LONG_WORDS;
    if (l.speaker !== null) s.withSpeaker++;
    if (l.speaker !== null && long) s.withSpeakerLong++;
    const want = words(l.quote).join(' ');
    const hit = r.quotes.find((q) => words(q.text).join(' ').includes(want) || want.includes(words(q.text).join(' ')));
    if (!hit) continue;
    s.found++;
    if (!hit.speaker) continue;
    s.given++;
    if (l.speaker !== null && sameSpeaker(hit.speaker, l.speaker)) {
      s.right++;
      if (long) s.rightLong++;
    } else if (process.env.KEYQUOTE_SHOW_MISSES) console.log(`  ${lang.slice(0, 2)} wrong: ${hit.speaker} (label ${l.speaker}) | ${l.quote.slice(0, 50)}`);
  }
  return s;
}

const load = (name: string) => JSON.parse(readFileSync(fixtures(name), 'utf8')) as Label[];

export function printLanguages(root: string, english: Label[], byId: Map<string, Article>): void {
  const fr = loadJsonl(path.join(root, 'orangesum', 'dev.jsonl'));
  const de = loadJsonl(fixtures('de-articles.jsonl'));
  const all = new Map(byId);
  for (const a of [...fr, ...de]) all.set(a.id, a);
  const rows = [
    scoreLabels('en (BBC, hand and rule labels)', english.filter((l) => all.get(l.id)?.lang === 'en'), all),
    scoreLabels('fr (OrangeSum, attribution-fr.json)', load('attribution-fr.json'), all),
    scoreLabels('de (Wikinews, attribution-de.json)', load('attribution-de.json'), all),
  ].map((s) => [s.lang, s.labels, s.found, s.withSpeaker, s.given, s.right, (100 * s.right) / s.given, (100 * s.right) / s.withSpeaker, (100 * s.rightLong) / s.withSpeakerLong]);
  printTable('Who said what per language (speaker right: last-name rule)', ['set', 'labels', 'quotes found', 'with a speaker', 'speakers given', 'right', 'precision', 'recall', `recall, ${LONG_WORDS}+ words`], rows);
  const bbc = [...byId.values()].filter((a) => a.lang === 'en');
  printTable(
    'Roles beside speakers: named speakers (a full name, once per article) shown with the role the article gives them',
    ['set', 'speakers', 'with a role', '%'],
    [roleShare('en (BBC dev)', bbc), roleShare('fr (OrangeSum dev)', fr), roleShare('de (Wikinews)', de)],
  );
}

/** How many of the named speakers of `articles` Who said what shows with a role. */
function roleShare(set: string, articles: Article[]): (string | number)[] {
  let speakers = 0;
  let withRole = 0;
  for (const a of articles) {
    const roles = new Map<string, boolean>();
    for (const q of summarize(a.text, { count: 3, lang: a.lang, title: a.title }).quotes) {
      if (q.speaker?.includes(' ')) roles.set(q.speaker, (roles.get(q.speaker) ?? false) || Boolean(q.role));
    }
    speakers += roles.size;
    withRole += [...roles.values()].filter(Boolean).length;
  }
  return [set, speakers, withRole, (100 * withRole) / speakers];
}

/** PolNeAR dev through the CLI, as ../shared/eval/attribution.mjs scores it. */
export function printPolnear(root: string): void {
  const script = path.join(root, '..', 'eval', 'attribution.mjs');
  if (!existsSync(script)) return void console.log(`\n(PolNeAR: ${script} not found, skipped)`);
  const run = spawnSync(process.execPath, [script, '--data', path.join(root, 'polnear', 'dev.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  console.log('\nWho said what on PolNeAR dev (node ../shared/eval/attribution.mjs): quotations of 6+ words');
  for (const line of (run.stdout ?? '').trim().split('\n').slice(0, 3)) console.log(`  ${line}`);
}
