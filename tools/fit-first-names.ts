// Fits the first-name lexicon the attribution resolver uses (utils/summarize/first-names.ts).
//
//   npx tsx tools/fit-first-names.ts [--write | --write-french]
//
// prints the lexicons; --write puts them in utils/summarize/first-names.ts and first-names-fr.ts,
// --write-french only the French one. (Not a shell redirect into those files: the script imports them
// through names.ts, and a redirect empties them before they are read.)
//
// Which words are first names that news uses: the first word of every two- or three-word capitalised
// name ("Marco Rubio", "Sen. Marco Rubio"), kept when the word mostly stands before a surname
// ("Texas" and "Boston" are in the package's lists too). Not a run that ends on a word of a body, a place or an
// event (names.ts isOrganisation: "Free State Project", "Haven Avenue", "Great Debate"), nor a Chinese name written
// family name first ("Ai Jun"): their first word is no first name. Nor a word the articles write lower-case, as an
// ordinary word, more than three times as often as it opens a person's full name ("race", "summer", "secret"; "bill"
// and Bill Clinton stay).
// Their gender: the name lists of the npm package gender-detection-from-name (MIT; a development
// dependency, used here only), checked against what the articles' own pronouns say after each full
// name (the first he/his or she/hers in that sentence or the next): a name whose pronouns
// clearly disagree with the list is dropped. So is one whose surname, standing alone later in the
// article, is followed by the other gender's pronoun four times or more and never its own
// ("Florent"). The resolver must never hear a wrong gender from this list: unknown is safe, wrong is not.
// Two corpora: PolNeAR's train split (US politics), where a name is kept on the rule above; and the
// BBC articles (UK news of every section), which add common names the political sample lacks
// ("Henry") under a stricter rule, since a wider corpus brings "Real Madrid" and "Sao Paulo": the
// word stands before two or more different surnames, and the articles' pronouns after it agree with
// the list at least once and never disagree. A name both corpora show before one surname only
// ("Leonardo DiCaprio", "Nathalie Dechy") is kept when the articles never write the word lower-case (as
// "will", "hope", "grace", "king" are), and the pronouns after the full name or the surname alone agree
// with the list at least once and never disagree. PolNeAR's dev split, on which attribution is measured,
// is not read.
// French names come from French articles alone (OrangeSum, less the articles of the French labelled
// quotations, tests/fixtures/engine/attribution-fr.json, on which attribution is measured): the package's
// French lists call Bruno, Jacques and François women. Their gender is what French writes outright: the
// courtesy title before the surname ("M. Castaner", "Mme Buzyn") and the gendered article of a role right
// before the full name ("la présidente du RN Marine Le Pen", "le ministre de l'Intérieur Christophe
// Castaner"), and the agreement the resolver reads after a name (agreement-gender.ts: "Julie Isaacson, une
// New-Yorkaise", "Marion Cotillard s'était exprimée"). A French name is kept when the articles say its gender
// twice or more and never the other, and, when the English articles use it too, where there it mostly
// stands before a surname and their pronouns never say the other gender ("Jacques", "Michel", "Gilles" kept;
// the English rules above had left them out for want of English evidence, not for evidence against them). A name English
// news writes mostly otherwise ("a Marine", "Marine Corps"; "Scott", a surname too) goes to a list read in French text only
// (first-name-gender.ts firstNameGenderIn): "Marine Le Pen" is a woman there, and "Former Marine John Tiegen" stays John Tiegen.
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanName, isOrganisation, PLACE_OPENING, TITLES } from '../utils/summarize/names';
import { isShortFamilyName } from '../utils/summarize/family-name-first';
import { stopwordsFor } from '../utils/summarize/stopwords';
import { getGender } from 'gender-detection-from-name';
import { agreementGender } from '../utils/summarize/agreement-gender';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../utils/summarize/first-names';
import { FRENCH_FEMALE_FIRST_NAMES, FRENCH_MALE_FIRST_NAMES } from '../utils/summarize/first-names-fr';
import { FR_FEMININE_ROLES, FR_MASCULINE_ROLES, FR_ROLES, frenchRoleGender } from '../utils/summarize/described-role';

