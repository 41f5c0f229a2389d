// Full names and the surnames that stand for them: "Trump said" → "Donald Trump", "Clinton said" in a story about Bill → "Bill Clinton".
import { firstAtOrAfter } from './first-at';
import { isGivenNameAfterFamily } from './family-name-first';
import { firstNameGender } from './first-name-gender';
import { capitalisedRuns, cleanName, isFirstName, isGeneration, isOrganisation, OF_THE_CONTRACTED, TO_THE_ITALIAN } from './names';

/** A "First Surname" form written in the text, and where. */
export interface FullForm {
  name: string;
  at: number;
}

/** Every full name ("Donald Trump", "John F. Kerry", "Bill de Blasio") written in the text, in order, by surname. */
export function findFullForms(text: string, isStopword: (w: string) => boolean): FullForms {
  const out = new Map<string, FullForm[]>();
  const openings: FullForm[] = [];
  for (const run of capitalisedRuns(text)) {
    if (!run[0].includes(' ')) continue;
    const cleaned = afterItsPlace(cleanName(run[0], isStopword), run[0], text.slice(Math.max(0, run.index - 8), run.index));
    const name = nameEnding(cleaned);
    const opening = name !== cleaned && headlineOpening(cleaned);
    if (opening) openings.push({ name: opening, at: run.index });
    if (name.includes(' ')) listFor(out, name).push({ name, at: run.index });
    // A place or a body may open the run before a name written family name first: "ambassador to Britain Liu Xiaoming".
    const family = familyNameFirstAtEnd(name);
    if (family) listFor(out, family).push({ name: family, at: run.index });
    // A show or a foundation named after a person ends with what it is: "The Rachel Maddow Show".
    const person = personBeforeWhatIsNamed(name);
    if (person) openings.push({ name: person, at: run.index });
    // An Iberian name may go by the surname before a particle and the last one: "Luiz Inácio Lula da Silva… afirmou Lula".
    const called = nameBeforeParticle(name);
    if (called) formsUnder(out, called).push({ name, at: run.index });
    // A knight or a dame goes by first name after the title ("Sir Nicholas Scott… Sir Nicholas said"): the form is filed under it too.
    if (name.includes(' ') && KNIGHTED.test(run[0].replace(/\s+/gu, ' ').slice(0, -name.length))) formsUnder(out, name.slice(0, name.indexOf(' '))).push({ name, at: run.index });
  }
  // A headline's opening name, or a show's, counts only for a surname the text never writes in full otherwise
  // ("Francois Hollande Says…" leaves the story’s "François Hollande" alone; "The Pete Santilli Show" leaves "Peter Santilli").
  for (const f of openings) if (!out.has(surnameOf(f.name))) listFor(out, f.name).push(f);
  const breaks = sectionBreaks(text);
  if (breaks.length) BREAKS.set(out, breaks);
  const titled = titledSurnames(text);
  if (titled.size) TITLED.set(out, titled);
  return out;
}

// The particle of an Iberian family name: "da Silva", "de Souza", "dos Santos", "del Castillo".
const IBERIAN_PARTICLE = /^(?:da|de|do|dos|das|del)$/u;

/** The word a name of three words or more goes by before its last surname's particle, when no first name ("Lula" of "Luiz Inácio Lula da Silva"). */
function nameBeforeParticle(name: string): string | undefined {
  const words = name.split(' ');
  const n = words.length;
  if (n < 3 || !IBERIAN_PARTICLE.test(words[n - 2]!)) return undefined;
  const called = words[n - 3]!;
  return /^\p{Lu}\p{Ll}/u.test(called) && !isFirstName(called) ? called : undefined;
}

/** The last two words of a three-word name when they are a name written family name first and the first word is no first name ("Britain Liu Xiaoming"). */
function familyNameFirstAtEnd(name: string): string | undefined {
  const words = name.split(' ');
  return words.length === 3 && !isFirstName(words[0]!) && isGivenNameAfterFamily(words[1]!, [words[2]!]) ? `${words[1]} ${words[2]}` : undefined;
}

