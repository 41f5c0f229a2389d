// Who said what, person by person: the PolNeAR scorer matches surnames, so "Bill Clinton" for Hillary's words counts as right there; this counts whole names.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { directQuotes } from '../../utils/summarize/quotes';
import { loadJsonl, type Article } from './data';
import { printTable } from './table';

interface Referent { article: string; quote: string; referent: string | null }

/** Lower-case words, one space between: quotations are matched on their opening words. */
const plain = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export interface NameCounts { surnameRight: number; exact: number; surnameOnly: number; otherPerson: number }

/**
 * For each "he said"/"the senator said" quotation whose referent is a full name, among those where
 * our speaker's surname is the referent's: how often we give the whole name, only the surname, or
 * another person of that surname (another first name).
 */
export function fullNameCounts(articles: Article[], referents: Referent[]): NameCounts {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const quotesOf = new Map<string, ReturnType<typeof directQuotes>>();
  const out: NameCounts = { surnameRight: 0, exact: 0, surnameOnly: 0, otherPerson: 0 };
  for (const r of referents) {
    const article = byId.get(r.article);
    if (!article || !r.referent?.includes(' ')) continue;
    const quotes = quotesOf.get(article.id) ?? quotesOf.set(article.id, directQuotes(article.text, 'en')).get(article.id)!;
    const gold = plain(r.quote);
    const q = quotes.find((x) => plain(x.text).includes(gold.slice(0, 40)) || gold.includes(plain(x.text).slice(0, 40)));
    if (!q?.speaker || lastWord(q.speaker) !== lastWord(r.referent)) continue;
    out.surnameRight++;
    if (q.speaker === r.referent) out.exact++;
    else if (!q.speaker.includes(' ')) out.surnameOnly++;
    else if (q.speaker.split(' ')[0] !== r.referent.split(' ')[0]) out.otherPerson++;
  }
  return out;
}

/** Prints the counts on PolNeAR dev (its referents) and train (the repository's referents). */
export function printFullNames(root: string): void {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const sets = [
    ['dev', path.join(root, 'polnear', 'dev.jsonl'), path.join(root, 'polnear', 'dev-referents.json')],
    ['train', path.join(root, 'polnear', 'train.jsonl'), path.join(here, '..', '..', 'tools', 'data', 'polnear-train-referents.json')],
  ] as const;
  const rows: (string | number)[][] = [];
  for (const [name, data, refs] of sets) {
    if (!existsSync(data) || !existsSync(refs)) continue;
    const c = fullNameCounts(loadJsonl(data), JSON.parse(readFileSync(refs, 'utf8')) as Referent[]);
    const pct = (n: number) => (100 * n) / Math.max(1, c.surnameRight);
    rows.push([name, c.surnameRight, pct(c.exact), pct(c.surnameOnly), pct(c.otherPerson)]);
  }
  if (rows.length) printTable('Pronoun and description referents on PolNeAR, whole names (where our speaker has the referent\'s surname)', ['split', 'surname right', 'whole name %', 'surname only %', 'another first name %'], rows);
}