interface Record { id: string; text: string }
// uses: full names it opens; m, f: pronoun votes after the full name; later: after the surname alone, later in the same article.
interface Usage { articles: Set<string>; surnames: Set<string>; uses: number; m: number; f: number; later: { m: number; f: number } }

// cleanName reads the lexicon this script writes ("Kentuckian Rand Paul" starts at a known first name):
// fitting against whatever lexicon is in place made the output drift from run to run. The fit starts
// from none, so the same corpora always give the same lexicon.
for (const names of [MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, FRENCH_MALE_FIRST_NAMES, FRENCH_FEMALE_FIRST_NAMES]) (names as Set<string>).clear();

const read = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record);
const polnear = read('../shared/data/polnear/train.jsonl');
const bbc = read('../shared/data/bbc/dev.jsonl');
const stop = stopwordsFor('en');
// First names that English stopword lists carry: read as stopwords, "Bill Clinton" would be cleaned to
// "Clinton" and "Bill" never seen as a first word (the rules below still decide whether they are kept).
const STOPWORD_FIRST_NAMES = new Set(['bill', 'don', 'ed', 'al']);
const isStopword = (w: string) => (stop.has(w) || w === 'the') && !STOPWORD_FIRST_NAMES.has(w);

// A surname may have a capital inside: "DiCaprio", "McConnell", "O'Brien".
const SURNAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}\\p{Ll}+)?";
const FULL = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}\\.)?(?: ${SURNAME}){1,2}$`, 'u');
const RUN = new RegExp(`(?<![\\p{L}'’-])\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}\\.)?(?: ${SURNAME}){1,2}(?![\\p{L}'’-])`, 'gu');
const PRONOUN = /\b(he|his|she|hers)\b/iu;

/** The first he/his or she/hers after `end`, in that sentence or the next, before anyone else is named in full. */
function pronounAfter(text: string, end: number): 'm' | 'f' | null {
  const after = text.slice(end, end + 300);
  let window = /^(?:[^.!?]*[.!?]){0,2}/u.exec(after)![0];
  const other = /\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+/u.exec(window);
  if (other) window = window.slice(0, other.index);
  const p = PRONOUN.exec(window);
  return !p ? null : /^(?:he|his)$/iu.test(p[1]!) ? 'm' : 'f';
}

/**
 * How each first word of a full name is used in the records: articles, surnames after it, pronoun votes
 * after the full name, and apart from them after the surname alone ("Florent Groberg… Groberg, 33,
 * said he…"): news names a person in full once, then by surname.
 */
function usages(records: Record[]): Map<string, Usage> {
  const byFirst = new Map<string, Usage>();
  const vote = (votes: { m: number; f: number }, gender: 'm' | 'f' | null) => {
    if (gender) votes[gender]++;
  };
  for (const r of records) {
    const firstsOf = new Map<string, Set<string>>(); // surname → the first names it follows in this article
    for (const m of r.text.matchAll(RUN)) {
      const name = cleanName(m[0], isStopword);
      if (!FULL.test(name)) continue;
      const words = name.split(' ');
      // A body, a place or an event is no one's name, though cleanName keeps its whole run ("Free State Project",
      // "Haven Avenue", "Great Debate"); nor is a Chinese name written family name first ("Ai Jun").
      if (isOrganisation(words[words.length - 1]!)) continue;
      if (isShortFamilyName(words[0]!, words[1]!)) continue;
      const first = words[0]!;
      const surname = words[words.length - 1]!;
      const u = byFirst.get(first) ?? { articles: new Set(), surnames: new Set(), uses: 0, m: 0, f: 0, later: { m: 0, f: 0 } };
      byFirst.set(first, u);
      u.uses++;
      u.articles.add(r.id);
      u.surnames.add(surname);
      firstsOf.set(surname, (firstsOf.get(surname) ?? new Set()).add(first));
      vote(u, pronounAfter(r.text, m.index! + m[0].length));
    }
    // The surname alone, when one first name goes with it here ("Bill Clinton" and "Hillary Clinton" leave "Clinton" out),
    // where it opens a paragraph or follows punctuation ("Groberg, 33, said he…"), not after another word ("said Groberg").
    for (const [surname, firsts] of firstsOf) {
      if (firsts.size !== 1) continue;
      const u = byFirst.get([...firsts][0]!)!;
      for (const m of r.text.matchAll(new RegExp(`(?<![\\p{L}'’.-]\\s?)(?<![\\p{L}'’-])${surname}(?![\\p{L}'’-])`, 'gu'))) vote(u.later, pronounAfter(r.text, m.index! + m[0].length));
    }
  }
  return byFirst;
}

