// Who "he said" or "she added" means: the person of the nearby text the pronoun most likely points to, or no one when it is not clear.
import type { People, PersonMention } from './people';
import { FEATURES, pronounCandidates, type PronounContext } from './pronoun-candidates';
import { PRONOUN_MODEL } from './pronoun-model';
import { DEMONYM_NOUNS } from './names';
import { FORMER } from './described-role';
import { POST_NOUNS } from './person-nouns';

export type { PronounContext } from './pronoun-candidates';

/**
 * The full name "he"/"she" most likely refers to, or null when the text leaves it unclear. Each
 * candidate's evidence is weighed by the fitted model; the choice competes with "no one" (the article
 * may not name the speaker nearby), and a wrong name is worse than none: the winner must be likely
 * enough, or far ahead of every other person (`clearLead`: the rule was fitted and checked on English articles only;
 * elsewhere a place read as a name, "à Khan Cheikhoun", may be the only candidate).
 */
export function resolvePronoun(ctx: PronounContext, clearLead = true): string | null {
  const candidates = pronounCandidates(ctx);
  const p = choiceProbabilities(candidates.map((c) => c.features), FEATURES.map((f) => PRONOUN_MODEL.weights[f]), PRONOUN_MODEL.abstain);
  const rule = clearLead ? PRONOUN_MODEL : thresholdOnly(PRONOUN_MODEL.minProbability);
  const best = chosenCandidate(p, rule, candidates.map((c) => c.features[GENDER_SHOWN]! > 0));
  return best >= 0 ? candidates[best]!.name : null;
}

/** Where a candidate's evidence says the text shows them of the pronoun's gender. */
export const GENDER_SHOWN = FEATURES.indexOf('genderShown');

/** When the resolver names someone: a probability at least this likely, or a clear lead over every other person. */
export interface ChoiceRule {
  minProbability: number;
  /**
   * A less likely winner still speaks when no other person comes close and the text shows them of the pronoun's
   * gender: the doubt is then only whether the article names the speaker at all (never a place, whose gender no text shows).
   */
  leadProbability: number;
  lead: number;
}

/** The rule of a probability threshold alone: no lead names anyone. */
export const thresholdOnly = (minProbability: number): ChoiceRule => ({ minProbability, leadProbability: Infinity, lead: Infinity });

/**
 * The index of the candidate the rule names, given `choiceProbabilities` (its last entry is "no one") and whether
 * the text shows each candidate of the pronoun's gender; -1 for no one.
 */
export function chosenCandidate(p: readonly number[], rule: ChoiceRule, genderShown: readonly boolean[]): number {
  const people = p.slice(0, -1);
  let best = -1;
  for (let i = 0; i < people.length; i++) if (best < 0 || people[i]! > people[best]!) best = i;
  if (best < 0) return -1;
  const second = Math.max(0, ...people.filter((_, i) => i !== best));
  const clearLead = genderShown[best] === true && p[best]! >= rule.leadProbability && p[best]! - second >= rule.lead;
  return p[best]! >= rule.minProbability || clearLead ? best : -1;
}

/**
 * The model's choice among candidates and "no one": the probability of each candidate (its evidence
 * weighed, then a softmax) and, last, of "no one", whose score is `abstain`. The resolver and
 * tools/fit-pronoun-model.ts share it, so what is fitted is what runs.
 */