// What is named after a person, after the person's name: "The Rachel Maddow Show", "the Bill Clinton Foundation".
const NAMED_AFTER_SOMEONE = /^(?:Show|Hour|Report|Foundation|Institute|Center|Centre|Library|Award|Prize|Fund|Trust|Memorial)$/u;

/** The person's full name in a run naming what is named after them ("Rachel Maddow" of "Rachel Maddow Show"), a known first name first. */
function personBeforeWhatIsNamed(name: string): string | undefined {
  const words = name.split(' ');
  return (words.length === 3 || words.length === 4) && isFirstName(words[0]!) && NAMED_AFTER_SOMEONE.test(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : undefined;
}

// A courtesy title before a surname: "Mr. Obama", "Mrs. Clinton", "Ms Sturgeon".
const COURTESY_TITLE = /(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** How a text titles a surname: the genders its courtesy titles give, and where the first title stands. */
interface Titled {
  genders: Set<'m' | 'f'>;
  first: number;
}

// How each text titles its surnames, by its forms.
const TITLED = new WeakMap<FullForms, Map<string, Titled>>();

/** How the text titles each surname ("Mr. Obama" → Obama: m, first at…). */
function titledSurnames(text: string): Map<string, Titled> {
  const out = new Map<string, Titled>();
  for (const m of text.matchAll(COURTESY_TITLE)) {
    const key = surnameKey(m[2]!);
    (out.get(key) ?? out.set(key, { genders: new Set(), first: m.index }).get(key)!).genders.add(m[1] === 'Mr' ? 'm' : 'f');
  }
  return out;
}

/**
 * Of a surname's full forms, those whose first name is not of the other gender, when the text titles that surname with
 * one gender only: "Obama said" where the text writes "Mr. Obama" throughout is not Michelle Obama, the first lady named
 * once. When every form is of the other gender, none if the title came first (the titled one is never named in full),
 * else all: the lexicon may take a man's first name for a woman's ("Robin Cook… Mr Cook").
 */
function ofTitledGender(forms: FullForms, name: string, list: FullForm[]): FullForm[] {
  const titled = name.includes(' ') ? undefined : TITLED.get(forms)?.get(surnameKey(name));
  if (!titled || titled.genders.size !== 1) return list;
  const other = titled.genders.has('m') ? 'f' : 'm';
  const kept = list.filter((f) => firstNameGender(f.name.slice(0, f.name.indexOf(' '))) !== other);
  if (kept.length > 0) return kept;
  return titled.first < list[0]!.at ? [] : list;
}

// A line of underscores, asterisks or dashes alone ("___.", "* * *") parts a live blog or a roundup into its stories.
const SECTION_BREAK = /^[ \t]*(?:_{3,}|-{3,}|(?:\*[ \t]*){3,})\.?[ \t]*$/gmu;

// Where each text's stories start, by its forms: most texts have one story, and no entry.
const BREAKS = new WeakMap<FullForms, number[]>();

/** Where the text's section breaks stand, in order. */
function sectionBreaks(text: string): number[] {
  return Array.from(text.matchAll(SECTION_BREAK), (m) => m.index);
}

/** Where the story holding `at` starts: just after the last section break before it (0 when none). */
function storyStart(forms: FullForms, at: number): number {
  const breaks = BREAKS.get(forms);
  if (!breaks) return 0;
  const k = firstAtOrAfter(breaks, at, (b) => b);
  return k === 0 ? 0 : breaks[k - 1]!;
}

// French "de" right before a run: its first word completes the "de" ("le député de la Manche Bertrand Sorre"); so do Italian,
// Spanish and Portuguese "of" and "to" ("il sindaco di Milano Beppe Sala", "l'assessora ai Trasporti Arianna Censi", "o ministro
// do Trabalho Luiz Marinho").
const OF_BEFORE_RUN = new RegExp(`(?:^|\\s)(?:de|du|des|de\\s+la|de\\s+l['’]|d['’]|de\\s+los|de\\s+las|di|da|dell['’]|${OF_THE_CONTRACTED}|${TO_THE_ITALIAN})\\s*$`, 'u');

/**
 * The name without the place or body that opens it after French "de" ("Manche Bertrand Sorre" → "Bertrand Sorre", and the like),
 * when a full name is left and the first word is no first name or the second one is; never a name's own words
 * ("de Jean-Marie Le Pen").
 */
export function afterItsPlace(name: string, run: string, before: string): string {
  const words = name.split(' ');
  // Only a word right after "de", "du", "de la" (cleaning may have dropped it already: "des Finances Bruno Le Maire"), before the
  // run or inside it ("le député LREM de la Manche Bertrand Sorre"); never before a particle ("Marine Le Pen").
  const at = run.indexOf(name);
  if (words.length < 3 || at < 0 || !OF_BEFORE_RUN.test(before + run.slice(0, at)) || PARTICLE.test(words[1]!) || (isFirstName(words[0]!) && !isFirstName(words[1]!))) return name;
  return words.slice(1).join(' ');
}
const PARTICLE = /^(?:Le|La|Les|De|Du|Des|Van|Von|Der|Da|Di|Del|Della|Dos|El|Al|Ben|Ibn|Bin|Mac|Mc|St|Saint)$/u;

/** A full name's surname, as forms are filed under it: its last word, or the one before a generation ("Murray" of "Joseph R. Murray II"). */
function surnameOf(name: string): string {
  const words = name.split(' ');
  return surnameKey(words[words.length - (isGeneration(words, words.length - 1) ? 2 : 1)]!);
}

/** The list of forms filed under `name`'s surname, made when there is none. */
function listFor(forms: FullForms, name: string): FullForm[] {
  return formsUnder(forms, surnameOf(name));
}

/** The list of forms filed under `key`, made when there is none. */
function formsUnder(forms: FullForms, key: string): FullForm[] {
  return forms.get(key) ?? forms.set(key, []).get(key)!;
}

// A knight's or a dame's title right before the full name.
const KNIGHTED = /(?:^|\s)(?:Sir|Dame)\s$/u;

/** The full name opening a headline's run: "Hillary Clinton" of "Hillary Clinton Goes After Donald Trump As The New Mitt Romney". */
function headlineOpening(run: string): string | undefined {
  const [first, second] = run.split(' ');
  return second && isFirstName(first!) && !isFirstName(second) ? `${first} ${second}` : undefined;
}

/**
 * A run longer than any name is a headline's words, perhaps ending with a name: "Jeb Bush" of
 * "Marco Rubio On Rape Exception For Abortions Jeb Bush" (the last first name, then at most two words), else ''.
 * Four or five words may be one name, or a headline's words ending with one (headlineEnding).
 */
function nameEnding(name: string): string {
  const words = name.split(' ');
  if (words.length <= 3) return name;
  if (words.length <= 5) return headlineEnding(words) ?? name;
  for (let i = words.length - 2; i >= words.length - 3; i--) if (isFirstName(words[i]!)) return words.slice(i).join(' ');
  return '';
}

/**
 * A headline's run of four or five words that ends with a full name after other words: "Chris Christie
 * Calls Hillary Clinton" → "Hillary Clinton" (a first name after a word that is no first name or initial;
 * "Martin Luther King" keeps its words).
 */
function headlineEnding(words: string[]): string | undefined {
  for (let i = words.length - 2; i >= 1; i--) {
    if (isFirstName(words[i]!) && !isFirstName(words[i - 1]!) && !/^\p{Lu}\.$/u.test(words[i - 1]!)) return words.slice(i).join(' ');
  }
  return undefined;
}

/**
 * The full name a surname stands for at `before`: of its full forms written before it, the one
 * written most often ("Clinton said" in a story about Bill Clinton that also names Hillary once is
 * Bill; "Cruz said" where Ted Cruz's father is named once is Ted). On a tie, one opening with a known
 * first name, then the one written first: news introduces its subject first and writes a namesake in
 * full ("Sen. Chris Murphy… His mother, Anne Marie Murphy…").
 */
function dominantBefore(forms: FullForm[], before: number, storyFrom = 0): string | undefined {
  const written = firstAtOrAfter(forms, before, (f) => f.at); // how many are written before
  if (written === 0) return undefined;
  // Each story of a live blog is told on its own: "Johnson said" under "Homeland Security Secretary Jeh Johnson says…"
  // is Jeh, whatever an earlier story wrote of Gary Johnson. Only when its own story writes one in full.
  const own = storyFrom > 0 ? firstAtOrAfter(forms, storyFrom, (f) => f.at) : 0;
  return own > 0 && own < written ? leadersOf(forms.slice(own, written)).at(-1) : leadersOf(forms)[written - 1];
}

// Each list's leaders, counted once: a long text asks about the same surname thousands of times.
const LEADERS = new WeakMap<FullForm[], string[]>();

/** The dominant form among the first i + 1 forms, for every i: counted once along the list, not again for every mention. */
function leadersOf(forms: FullForm[]): string[] {
  const known = LEADERS.get(forms);
  if (known) return known;
  const counts = new Map<string, number>();
  const firstWritten = new Map<string, number>();
  // On a tie, a form opening with a known first name wins ("Paul Manafort", not the firm "Davis Manafort"), then the first written.
  const weight = (name: string, n: number) => 2 * n + (isFirstName(name.slice(0, name.indexOf(' '))) ? 1 : 0);
  const leaders: string[] = [];
  let best = '';
  let most = 0;
  for (const { name } of forms) {
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (!firstWritten.has(name)) firstWritten.set(name, firstWritten.size);
    // Only this form's weight changed, so the leader is the old one or this one.
    const w = weight(name, n);
    if (w > most || (w === most && firstWritten.get(name)! < firstWritten.get(best)!)) [best, most] = [name, w];
    leaders.push(best);
  }
  LEADERS.set(forms, leaders);
  return leaders;
}

/** Full names written in a text, by surname. */
export type FullForms = Map<string, FullForm[]>;

/**
 * The full forms a name may stand for: every form of a surname ("Clinton"); for a surname of two words
 * ("Wasserman Schultz", "Vargas Llosa"), the three-word forms that add a known first name to it
 * ("Debbie Wasserman Schultz"), or any first word before a particle ("Marine Le Pen"); none for a full name already ("Bill Clinton").
 */
function formsFor(forms: FullForms, name: string): FullForm[] | undefined {
  const space = name.lastIndexOf(' ');
  const list = forms.get(surnameOf(name));
  if (space < 0 || !list) return list;
  // A surname opened by a particle ("Le Pen" of "Marine Le Pen", "Van Der Beek" of "James Van Der Beek") is no first name and a
  // surname, whatever the lexicon says of either word.
  const particle = name.slice(0, space).split(' ').every((w) => PARTICLE.test(w));
  if (!particle && (name.indexOf(' ') !== space || isFirstName(name.slice(0, space)))) return undefined;
  const words = name.split(' ').length + 1;
  const longer = list.filter((f) => f.name.endsWith(` ${name}`) && f.name.split(' ').length === words && (particle || isFirstName(f.name.slice(0, f.name.indexOf(' ')))));
  return longer.length > 0 ? longer : undefined;
}

/** The full name `name` (a surname, perhaps of two words) stands for at position `at`, from those written before it. */
export function fullNameBefore(forms: FullForms, name: string, at: number): string | undefined {
  const list = formsFor(forms, name);
  return list && dominantBefore(ofTitledGender(forms, name, list), at, storyStart(forms, at));
}

/** Whether the text writes `name` (a surname, perhaps of two words) in full anywhere ("Barbry" of "Frédéric Barbry"). */
export function writtenInFull(forms: FullForms, name: string): boolean {
  return formsFor(forms, name) !== undefined;
}

/** As fullNameBefore, else the first full name written after (a name given in full only later), else the one a first name stands for. */
export function fullNameAt(forms: FullForms, name: string, at: number): string | undefined {
  const list = formsFor(forms, name);
  return fullNameBefore(forms, name, at) ?? (list && ofTitledGender(forms, name, list)[0]?.name) ?? fullNameOfFirstName(forms, name, at) ?? fullNameOfFamilyName(forms, name, at);
}

/**
 * The one full name written before `at` that opens with `name` when `name` is no first name and no form's surname, its
 * other words a given name of the kind written after the family name ("Chinese President Xi Jinping… Xi said", "Liu
 * Xiaoming… Liu said", "Moon Jae-in… Moon said"; "Hong Kong" is none). Two such names ("Hong Nam-ki", "Hong Ik-pyo")
 * leave it as written.
 */
function fullNameOfFamilyName(forms: FullForms, name: string, at: number): string | undefined {
  if (name.includes(' ') || isFirstName(name) || forms.has(surnameKey(name))) return undefined;
  return theOneOpeningWith(forms, name, at, (f) => isGivenNameAfterFamily(name, f.name.split(' ').slice(1)));
}

/** The one full name opening with `word` written before `at` (of those `fits` accepts), or undefined when none or two are. */
function theOneOpeningWith(forms: FullForms, word: string, at: number, fits: (f: FullForm) => boolean = () => true): string | undefined {
  const written = byFirstName(forms).get(word)?.filter((f) => f.at < at && fits(f));
  const names = new Set(written?.map((f) => f.name));
  return names.size === 1 ? written![0]!.name : undefined;
}

/**
 * The one full name written before `at` that a first name alone stands for ("Oceanographer Sarah Gille… Sarah said"),
 * or undefined when no such name or two are written ("François Hollande", "François Mitterrand").
 */
function fullNameOfFirstName(forms: FullForms, name: string, at: number): string | undefined {
  if (name.includes(' ')) return undefined;
  if (isFirstName(name)) return theOneOpeningWith(forms, name, at);
  // A first name the lexicon lacks, when the text names a family: news calls its members by first name to tell them
  // apart ("Ozzy and Sharon Osbourne… Sharon said", "her mother, Fiona,… Eloise Parry… Fiona Parry", named in full
  // before or after). Never a word that is itself someone's surname, nor a body's first word ("Trump" of "the Trump
  // Train", "Labour" of "Labour Party").
  if (forms.has(surnameKey(name))) return undefined;
  return theOneOpeningWith(forms, name, Infinity, (f) => isOfNamedFamily(forms, f.name));
}

/** Whether `name` is a first name and a surname that another full name in the text shares ("Sharon Osbourne" beside "Ozzy Osbourne"). */
function isOfNamedFamily(forms: FullForms, name: string): boolean {
  const words = name.split(' ');
  if (words.length !== 2 || isOrganisation(name) || !words.every((w) => NAME_WORD.test(w))) return false;
  return (forms.get(surnameKey(words[1]!)) ?? []).some((f) => f.name !== name && f.name.split(' ').length === 2);
}

// A word as a name is written: a capital, then lower case ("Osbourne", "Al-Faisal"); never "I" ("of the habits of Turkey I had…").
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

// The full forms by first word, built once a text.
const BY_FIRST_NAME = new WeakMap<FullForms, Map<string, FullForm[]>>();

function byFirstName(forms: FullForms): Map<string, FullForm[]> {
  let index = BY_FIRST_NAME.get(forms);
  if (index) return index;
  index = new Map();
  for (const list of forms.values()) for (const f of list) {
    const first = f.name.slice(0, f.name.indexOf(' '));
    const same = index.get(first);
    if (same) same.push(f);
    else index.set(first, [f]);
  }
  BY_FIRST_NAME.set(forms, index);
  return index;
}

/** A surname as forms are filed under it: an Arabic article opening a sentence is the same surname ("Al-Awlaki" is "al-Awlaki"). */
function surnameKey(surname: string): string {
  return surname.startsWith('Al-') || surname.startsWith('El-') ? surname[0]!.toLowerCase() + surname.slice(1) : surname;
}
