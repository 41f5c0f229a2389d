// Fits the first-name lexicon the attribution resolver uses (utils/summarize/first-names.ts).
//
//   npx tsx tools/fit-first-names.ts [--data ../shared/data/polnear/train.jsonl] > utils/summarize/first-names.ts
//
// Which words are first names that news uses: the first word of every two- or three-word capitalised
// name ("Marco Rubio", "Sen. Marco Rubio") in PolNeAR's train articles, kept when the words mostly
// stand before a surname there ("Texas" and "Boston" are in the package's lists too).
// Their gender: the name lists of the npm package gender-detection-from-name (MIT; a development
// dependency, used here only), checked against what the articles' own pronouns say after each full
// name (the first he/his or she/hers in that sentence or the next): a name whose pronouns
// clearly disagree with the list is dropped. The resolver must never hear a wrong gender from this
// list: unknown is safe, wrong is not.
import { readFileSync } from 'node:fs';
import { cleanName } from '../utils/summarize/names';
import { stopwordsFor } from '../utils/summarize/stopwords';
import { getGender } from 'gender-detection-from-name';

interface Record { id: string; text: string; attributions: { source: [number, number][] }[] }

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : dflt; };
const file = arg('--data', '../shared/data/polnear/train.jsonl');
const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record);
const stop = stopwordsFor('en');
const isStopword = (w: string) => stop.has(w) || w === 'the';

const articlesOf = new Map<string, Set<string>>(); // first name → articles with a full name starting with it
const votes = new Map<string, { m: number; f: number }>();
const FULL = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

const RUN = /(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?![\p{L}'’-])/gu;
const PRONOUN = /\b(he|his|she|hers)\b/iu;

for (const r of records) {
  for (const m of r.text.matchAll(RUN)) {
    const name = cleanName(m[0], isStopword);
    if (!FULL.test(name)) continue;
    const first = name.split(' ')[0]!;
    if (!articlesOf.has(first)) articlesOf.set(first, new Set());
    articlesOf.get(first)!.add(r.id);
    // The rest of this sentence and the next, cut at the next full name (the pronoun may be theirs).
    const after = r.text.slice(m.index! + m[0].length, m.index! + m[0].length + 300);
    let window = /^(?:[^.!?]*[.!?]){0,2}/u.exec(after)![0];
    const other = /\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+/u.exec(window);
    if (other) window = window.slice(0, other.index);
    const p = PRONOUN.exec(window);
    const v = votes.get(first) ?? { m: 0, f: 0 };
    if (p && /^(?:he|his)$/iu.test(p[1]!)) v.m++;
    else if (p && /^(?:she|hers)$/iu.test(p[1]!)) v.f++;
    votes.set(first, v);
  }
}

// A first name is mostly followed by a surname; "Texas", "Boston" or "Obama" (in the package's lists
// too) mostly stand alone.
const allText = records.map((r) => r.text).join('\n');
function mostlyBeforeASurname(word: string): boolean {
  const alone = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu');
  const beforeName = new RegExp(`(?<![\\p{L}])${word} (?:\\p{Lu}\\. )?\\p{Lu}\\p{Ll}`, 'gu');
  const total = allText.match(alone)?.length ?? 0;
  return (allText.match(beforeName)?.length ?? 0) >= 0.6 * total;
}

const male: string[] = [];
const female: string[] = [];
for (const [first, arts] of [...articlesOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const v = votes.get(first)!;
  if (arts.size < 1 || !mostlyBeforeASurname(first)) continue;
  const listed = getGender(first, 'en') as string;
  // Kept unless the articles' pronouns contradict the list at least as often as they agree.
  if (listed === 'male' && v.m >= v.f) male.push(first);
  else if (listed === 'female' && v.f >= v.m) female.push(first);
}

const wrap = (names: string[]) => names.join(' ').replace(/(.{1,96})(?: |$)/g, "\n  '$1 ' +").replace(/ ' \+$/, "'");
console.log(`// First names and their gender, fitted by tools/fit-first-names.ts on PolNeAR train (${records.length} articles): do not edit by hand.
// Used to tell whether "he" or "she" can refer to a person; a name missing here is simply unknown.

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(male)}).split(' '));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(female)}).split(' '));
`);