export function choiceProbabilities(features: number[][], weights: readonly number[], abstain: number): number[] {
  const e = [...features.map((f) => Math.exp(f.reduce((sum, v, i) => sum + v * weights[i]!, 0))), Math.exp(abstain)];
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

// The titles that name each role before a name ("Sen. Bernie Sanders" is "the senator").
const ROLE_TITLES: Readonly<Record<string, string>> = {
  senator: 'Sen\\.|Senator',
  mayor: 'Mayor',
  president: '(?<!Vice\\s)President',
  governor: 'Gov\\.|Governor',
  secretary: 'Secretary(?:\\s+of\\s+\\p{Lu}\\p{L}+)?',
  congressman: 'Rep\\.|Representative|Congressman',
  congresswoman: 'Rep\\.|Representative|Congresswoman',
  minister: 'Minister',
  chancellor: 'Chancellor',
  // A city's or a county's: "Councillor Jane Doe", "Cllr Tom Green", "council member Tom Green".
  councillor: '[Cc]ouncil(?:lor|man|woman|\\s+member)|Cllr\\.?',
  // Their letters too: "the PM said" is "Prime Minister Rishi Sunak", "the CEO" "Chief executive Jane Frost".
  pm: 'PM|Prime\\s+Minister',
  fm: 'FM|First\\s+Minister',
  ceo: 'CEO|[Cc]hief\\s+[Ee]xecutive',
  dj: 'DJ',
  'chief constable': 'Chief\\s+Constable',
};

/** Words naming `role`, as itself or as its title ("Sen" for "the senator"); a vice president is no president. */
const namesRole = (role: string) =>
  new RegExp(`(?<![\\p{L}])(?<!vice[\\s-])(?:${role}|${(ROLE_TITLES[role] ?? '(?!)').replace(/\\\./gu, '\\.?')})(?![\\p{L}])`, 'iu');

/**
 * The title a description's office is written as before a name ("Chancellor" for "the chancellor", "PM" for "the PM"), which
 * describedByOtherOffice reads as a role the text gave; '' for a role no title names ("the coach").
 */
export function officeTitle(role: string): string {
  if (!(role in ROLE_TITLES)) return '';
  return role.length <= 3 ? role.toUpperCase() : role.replace(/(?:^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

// Descriptions by an office or a candidacy: "the senator", "the Republican presidential candidate".
const OFFICE_OR_CANDIDACY = new RegExp(`^(?:${Object.keys(ROLE_TITLES).join('|')}|candidate|nominee|front-?runner|hopeful|contender)$`, 'u');

/**
 * Whether a person whose role the text writes out as an office ("Mayor Bill de Blasio"; a bare "Sen" or
 * "Gov" is not read) is described here by another office or a candidacy whose words do not name theirs:
 * "the Republican presidential candidate" is not the mayor, "the Florida senator and Republican
 * presidential candidate" may be Senator Marco Rubio, and "the Texan" or "the Democrat" says nothing
 * against anyone.
 */
export function describedByOtherOffice(given: string | undefined, role: string, words: string): boolean {
  if (given === undefined || !OFFICE_OR_CANDIDACY.test(role)) return false;
  const offices = Object.entries(ROLE_TITLES).filter(([, title]) => new RegExp(`(?:^|\\s)(?:${title})(?![\\p{L}])`, 'u').test(given));
  if (offices.length > 0) return !offices.some(([office]) => namesRole(office).test(words));
  // A post given as the role is an office too: "Prosecutor Amy Hill" is not "the mayor" (a post's title is its noun).
  const post = POST_IN_ROLE.exec(given)?.[0].toLowerCase();
  return post !== undefined && !words.toLowerCase().includes(post);
}
const POST_IN_ROLE = new RegExp(`(?<![\\p{L}])(?:${POST_NOUNS})(?![\\p{L}])`, 'iu');

// A word that makes a role another one, right before it: "Shadow foreign secretary ", "deputy prime minister ".
// Words that make a role a lower one: a shadow minister, a deputy or assistant, a junior one.
const LOWER_STANDING_WORDS = 'shadow|deputy|assistant|junior';
const QUALIFIED_ROLE = new RegExp(`(?<![\\p{L}])(${LOWER_STANDING_WORDS})[\\s-]+(?:\\p{L}+\\s+){0,2}$`, 'iu');
// The first words of a name at the end of a text ("… candidate Hillary "), dropped to read what comes before them.
const NAME_WORDS_AT_END = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** The title, then the name's first words, ending where the mention's surname starts. */
const titledBefore = (role: string) => new RegExp(`(?:${ROLE_TITLES[role] ?? '(?!)'})\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|di|del|le|la)\\s+){0,3}$`, 'u');

/**
 * Who "the mayor" or "the senator" is: the person most recently named before `at` with that role,
 * as a title before their name ("Mayor Bill de Blasio") or in the role the article gives them
 * ("…, the Republican nominee,"). Null when no one named has it.
 */
export function resolveDescription(text: string, people: People, role: string, at: number, roleOf: (name: string) => string | undefined, words = ''): string | null {
  const title = titledBefore(role);
  const place = placeIn(words);
  // "The prime minister's official spokesman" is no spokesman of another's ("Lib Dem foreign affairs spokesman Menzies Campbell").
  const owner = OWNER_IN_DESCRIPTION.exec(words)?.[1]?.toLowerCase();
  // The role the text gives them names this one.
  const holds = namesRole(role);
  // Plain words before the name, plural too ("Morning Joe hosts Joe Scarborough and Mika Brzezinski").
  const plain = new RegExp(`(?<![\\p{L}])(?<!vice[\\s-])${role}s?\\s+$`, 'iu');
  const nationality = DEMONYM_ROLE.test(role) ? role.toLowerCase() : null;
  const post = namedByPostOnly(role);
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.end > at) continue;
    if (owner && !`${text.slice(Math.max(0, m.start - 60), m.start)} ${roleOf(m.name) ?? ''}`.toLowerCase().includes(owner)) continue;
    // "The Florida senator" is no senator the text tags with another state ("Sen. Joni Ernst, R-Iowa");
    // "the Texan" is whom the text places there, by tag or title ("Rep. Jason Chaffetz (R-Utah)", "Former Texas Gov. Rick Perry").
    const tagged = place ? tagNamesPlace(text.slice(m.end, m.end + 24), place) : null;
    if (tagged === false) continue;
    if (place && (tagged || titlesNamePlace(text.slice(Math.max(0, m.start - 50), m.start), place))) return m.name;
    // The words before the surname, the mention's own included ("Mayor Bill de Blasio").
    const before = text.slice(Math.max(0, m.start - 30), m.end).replace(/\S+$/u, '');
    // "Shadow foreign secretary Michael Ancram" is not "the Foreign Secretary", nor a deputy the office's holder.
    const qualifier = QUALIFIED_ROLE.exec(before.replace(NAME_WORDS_AT_END, ''))?.[1]?.toLowerCase();
    if (qualifier && !words.toLowerCase().includes(qualifier)) continue;
    const given = roleOf(m.name) ?? '';
    if (title.test(before) && !otherStanding(`${before} ${given}`, words) && !otherParty(words, `${before} ${given}`)) return m.name;
    // Two people given the role at once ("Morning Joe hosts Joe Scarborough and Mika Brzezinski"): "the host" is taken for the
    // one named first, the pair's lead (leaving it unresolved hands it to weaker evidence, which names the interviewee).
    if (holds.test(given) && !otherStanding(given, words) && !otherModifier(words, role, given)) return pairedWith(text, people.mentions[i - 1], m, (name) => holds.test(roleOf(name) ?? '')) ? people.mentions[i - 1]!.name : m.name;
    // The role as plain words right before the name: "Democratic presidential candidate Hillary Clinton", "retired neurosurgeon Ben Carson".
    if (plain.test(before.replace(NAME_WORDS_AT_END, '')) && !otherModifier(words, role, before.replace(NAME_WORDS_AT_END, ''))) return m.name;
    // A demonym, capitalised, right before the name: "the Spaniard" is "Spaniard Rafael Nadal", not whom he beat.
    if (nationality && demonymBefore(before) === nationality) return m.name;
    // A post's role set off right after the name: "Jess Phillips, the Labour MP for Birmingham Yardley," is "the MP".
    const apposed = post ? APPOSED_ROLE.exec(text.slice(m.end, m.end + 90))?.[1] : undefined;
    if (apposed && holds.test(apposed) && !otherStanding(apposed, words) && !otherModifier(words, role, apposed) && !otherParty(words, apposed)) return m.name;
  }
  return null;
}

// Posts a story names their holder by, never guessed: "the councillor said" with no councillor named is no one, not the union
// official the story quotes ("the PM said" is not "Labour leader Keir Starmer"). A spokesman likewise: the article may never name him.
// (Roles come lower-cased: "the MP" is "mp".)
// So is an outside expert a story brings in by name and trade ("said Dan Ives, an analyst at Wedbush"): "the analyst said" with no
// analyst named is no one, not the chief executive the story is about.
const NAMED_BY_POST_ONLY = new RegExp(`^(?:spokes(?:man|woman|person)|analyst|economist|strategist|pollster|${POST_NOUNS.toLowerCase()})$`, 'u');

/** Whether a description's role is a post only its named holder has (no guess by gender or by who spoke last). */
export const namedByPostOnly = (role: string): boolean => NAMED_BY_POST_ONLY.test(role);

// A description set off by a comma right after a name, up to its noun's end: ", the Labour MP for Birmingham Yardley,".
const APPOSED_ROLE = /^\s*,\s+((?:the|a|an)\s+[^,.;:()“”"]{1,80}?)\s*[,.;(]/u;

// Words before a role noun that name no other office of it: "the former leader", "the new spokesman" is any leader, any spokesman.
const NEUTRAL_MODIFIER = /^(?:the|a|an|former|current|new|then|outgoing|incoming|longtime|long-time|veteran|top|senior|chief|official|acting|interim|embattled|beleaguered|controversial|popular|young|old|\d+-year-old)$/iu;

/** The words that qualify `role` in `words` ("government" of "the government spokesman"), lower case, neutral ones left out. */
function modifiersOf(words: string, role: string): string[] {
  const at = words.toLowerCase().lastIndexOf(role.toLowerCase());
  const before = at < 0 ? '' : words.slice(0, at);
  return before.split(/[\s,]+/u).filter((w) => w && !NEUTRAL_MODIFIER.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
}

/**
 * Whether a description and the role a name was given qualify one noun differently: "the government spokesman" is not
 * "Police spokesman John Harris", "the Conservative leader" not "Labour leader Keir Starmer". Only when both say what
 * kind: "the spokesman" is any spokesman the text named. (Read where the text gives the role, not against a guess.)
 */
function otherModifier(words: string, role: string, held: string): boolean {
  const ours = modifiersOf(words, role);
  if (!ours.length) return false;
  const theirs = modifiersOf(held, role);
  return theirs.length > 0 && !ours.some((w) => theirs.includes(w));
}

// A party's word, as one (Tory for Conservative, GOP for Republican, Democratic for Democrat).
const PARTY_WORDS: Readonly<Record<string, string>> = {
  labour: 'labour', conservative: 'conservative', tory: 'conservative', liberal: 'liberal', democrat: 'democrat', democratic: 'democrat',
  republican: 'republican', gop: 'republican', green: 'green', snp: 'snp', ukip: 'ukip', socialist: 'socialist',
};
const partyIn = (words: string) => words.toLowerCase().split(/[^\p{L}]+/u).map((w) => PARTY_WORDS[w]).find(Boolean);

/**
 * Whether a description names one party and the role a name was given another: "the Conservative leader" is not "Labour
 * leader Keir Starmer", whom gender alone would name. Other words may qualify one person twice ("the conference speaker",
 * "corporate speaker Lance Wallnau"; "the French coach", "France coach Bernard Laporte"); a party is one or the other.
 */
export function otherParty(words: string, held: string): boolean {
  const ours = partyIn(words);
  const theirs = ours && partyIn(held);
  return !!theirs && theirs !== ours;
}

/** Whether the mention before `m` is another person joined to it by "and" who `alsoHolds` the role too. */
function pairedWith(text: string, previous: PersonMention | undefined, m: PersonMention, alsoHolds: (name: string) => boolean): boolean {
  return previous !== undefined && previous.name !== m.name && /^\s+and\s+$/u.test(text.slice(previous.end, m.start)) && alsoHolds(previous.name);
}

// A role held before: "the governor" is no "former New Jersey governor" (unless it says "the former governor"); French "ancien",
// Spanish "antiguo", Portuguese "antigo", Dutch "voormalige", "oud" likewise (in lower case only: "Antigua" is an island).
const LOWER_STANDING = new RegExp(`(?<![\\p{L}])(?:${LOWER_STANDING_WORDS})(?![\\p{L}])`, 'iu');
/**
 * Whether a description says a standing the role a name was given lacks: "the former president" is no "President Joe Biden",
 * "the assistant coach" not "Coach Tom Brown" (the rank in the given role is QUALIFIED_ROLE's). Only against a role the text gives.
 */
export const describedAsAnother = (given: string, words: string) =>
  given !== '' && ((FORMER.test(words) && !FORMER.test(given)) || (LOWER_STANDING.test(words) && !LOWER_STANDING.test(given)));
/**
 * Either way round, where the text gives the role itself: "the governor" is no "former New Jersey governor" either (unless it
 * says "the former governor"). A guess by gender is checked one way only: "the giant winger" may be a "former All Black star".
 */
export const otherStanding = (given: string, words: string) => (FORMER.test(given) && !FORMER.test(words)) || describedAsAnother(given, words);

// Whose a description's role is: "the prime minister's official spokesman", "the senator's spokeswoman".
const OWNER_IN_DESCRIPTION = /^\s*[Tt]he\s+((?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+)['’]s\s/u;

// The place a description names: "the Florida senator", "the New York Democrat" (not the party: "the Republican senator").
const PLACE_IN_DESCRIPTION = /^(?:[Tt]he|[Aa]n?)\s+((?:(?!(?:Republican|Democratic|Democrat|GOP|Independent|Former|Senior|Junior)\s)\p{Lu}\p{Ll}+\s+){1,2})\p{Ll}/u;
// A party tag naming a state after a name: ", R-Iowa", " (D-N.Y.)".
const STATE_TAG = /^\s*(?:\(|,\s*)[RDI]-(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u;

// A nationality's noun as a description's role: "the Spaniard", "the Scot" (names.ts' DEMONYM_NOUNS).
const DEMONYM_ROLE = new RegExp(`^(?:${DEMONYM_NOUNS})$`, 'iu');
// One of them right before a name's words: "Swiss Roger ".
const DEMONYM_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${DEMONYM_NOUNS})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'u');

/** The demonym, lower case, right before a name's first words ("swiss" of "Swiss Roger "), if any. */
function demonymBefore(words: string): string | undefined {
  return DEMONYM_BEFORE_NAME.exec(words)?.[1]?.toLowerCase();
}

/** Whether the text gives `name` another nationality than a demonym description's before `at` ("Swiss Roger Federer" is not "the Spaniard"). */
export function givenOtherDemonym(text: string, people: People, name: string, role: string, at: number): boolean {
  if (!DEMONYM_ROLE.test(role)) return false;
  return people.mentions.some((m) => {
    if (m.name !== name || m.end > at) return false;
    const given = demonymBefore(text.slice(Math.max(0, m.start - 40), m.end).replace(/\S+$/u, ''));
    return given !== undefined && given !== role.toLowerCase();
  });
}

// A demonym alone: "the Texan", "the Floridian" (the place is what it starts with: "Texa…", "Flori…").
const DEMONYM_DESCRIPTION = /^(?:[Tt]he|[Aa]n?)\s+(\p{Lu}\p{Ll}{2,}(?:an|ian|er))$/u;

// A party member described by their place: "the Utah Republican", "a New York Democrat".
const PLACE_PARTY_MEMBER = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}\p{Ll}+\s+){1,2})(?:Republican|Democrat)$/u;

function placeIn(words: string): string | null {
  const w = words.trim();
  return PLACE_IN_DESCRIPTION.exec(w)?.[1]?.trim() ?? PLACE_PARTY_MEMBER.exec(w)?.[1]?.trim() ?? DEMONYM_DESCRIPTION.exec(w)?.[1] ?? null;
}

// Capitalised words and office words right before a name: "Former Texas Gov. ", "former Texas governor ".
const TITLE_RUN = /(?:(?:\p{Lu}[\p{L}.'’-]*|former|governor|senator|congressman|congresswoman|representative|mayor)\s+){1,5}$/u;

/** Whether the titles right before a name name `place`: "Former Texas Gov. " for "Texan"; not "the Texas senator and ". */
function titlesNamePlace(before: string, place: string): boolean {
  const titles = TITLE_RUN.exec(before)?.[0] ?? '';
  // A place of two words is matched whole ("New York", not "New Jersey"); one word by its stem ("Texa…" of "Texan").
  return place.includes(' ') ? titles.includes(place) : titles.split(/\s+/u).some((w) => w.startsWith(place.slice(0, 4)));
}

/** Whether the party tag right after a name names `place` ("Fla." and "N.Y." abbreviate theirs); null when there is no tag. */
function tagNamesPlace(after: string, place: string): boolean | null {
  const tag = STATE_TAG.exec(after)?.[1];
  return tag === undefined ? null : abbreviates(tag.replace(/[.\s]/gu, '').toLowerCase(), place.toLowerCase());
}

/** Whether `short` is `long` or an abbreviation of it: the same first letter, its letters in order ("vt" of "vermont", "ny" of "new york"). */
function abbreviates(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}