// A first name is mostly followed by a surname; "Texas", "Boston" or "Obama" (in the package's lists
// too) mostly stand alone.
function mostlyBeforeASurname(word: string, allText: string): boolean {
  // Not a contraction's first part: "Don't" is no "Don".
  const alone = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}]|['’](?:t|ll|re|ve|d|m)(?![\\p{L}]))`, 'gu');
  const beforeName = new RegExp(`(?<![\\p{L}])${word} (?:\\p{Lu}\\. )?\\p{Lu}\\p{Ll}`, 'gu');
  const total = allText.match(alone)?.length ?? 0;
  return (allText.match(beforeName)?.length ?? 0) >= 0.6 * total;
}

const text = (records: Record[]) => records.map((r) => r.text).join('\n');
const polnearText = text(polnear);
const allText = polnearText + '\n' + text(bbc);
const votesFor = (u: { m: number; f: number }, gender: string) => (gender === 'male' ? [u.m, u.f] : [u.f, u.m]);

/** PolNeAR's rule: the pronouns contradict the list less often than they agree (or never speak). */
function keptInPolnear(first: string, u: Usage, gender: string): boolean {
  const [agree, disagree] = votesFor(u, gender);
  return mostlyBeforeASurname(first, polnearText) && agree! >= disagree!;
}

/** The wider corpus's stricter rule (see the header). */
function keptInAll(first: string, u: Usage, gender: string): boolean {
  const [agree, disagree] = votesFor(u, gender);
  return u.surnames.size >= 2 && agree! >= 1 && disagree === 0 && mostlyBeforeASurname(first, allText);
}

/**
 * A name seen before one surname only ("Leonardo DiCaprio"): kept when the articles never write the word lower-case,
 * as an ordinary word ("will", "hope", "grace", "king" are), it mostly stands before a surname, and the pronouns after
 * the full name or the surname alone say the list's gender at least once and the other never (the package calls
 * "Gilles" and "Ludovic" women; "Sao Paulo" has no pronoun).
 */
function keptOnce(first: string, u: Usage, gender: string): boolean {
  const [agree, disagree] = votesFor(u, gender);
  const [agreeLater, disagreeLater] = votesFor(u.later, gender);
  return lowerCaseCount(first) === 0 && agree! + agreeLater! >= 1 && disagree === 0 && disagreeLater === 0 && mostlyBeforeASurname(first, allText);
}

/**
 * The surname's own pronouns say the list is wrong: four or more against it and none for it
 * ("Florent", female in the package, is "Groberg… he said" five times). Fewer could be someone else's "he".
 */
function contradictedLater(u: Usage, gender: string): boolean {
  const [agree, disagree] = votesFor(u.later, gender);
  return disagree! >= 4 && agree === 0;
}

/**
 * The word is an ordinary one more than a name: written lower-case ("the race", "a secret", "summer") more than three
 * times as often as it opens a person's full name. "Bill" stays (the bill, and Bill Clinton); "Race", "Secret" go.
 */
function ordinaryWord(first: string, u: Usage): boolean {
  return lowerCaseCount(first) > 3 * u.uses;
}
// How often each word stands written in lower case in the corpora: counted once, in one pass, rather than a scan of all
// the text for every candidate (a word is a run of letters, apostrophes and hyphens, as the names' own pattern reads them).
const lowerCaseUses = new Map<string, number>();
for (const w of allText.match(/[\p{L}'’-]+/gu) ?? []) lowerCaseUses.set(w, (lowerCaseUses.get(w) ?? 0) + 1);
const lowerCaseCount = (word: string) => lowerCaseUses.get(word.toLowerCase()) ?? 0;

const inPolnear = usages(polnear);
const inAll = usages([...polnear, ...bbc]);
const male: string[] = [];
const female: string[] = [];
for (const first of [...inAll.keys()].sort()) {
  const gender = getGender(first, 'en') as string;
  if (gender !== 'male' && gender !== 'female') continue;
  if (PLACE_OPENING.test(first)) continue; // "San Jose", "Santa Barbara": before a capitalised word, yet no one's first name
  if (TITLES.has(first.toLowerCase())) continue; // "Sheriff Joe Arpaio", "Pastor Kevin Swanson": a title before a name
  if (contradictedLater(inAll.get(first)!, gender)) continue;
  if (ordinaryWord(first, inAll.get(first)!)) continue;
  const p = inPolnear.get(first);
  if ((p && keptInPolnear(first, p, gender)) || keptInAll(first, inAll.get(first)!, gender) || keptOnce(first, inAll.get(first)!, gender)) {
    (gender === 'male' ? male : female).push(first);
  }
}

/** How French articles say the gender of each first word of a full name: a courtesy title or a role's article. */
function frenchUsages(records: Record[]): Map<string, { m: number; f: number }> {
  const byFirst = new Map<string, { m: number; f: number }>();
  const vote = (first: string, gender: 'm' | 'f') => {
    const v = byFirst.get(first) ?? { m: 0, f: 0 };
    byFirst.set(first, v);
    v[gender]++;
  };
  for (const r of records) {
    const firstsOf = new Map<string, Set<string>>(); // surname → the first names it follows in this article
    for (const m of r.text.matchAll(RUN)) {
      // "de la Jeunesse Jean-Michel Blanquer": the run may open on the role's complement; a name of three words has a particle inside ("Marine Le Pen").
      const all = m[0].split(' ');
      const words = all.length === 3 && !PARTICLE.test(all[1]!) ? all.slice(1) : all;
      const first = words[0]!;
      if (frStop.has(first.toLowerCase()) || isShortFamilyName(first, words[1] ?? '')) continue; // not "Xi Jinping"'s family name
      const surname = words[words.length - 1]!;
      firstsOf.set(surname, (firstsOf.get(surname) ?? new Set()).add(first));
      const role = ROLE_BEFORE.exec(r.text.slice(Math.max(0, m.index! - 90), m.index!));
      const roleGender = role && frenchRoleGender(role[1]!, role[2], role[3]!);
      if (roleGender) vote(first, roleGender);
      // "Agnès Buzyn, ancienne ministre", "Jean Dupont, interrogé par l'AFP": an apposition whose form agrees with the name.
      const after = APPOSITION_AFTER.exec(r.text.slice(m.index! + m[0].length, m.index! + m[0].length + 60));
      if (after) vote(first, FEMININE_AFTER.test(after[1]!) ? 'f' : 'm');
      // "Julie Isaacson, une New-Yorkaise", "Marion Cotillard s'était exprimée": the agreement the resolver reads too.
      const agreeing = after ? null : agreementGender(r.text.slice(m.index! + m[0].length, m.index! + m[0].length + 120));
      if (agreeing) vote(first, agreeing);
    }
    // "M. Castaner", "Mme Buzyn": the title before the surname, when one first name goes with it here.
    for (const [surname, firsts] of firstsOf) {
      if (firsts.size !== 1) continue;
      const first = [...firsts][0]!;
      for (const t of r.text.matchAll(new RegExp(`(?<![\\p{L}])(M\\.|Mme)\\s+${surname}(?![\\p{L}'’-])`, 'gu'))) vote(first, t[1] === 'Mme' ? 'f' : 'm');
    }
  }
  return byFirst;
}
const frStop = stopwordsFor('fr');
const PARTICLE = /^(?:Le|La|De|Du|Des|Da|Di|Van|Von)$/u;
// Role nouns and participles whose form says the gender of whom they describe.
const GENDERED_FORMS = {
  female: `${FR_FEMININE_ROLES}|actrice|chanteuse|présentatrice|militante|interrogée|invitée|née|nommée|arrivée|devenue|accusée|condamnée|mariée|épouse`,
  male: `${FR_MASCULINE_ROLES}|acteur|chanteur|présentateur|militant|interrogé|invité|né|nommé|arrivé|devenu|accusé|condamné|marié|époux`,
};
const FRENCH_TITLE = /^(?:M|Mme|Mlle|Mgr|Me|Dr|Pr)$/u;
// An article, perhaps an adjective, a role noun and its complement, right before the name; frenchRoleGender reads the gender
// they say ("la ministre de la Santé Agnès Buzyn", "l'ancien président François Hollande").
const ROLE_BEFORE = new RegExp(
  `(?:^|[\\s'’])(le|la|du|au|de la|à la|un|une|l['’])\\s*(?:(nouveau|nouvelle|ancien|ancienne|jeune|futur|future|premier|première|Premier|Première)\\s+)?(${FR_ROLES})(?:\\s+(?:de|du|des|de la|de l['’]|d['’])\\s*[^,.;:!?"«»()\\n]{1,45}?)?\\s+$`,
  'iu',
);

// A comma, perhaps an article and an adjective, then a role noun or a participle whose form says a gender.
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:(?:le|la|l['’]|un|une)\\s*)?(?:(?:nouveau|nouvelle|ancien|ancienne|jeune|futur|future)\\s+)?(${GENDERED_FORMS.female}|${GENDERED_FORMS.male})(?![\\p{L}-])`,
  'u',
);
const FEMININE_AFTER = new RegExp(`^(?:${GENDERED_FORMS.female})$`, 'u');

// The articles of the French labelled quotations are left out of every count, so that the labels check the lexicon.
const frLabelled = new Set((JSON.parse(readFileSync('tests/fixtures/engine/attribution-fr.json', 'utf8')) as { id: string }[]).map((l) => l.id));
const frRecords = read('../shared/data/orangesum/dev.jsonl').filter((r) => !frLabelled.has(r.id));
const frText = text(frRecords);
const frenchMale: string[] = [];
const frenchFemale: string[] = [];
// Names French news gives a gender that English news writes otherwise ("a Marine", "Marine Corps"): read in French text only.
const frenchOnlyMale: string[] = [];
const frenchOnlyFemale: string[] = [];
for (const [first, v] of frenchUsages(frRecords)) {
  const gender = v.m >= 2 && v.f === 0 ? 'male' : v.f >= 2 && v.m === 0 ? 'female' : null;
  if (!gender || male.includes(first) || female.includes(first)) continue;
  if (PLACE_OPENING.test(first) || TITLES.has(first.toLowerCase()) || FRENCH_TITLE.test(first) || !mostlyBeforeASurname(first, frText)) continue;
  // English pronouns that say the other gender after the name leave it out everywhere.
  if (inAll.has(first) && votesFor(inAll.get(first)!, gender)[1]! > 0) continue;
  // A name the English articles use mostly otherwise than before a surname ("Scott", a surname too there; "Marine") is read in French text only.
  const frenchOnly = inAll.has(first) && !mostlyBeforeASurname(first, allText);
  (gender === 'male' ? (frenchOnly ? frenchOnlyMale : frenchMale) : frenchOnly ? frenchOnlyFemale : frenchFemale).push(first);
}

const wrap = (names: string[]) => names.join(' ').replace(/(.{1,96})(?: |$)/g, "\n  '$1 ' +").replace(/ ' \+$/, "'");
const lexicon = `// First names and their gender, fitted by tools/fit-first-names.ts on news articles (PolNeAR train, BBC): do not edit by hand.
// Used to tell whether "he" or "she" can refer to a person; a name missing here is simply unknown.

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(male)}).split(' '));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(female)}).split(' '));
`;
const french = `// French first names and their gender, fitted by tools/fit-first-names.ts on French news (OrangeSum): do not edit by hand.
// Names English news gives too stay in first-names.ts; these add what French writes ("Agnès", "Édouard").

export const FRENCH_MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(frenchMale.sort())}).split(' '));

export const FRENCH_FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(frenchFemale.sort())}).split(' '));

// Names English news writes otherwise ("a Marine"): their gender is read in French text only.
export const FRENCH_ONLY_MALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(frenchOnlyMale.sort())}).split(' '));

export const FRENCH_ONLY_FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((${wrap(frenchOnlyFemale.sort())}).split(' '));
`;
const write = (file: string, content: string) => writeFileSync(new URL(`../utils/summarize/${file}`, import.meta.url), content);
if (process.argv.includes('--write')) write('first-names.ts', lexicon);
if (process.argv.includes('--write') || process.argv.includes('--write-french')) write('first-names-fr.ts', french);
if (!process.argv.some((a) => a.startsWith('--write'))) process.stdout.write(lexicon + '\n' + french);
