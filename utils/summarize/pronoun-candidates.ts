// The people "he said" or "she added" may mean, each with the evidence the resolver weighs: a row of numbers per candidate.
import { pronounGender, type Gender } from './attribution-kinds';
import { OPENING_PRONOUN, PARTY_TAG, SUBORDINATE_OPENING } from './attribution-patterns';
import type { People, PersonMention } from './people';
import { closingPronounSaid } from './pronoun-said-before';
import { firstSentenceLength, isFirstName, lastSentenceStart, ROLE_NOUNS, TITLES } from './names';
import { OPENS_WITH_PERSON_NOUN, PERSON_NOUNS } from './person-nouns';
import { ROLE_HEAD } from './roles';
import { patternsFor } from './reporting-verbs';
import { hasWholeWord, wholeWordPositions } from './whole-word';

/** How far back a pronoun's person is looked for (characters): this paragraph and the one or two before. */
const SCOPE = 700;

export interface PronounContext {
  text: string;
  people: People;
  /** The pronoun's gender, when it has one. */
  gender: Gender;
  /** Where the quotation (or its sentence) starts: only what comes before counts. */
  at: number;
  lastSpeaker: string | null;
  /** Where the last speaker's quotation ends (-1: none yet). */
  lastSpokeAt: number;
  /** Everyone an earlier quotation of the article was given to. */
  quoted: ReadonlySet<string>;
  /** The surname of whom the speaker told or asked ("he told Rubio"), who is not the speaker. */
  listener?: string;
  /** Where the pronoun stands when it comes before the quotation: a name after it is in its own clause ("He supported Obama and said, “…”"), never whom it means. */
  pronounAt?: number;
  /** The quoted words: whom they call by name is talked about, not talking ("“Ruud is the best striker in Europe,” he said"). */
  quotation?: string;
}

/**
 * The evidence, in the order of a candidate's `features` (each 0 to 1). The resolver's weights for
 * them are fitted by tools/fit-pronoun-model.ts; the names say what each one measures.
 */
export const FEATURES = [
  'subjectHere', // the subject of the quotation's own sentence, before it ("Trump, in Ohio, called… “…,” he said")
  'subjectBefore', // the subject of the sentence before (following he/she chains back)
  'paragraphTopic', // the subject of the paragraph's first sentence
  'recentSubject', // the subject of the nearest sentence before whose subject may be meant
  'latest', // the most recently named person
  'latestSaying', // the last person said to speak, quoted or not ("Perdue said he didn't… ¶ “…,” he said.")
  'lastSpeaker', // who was quoted last ("“…,” Trump said. “…,” he added.")
  'quotedJustBefore', // quoted last, in this paragraph or the one before, no one else who fits named since ("“…,” Calderon told CNBC. ¶ “…,” he continued.")
  'quoted', // given an earlier quotation of the article
  'secondLatest', // the person named before the most recent one
  'spoke', // said to speak somewhere in the scope
  'spokeJustBefore', // said to speak in the quotation's sentence or the one before ("…, said Mr Romen. “…,” he told the BBC")
  'mentions', // how often named in the scope, up to 4
  'near', // how close the last mention is (1 right before the quotation, 0 at the scope's edge)
  'sameParagraph', // named in the quotation's paragraph
  'genderShown', // the pronoun has a gender and the text shows this person's, the same
  'genderUnknown', // the pronoun has a gender the text never shows for this person
  'onlyOfGender', // the only candidate whose gender the text shows to be the pronoun's
  'onlyCandidate', // no one else may be meant
  'firstName', // a full name whose first word is a known first name ("Brian Murphy", not "Speaking Sunday")
  'rolePut', // named in the quotation's sentence or the one before with a role set off after the name ("…concerns Henry Crespo, president of the Caucus. ¶ “…,” he said")
  'pronounSince', // referred to by the pronoun's gender since last named, no one else who fits named since ("Ban's term… He said… But he knows…"), up to 3
] as const;

const WHOSE_ROLE_BEFORE = /(?:ministre|conseill(?:er|ère)|porte-parole|collaborat(?:eur|rice)|minister|adviser|advisor|aide|spokes(?:man|woman|person))\s+(?:de|du|d['’]|to|of)\s+(?:la\s+|l['’])?$/u;

export interface PronounCandidate {
  name: string;
  features: number[];
}

// A role set off after a name: ", president of…", ", a spokesman for…", ", the Republican nominee,".
const ROLE_AFTER = new RegExp(`^,(?:\\s+(?:a|an|the))?(?:\\s+[\\p{L}'’-]+){0,4}?${ROLE_HEAD.source}`, 'iu');

/** Everyone named in the scope before the quotation (and its last speaker), with their evidence; never someone of the other gender. */
export function pronounCandidates(ctx: PronounContext): PronounCandidate[] {
  const { text, people, gender, at } = ctx;
  const from = Math.max(0, at - SCOPE);
  // (Not one named as whose minister or aide someone is: "Thierry Mandon, …, ancien ministre de François Hollande", "an adviser to
  // Bill Clinton": the sentence is about the other.)
  const scope = withFullNames(people.mentions.filter((m) => m.start >= from && m.end <= Math.min(at, ctx.pronounAt ?? at) && !WHOSE_ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))));
  const sentenceStart = lastSentenceStart(text, at);
  const previousStart = lastSentenceStart(text, sentenceStart - 1);
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  const firstSentenceEnd = Math.min(at, paragraphStart + Math.max(1, firstSentenceLength(text.slice(paragraphStart, at))));
  // "she" never means a man the text calls "he".
  // Nor the one "he told".
  // Nor one the pronoun's own clause names after it ("He calls Christie’s endorsement “…”": not Christie).
  const clause = ctx.pronounAt === undefined ? '' : text.slice(ctx.pronounAt, at);
  const namedInClause = (name: string) => clause !== '' && namesIn(clause, name);
  // Nor the subject of the sentence before that closes on this pronoun saying it: "And Tony Blair would be in the front line,
  // he said. “…,” he promised." reports about Blair (of himself, the writer would have put "he would be"), and "he" goes on
  // with whoever said it.
  // (The sentence's own subject, not one a "His" or "he" opening it goes back to: "Her forms have been lost, she said.")
  const subjectHere = subjectOf(text, scope, sentenceStart, at, gender);
  const closing = closingPronounSaid(reportedSentence(text, sentenceStart, at, ctx.quotation), patternsFor('en').verb);
  const reportedAbout = closing && closing.gender === gender ? subjectOf(text, scope, sentenceStart, at, gender, 0) : null;
  // Nor the subject of words that open on its verb, named right before them ("Anne Hidalgo « a changé les blousons… », a-t-elle
  // affirmé" is Rachida Dati speaking of her).
  const subjectOfWords = ctx.quotation !== undefined && /^\p{Ll}/u.test(ctx.quotation) ? scope.findLast((m) => /^\s*$/u.test(text.slice(m.end, at)))?.name : undefined;
  const fits = (name: string) =>
    !(gender && people.gender(name) && people.gender(name) !== gender) && !isListener(name, ctx.listener) && !isNamedIn(name, ctx.quotation, text) && !namedInClause(name) && name !== reportedAbout && name !== subjectOfWords;
  const fitting = scope.filter((m) => fits(m.name));
  const facts = {
    subjectHere: reportedAbout ? null : subjectHere,
    subjectBefore: subjectOf(text, scope, previousStart, sentenceStart, gender),
    paragraphTopic: subjectOf(text, scope, paragraphStart, firstSentenceEnd, gender),
    recentSubject: recentSubject(text, scope, from, at, gender, fits),
    latest: fitting[fitting.length - 1]?.name ?? null,
    latestSaying: fitting.findLast((m) => m.speaks)?.name ?? null,
  };
  const byRecency = [...new Set(fitting.map((m) => m.name).reverse())];
  const compatible = new Set(fitting.map((m) => m.name));
  if (ctx.lastSpeaker && fits(ctx.lastSpeaker)) compatible.add(ctx.lastSpeaker);
  // The "he" saying what that sentence reports is the voice the paragraph reports, who spoke last: no one else it names.
  if (reportedAbout) for (const name of compatible) if (name !== ctx.lastSpeaker) compatible.delete(name);
  const ofGender = [...compatible].filter((name) => gender !== null && people.gender(name) === gender);
  const out: PronounCandidate[] = [];
  for (const name of compatible) {
    const g = people.gender(name);
    const own = scope.filter((m) => m.name === name);
    const last = own[own.length - 1];
    const values: Record<(typeof FEATURES)[number], number> = {
      subjectHere: +(facts.subjectHere === name),
      subjectBefore: +(facts.subjectBefore === name),
      paragraphTopic: +(facts.paragraphTopic === name),
      recentSubject: +(facts.recentSubject === name),
      latest: +(facts.latest === name),
      latestSaying: +(facts.latestSaying === name),
      lastSpeaker: +(ctx.lastSpeaker === name),
      quotedJustBefore: +(ctx.lastSpeaker === name && quotedJustBefore(text, ctx.lastSpokeAt, at, fitting, name)),
      quoted: +ctx.quoted.has(name),
      secondLatest: +(byRecency[1] === name),
      spoke: +own.some((m) => m.speaks),
      spokeJustBefore: +own.some((m) => m.speaks && m.start >= previousStart),
      mentions: Math.min(own.length, 4) / 4,
      near: last ? Math.max(0, 1 - (at - last.end) / SCOPE) : 0,
      sameParagraph: +(last !== undefined && last.start >= paragraphStart),
      genderShown: +(gender !== null && g === gender),
      genderUnknown: +(gender !== null && g === null),
      onlyOfGender: +(ofGender.length === 1 && ofGender[0] === name),
      onlyCandidate: +(compatible.size === 1),
      firstName: +hasFirstName(name),
      rolePut: +own.some((m) => m.start >= previousStart && ROLE_AFTER.test(text.slice(m.end, m.end + 80))),
      pronounSince: pronounsSince(text, gender, last ? last.end : from, at, fitting, name),
    };
    out.push({ name, features: FEATURES.map((f) => values[f]) });
  }
  return out;
}

/**
 * The mentions with a first name alone read as the one full name of the scope it opens ("Thanks Sarah!" is Sarah Palin):
 * two candidates for one person would split the resolver's belief between them.
 */
function withFullNames(scope: PersonMention[]): PersonMention[] {
  const byFirstName = new Map<string, Set<string>>();
  for (const m of scope) {
    const first = m.name.slice(0, m.name.indexOf(' '));
    if (first) byFirstName.set(first, (byFirstName.get(first) ?? new Set()).add(m.name));
  }
  return scope.map((m) => {
    const names = m.name.includes(' ') ? undefined : byFirstName.get(m.name);
    return names?.size === 1 ? { ...m, name: [...names][0]! } : m;
  });
}

// English only: French "il" and German "es"/"sie" are as often impersonal or plural as about a person.
const PRONOUNS_OF: Record<'m' | 'f', RegExp> = {
  m: /(?<![\p{L}])(?:he|him|his|himself)(?![\p{L}])/giu,
  f: /(?<![\p{L}])(?:she|her|hers|herself)(?![\p{L}])/giu,
};

/** Whether the last quotation ended in this paragraph or the one before, and no one else who fits was named after it. */
function quotedJustBefore(text: string, end: number, at: number, fitting: PersonMention[], name: string): boolean {
  if (end < 0 || end > at) return false;
  const paragraphBreaks = text.slice(end, at).match(/\n\s*\n|\n/gu)?.length ?? 0;
  return paragraphBreaks <= 1 && !fitting.some((m) => m.start >= end && m.name !== name);
}

/**
 * How often (up to 3, as a share) the text between a candidate's last mention and the quotation uses
 * the pronoun's gender, when no one else who fits is named there: the text kept talking about them.
 */
function pronounsSince(text: string, gender: Gender, since: number, at: number, fitting: PersonMention[], name: string): number {
  if (!gender || fitting.some((m) => m.start >= since && m.name !== name)) return 0;
  // Inside a quotation "he" is whoever the speaker means.
  const narration = text.slice(since, at).replace(/[“"«„][^”"»“]*[”"»“]/gu, ' ');
  return Math.min(3, narration.match(PRONOUNS_OF[gender])?.length ?? 0) / 3;
}

/**
 * The sentence [start, at) before a quotation; when the quotation sits inside it, the sentence with the words after the
 * quotation up to its end ("But Mr Blair had been “hurt” by the Iraq controversy, he added.").
 */
function reportedSentence(text: string, start: number, at: number, quotation: string | undefined): string {
  const before = text.slice(start, at).trimEnd();
  if (quotation === undefined || /[.!?]["”’»]?$/u.test(before)) return before;
  const close = text.indexOf(quotation, at);
  const after = close < 0 ? '' : text.slice(close + quotation.length, close + quotation.length + 200);
  const end = /[.!?](?=\s|$)/u.exec(after);
  return end ? `${before} ${after.slice(0, end.index + 1).replace(/^["”’»]/u, '')}` : before;
}

/** The subject of the nearest sentence before `at` (up to 6 back, not before `from`) that is a person the pronoun may mean. */
function recentSubject(text: string, mentions: PersonMention[], from: number, at: number, gender: Gender, fits: (name: string) => boolean): string | null {
  let end = at;
  for (let i = 0; i < 6 && end > from; i++) {
    const start = lastSentenceStart(text, end);
    const name = subjectOf(text, mentions, start, end, gender, 0);
    if (name && fits(name)) return name;
    end = start - 1;
  }
  return null;
}

/**
 * Whether a quotation calls the person of a full name by their first name alone ("Ruud" for Ruud van
 * Nistelrooy), one the text never writes as a common word ("Will", "Mark", "Hope"), or opens a sentence on their
 * surname ("Macron, c'est la fulgurance"). A full name may be the speaker's own: politicians speak of themselves so
 * ("…loving Donald Trump when I give all these jobs").
 */
function isNamedIn(name: string, quotation: string | undefined, text: string): boolean {
  if (quotation === undefined || !name.includes(' ')) return false;
  if (surnameOpensSentenceIn(name, quotation)) return true;
  const first = name.slice(0, name.indexOf(' '));
  // Before a capitalised word it opens a full name, theirs or another's ("François Mitterrand" for François Hollande).
  const alone = (at: number) => !/^\s+\p{Lu}/u.test(quotation.slice(at + first.length, at + first.length + 3));
  if (![...wholeWordPositions(quotation, first)].some(alone)) return false;
  // Read the whole text only then: done for every candidate, it made a 100,000-word page quadratic.
  return !hasWholeWord(text, first.toLowerCase());
}

/**
 * Whether a quotation opens a sentence on the surname alone as its subject ("Macron, c'est la fulgurance", "Trump is
 * wrong"): the speaker talks about that person. Not after the first name ("Donald Trump is going to…" may be Trump's own).
 */
function surnameOpensSentenceIn(name: string, quotation: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  const q = quotation.trim();
  return [...wholeWordPositions(q, surname)].some((at) => SENTENCE_OPENS.test(q.slice(0, at)) && SUBJECT_VERB_NEXT.test(q.slice(at + surname.length)));
}
const SENTENCE_OPENS = /(?:^|[.!?]\s+)$/u;
const SUBJECT_VERB_NEXT = /^(?:,|\s+(?:is|was|has|will|would|c['’]est|est|a|va|ist|hat)(?![\p{L}]))/u;

/** Whether `name` is the listener's: the same last word. */
function isListener(name: string, listener: string | undefined): boolean {
  return listener !== undefined && name.slice(name.lastIndexOf(' ') + 1) === listener;
}

/**
 * Whether `clause` names the person `name`: their surname alone or after their own first name ("Christie’s endorsement"),
 * not another first name's ("her husband, Frank Fiorina" is not Carly Fiorina; "Gov. Christie" is Chris Christie).
 */
function namesIn(clause: string, name: string): boolean {
  const space = name.lastIndexOf(' ');
  const surname = name.slice(space + 1);
  const first = space > 0 ? name.slice(0, name.indexOf(' ')) : '';
  for (const at of wholeWordPositions(clause, surname)) {
    const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(clause.slice(Math.max(0, at - 30), at));
    if (!before || before[1] === first || TITLES.has(before[1]!.replace(/\.$/u, '').toLowerCase())) return true;
  }
  return false;
}

/** Whether a name opens with a first name of the lexicon: "Brian Murphy", not "Speaking Sunday" nor "Orlando Republican". */
function hasFirstName(name: string): boolean {
  const first = name.slice(0, name.indexOf(' '));
  return first !== '' && isFirstName(first);
}

// Before a sentence's subject: only capitalised words (titles, a first name: "Secretary of State"), "the", "former", or
// an opening phrase closed by a comma ("In an interview with…, Ham made it clear").
// Lower-case words may be a role ("Trump campaign chairman Paul Manafort"), never a preposition ("behind arch-conservative Rick Santorum"), a
// verb or a conjunction that makes the name an object ("asked Sanders", "said Trump"), nor "that" in any language ("en apprenant que Khamzat
// Azimov a tué…": the name opens a subordinate clause); a word in "-ss" is
// no verb's "-s" ("White House press secretary Josh Earnest"), nor a French adjective's "-ais", and French "de" may elide its
// article ("la cheffe de l'exécutif hongkongais Carrie Lam").
const BEFORE_SUBJECT = /^(?:\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*|the|of|former|then|and|but|(?!(?:to|for|with|by|from|at|in|on|about|against|than|as|that|when|while|if|because|after|before|like|unlike|including|or|behind|between|among|without|within|into|toward|towards|beside|despite|over|under|through|across|around|amid|upon|said|told|asked|called|according|whether|is|was|are|were|be|que|dass|daß|che)(?![\p{L}]))(?:(?<=(?:^|\s)de\s+)l['’])?\p{Ll}[\p{Ll}-]*(?:(?<=\p{Ll}{2}[^m]ais)(?<!palais)|(?<!ed|[^s]s)))(?![\p{L}\p{M}.'’-]))*\s*$/u;
const COORDINATED = /^\s+(?:and|or|et|und|y|e)\s+\p{Lu}/u;
// A role in lower case, then a capitalised name: the name before it is a band's, a team's or a body's ("Manfred Mann singer Paul").
// (right after it: "David Moyes will discipline striker James Beattie" has a verb between, and Moyes is the subject)
const ROLE_OF_NEXT_NAME = new RegExp(`^\\s+(?:${ROLE_NOUNS}|${PERSON_NOUNS})\\s+\\p{Lu}`, 'u');
// A sentence that brings someone on, the name right after its verb: "There is", "Then there’s", "Yet there in the back was",
// and an inverted copula: "Across town, shouting from the rooftops for the Sanders campaign, is Wayne Borders", "Among them was Jane Doe".
const BRINGS_ON = /^\s*(?:(?:(?:Then|And|But|Yet|Now|Also)\s+)?[Tt]here(?:['’]s|\s+(?:[\p{Ll}-]+\s+){0,4}(?:is|was))|[^.!?]*,\s*(?:is|was)|Among\s[^,.!?]{1,60}?\s(?:is|was))\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
// A sentence that opens with a pronoun (OPENING_PRONOUN) is about whoever the sentence before was about; so
// does one that opens with a description of its subject (OPENS_WITH_PERSON_NOUN): "The Ohio governor said…".

// A clause joined by "while" and its subject: "…, while Sen. Susan Collins…", "…tandis que le préfet Bernard Gonzalez".
const SECOND_CLAUSE = /(?:tandis|alors|pendant)\s+que|while|whereas/u; // asked first: most sentences have none
const SECOND_CLAUSE_SUBJECT = /(?:^|\s)(?:tandis\s+que|alors\s+que|pendant\s+que|while|whereas)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:[\p{L}.-]+\s+){0,4}$/u;

// Between a subject and the person it asks: "Scott Conroy asked Sanders", "Cooper then asked Trump".
const ASKED = /^\s+(?:(?:then|later|also|again)\s+)?asked\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.\s+)?$/u;

// Between a description and the name in apposition to it: a few words, a comma, perhaps titles ("on the stage, former Secretary of State").
const APPOSED_NAME = /^[^,.;:!?]{0,40},\s*(?:(?:\p{Lu}[\p{L}.'’-]*|former|of)\s+){0,5}$/u;
// An article and a description in a few words, closed by a comma, opening the sentence: "Il leader della Lega, ", "The senator's wife, ".
const DESCRIPTION_THEN_COMMA = /^\s*(?:(?:[Tt]he|[Aa]n?|[Ll]e|[Ll]a|[Ii]l|[Ll]o|[Ee]l|[Oo]|[Dd]e|[Hh]et|[Dd]er|[Dd]ie)\s+|[Ll]['’])\p{Ll}[^,.;:!?"«»“”]{0,60},\s*$/u;

/** Whether a name after these words of its sentence is the sentence's subject ("In Ohio, presidential nominee", not "While", "said"). */
export function isSubjectLead(lead: string): boolean {
  // "Maricopa County (Ariz.) Sheriff Joe Arpaio": a party or state tag says nothing about the name's place.
  const bare = lead.replace(PARTY_TAG, '');
  // A short title's closing mark after the comma is no word of the clause ("Following… their jam “Black Water,” Simmons
  // teed up"); after a quotation's, the name is its speaker, not the sentence's subject ("“…,” Ryan said").
  // A clause opened by "but" starts afresh: "…so far this year but captain Fabien Pelous sees hope" (Pelous is its subject).
  const but = bare.lastIndexOf(' but ');
  const comma = Math.max(bare.lastIndexOf(','), but < 0 ? -1 : but + 4);
  const after = bare.slice(comma + 1);
  const written = (TITLE_BEFORE_COMMA.test(bare.slice(0, comma + 1)) ? after.replace(/^\s*["”’»]/u, ' ') : after).replace(AGE, ' ');
  // French and Italian elide the article that opens the subject: "…, l'ex-ministre Patrick Kanner entend…" reads as "the former
  // minister Patrick Kanner" (never a clause with its verb before the name: "…, l'ancienne garde des Sceaux a affirmé son soutien à François Fillon").
  const clause = ELIDED_ARTICLE.test(written) && !FRENCH_VERB.test(written) ? written.replace(ELIDED_ARTICLE, ' the ') : written;
  // "…, aides say Ivanka Trump also advises her father": the subject of what others report of her.
  if (REPORTED_BY_OTHERS.test(clause)) return true;
  return BEFORE_SUBJECT.test(clause) && !SUBORDINATE_OPENING.test(clause) && !OF_SOMETHING.test(clause) && !OBJECT_OF_GERUND.test(clause) && !LONE_PARTICIPLE.test(clause) && !PREPOSITION_RIGHT_BEFORE.test(clause) && !ADVERB_AND_PARTICIPLE.test(clause) && !INFINITIVE_RIGHT_BEFORE.test(clause);
}
// French: an infinitive after its preposition right before the name makes it the verb's object ("…, ou bien de singer Greta
// Thunberg": the sentence is about whom she is accused of aping, not by her).
const INFINITIVE_RIGHT_BEFORE = /(?:^|\s)(?:(?:de|à|pour|sans)\s+|d['’])\p{Ll}{2,}(?:er|ir)\s+$/u;
const ELIDED_ARTICLE = /^\s*[lL]['’](?=\p{Ll})/u;
const FRENCH_VERB = /(?:^|\s)(?:ont|est|sont|était|étaient|avait|avaient|sera|seront|fut|va|vont|doit|peut|veut|fait|a\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées|u|ue|us|is|it|te))(?=\s)/u;
// A short title in quotation marks closing on a comma: "their sing-along jam “Black Water,".
const TITLE_BEFORE_COMMA = /["“«]\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+,$/u;
// People who report, unnamed, then their verb: "aides say", "officials said that".
const REPORTED_BY_OTHERS = /^\s*(?:\p{Ll}+\s+)?(?:aides|officials|sources|advisers|allies|associates|friends|people close to (?:him|her))\s+(?:say|said|says)\s+(?:that\s+)?$/u;
// French: an adverb and a past participle before the name make it the verb's object ("…, vivement attaqué Barack Obama"),
// where a participle alone may be a role ("le député Éric Coquerel", "l'élu Jean Dupont").
const ADVERB_AND_PARTICIPLE = /\p{Ll}{3,}ment\s+\p{Ll}+(?:é|ée|és|ées|is|it|u|us)\s+$/u;
// "a-t-elle précisé sur France Inter": a name right after a French or German preposition is where or with whom, never the subject.
// Not "par" (a passive's agent is who acted: "initiée par Emmanuel Macron"), "pour" and "selon" (whose view it is), nor "de" and
// "à", which open roles ("le député de la Manche Bertrand Sorre"). English ones in lower case BEFORE_SUBJECT refuses; opening a
// sentence they are capitalised, as after an ellipsis read as a sentence's end ("producer of TV show Later... With Jools Holland,
// booked the group": Holland is no subject).
const PREPOSITION_RIGHT_BEFORE = /(?:^|\s)(?:sur|chez|dans|avec|contre|sans|sous|parmi|envers|malgré|bei|mit|gegen|With|Without|From|To|Against|Among|Into|Towards?|Behind|Beside|Like|Unlike)\s*$/u;
// "The Scot initially defended Beattie, saying Gallas overreacted": a name after a participle set off by a comma is in what was said.
const LONE_PARTICIPLE = /^\s*\p{Ll}+ing\s+$/u;
// "In describing fellow billionaire Donald Trump, Cuban said…", "After meeting Trump, Cruz…": a name after a preposition's gerund is its object.
const OBJECT_OF_GERUND = /(?:^|\s)(?:[Ii]n|[Aa]fter|[Bb]efore|[Bb]y|[Ww]hile|[Ww]hen|[Ss]ince|[Uu]pon|[Ww]ithout|[Dd]espite)\s+(?!(?:morning|evening|spring)\s)\p{Ll}+ing\s/u;
// A past participle, then "by" or "par" and the agent's description, right before the name (a clause of its own may not come between).
const AGENT_BEFORE = /(?:^|\s)\p{Ll}{3,}(?:ed|en|é|ée|és|ées|ite|ites|ue|ues)\s+(?:[^\s,.;:!?"“”«»]+\s+){0,5}?(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[^\s,.;:!?"“”«»]+\s+){0,9}$/u;
const SENTENCE_CLOSES_AFTER = /^\s*[.!?]/u;
const AS_FOR = /^\s*(?:And\s+|But\s+)?As\s+for\s+/u;
const PRONOUN_AFTER_TOPIC = /^\s*,\s*(he|she)\s/iu;
const RELATIVE_OPENED = /,\s+who\s/u;
// "The rise of Bannon gave Beck…": a name after a common noun's "of" belongs to that noun, the subject ("Secretary of State John Kerry" is a title).
const OF_SOMETHING = /(?:^|\s)\p{Ll}[\p{Ll}-]*\s+of\s+$/u;
// "…, 62-year-old Brenda Johnson also railed": an age alone before the name (not "a 33-year-old African American").
const AGE = /^\s*\d{1,3}-year-old(?=\s)/u;

// The verbs of a sentence's closing attribution: English's verbs of saying, as the resolver's weights are fitted on English news.
const SAYING = `(?:has\\s+|had\\s+)?(?:${patternsFor('en').verb.source})`;
// A comma, then perhaps a role or titles: "…, Stovall said", "…, Texas Gov. Rick Perry said", "…, film-maker George Lucas has said".
const NAME_THEN_VERB_BEFORE = /,\s*(?:[\p{L}.'’-]+\s+){0,5}$/u;
const OBJECT_OF_PREPOSITION = /(?:^|\s)(?:at|of|for|from|with|in|by|on|to)\s+(?:the\s+)?$/u;
// "…, Stovall said." or "…, Stovall said on Tuesday." (no clause after it: ", Stovall said, adding that" goes on).
const NAME_THEN_VERB_AFTER = new RegExp(`^\\s+${SAYING}(?:\\s+[^,;:!?“”"]{0,40})?[.!?]?[”"]?\\s*$`, 'u');
// "…, said Stovall." or "…, said Robert Stovall, a Republican activist."
const VERB_THEN_NAME_BEFORE = new RegExp(`,\\s*${SAYING}\\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\\.\\s+)?$`, 'u');
const VERB_THEN_NAME_AFTER = /^(?:,[^.;:!?“”"]{0,140})?[.!?]?[”"]?\s*$/u;
// In any language, a quotation's closing mark, its comma and a few words (a verb, its subject's article and role) before the name:
// "« … », s'est aussi interrogé le patron des sénateurs LR Bruno Retailleau, dimanche sur France Inter." is what Retailleau said.
const QUOTATION_THEN_NAME_BEFORE = /[”»"]\s*,\s*(?:[\p{L}'’-]+\s+){1,8}$/u;

/** Who a sentence's closing attribution names: "…, Stovall said." and "…, said Stovall." (a comma sets the reported words off). */
function trailingSayer(text: string, mentions: PersonMention[], from: number, to: number): string | null {
  const last = mentions.findLast((m) => m.start >= from && m.end <= to);
  if (!last) return null;
  const before = text.slice(from, last.start);
  const after = text.slice(last.end, to);
  // (Not a preposition's object: "Ann Simpson, marketing manager at Snappy Snaps believes…" is no Snappy Snaps's saying.)
  const closes = (NAME_THEN_VERB_BEFORE.test(before) && !OBJECT_OF_PREPOSITION.test(before) && NAME_THEN_VERB_AFTER.test(after)) || ((VERB_THEN_NAME_BEFORE.test(before) || QUOTATION_THEN_NAME_BEFORE.test(before)) && VERB_THEN_NAME_AFTER.test(after));
  return closes ? last.name : null;
}

/**
 * The person a sentence [from, to) is about: a mention in subject position (after nothing but
 * capitalised words, or after the comma closing an opening phrase). A sentence opening with "he" or
 * "she" of the same gender is about the subject of the sentence before it (followed up to 3 sentences back).
 */
function subjectOf(text: string, mentions: PersonMention[], from: number, to: number, gender: Gender, hops = 3): string | null {
  const sentence = text.slice(from, to);
  // "As for Trump, he said he’s not worried": the phrase names whom the pronoun opening the clause means.
  const asFor = AS_FOR.exec(sentence);
  const topic = asFor ? mentions.find((m) => m.start === from + asFor[0].length) : undefined;
  const then = topic ? PRONOUN_AFTER_TOPIC.exec(text.slice(topic.end, to)) : null;
  if (topic && then && (!gender || pronounGender(then[1]!) === gender)) return topic.name;
  // "Il leader della Lega, Matteo Salvini, ha difeso…": the name set off after a description opening the sentence is its subject
  // (the Italian article "Il" is no French "il" there).
  const setOff = mentions.find((m) => m.start >= from && m.end <= to && DESCRIPTION_THEN_COMMA.test(text.slice(from, m.start)) && /^\s*,/u.test(text.slice(m.end, to)));
  if (setOff) return setOff.name;
  const pronoun = OPENING_PRONOUN.exec(sentence);
  const described = pronoun ? null : OPENS_WITH_PERSON_NOUN.exec(sentence);
  // "But the other candidate on the stage, former Secretary of State Hillary Clinton, drew…": the name set off by a comma is the subject.
  const apposed = described && mentions.find((m) => m.start >= from + described[0].length && m.end <= to && APPOSED_NAME.test(text.slice(from + described[0].length, m.start)));
  if (apposed) return apposed.name;
  // "The home secretary said…" stands for whom the article named with that title, when described-mentions.ts found them.
  const holder = described && mentions.find((m) => m.start >= from && text.slice(from, m.start).trim() === '');
  if (holder) return holder.name;
  if (pronoun || described) {
    const g = pronoun ? pronounGender(pronoun[1]!) : gender;
    if (hops === 0 || (gender && g !== gender) || from === 0) return null;
    return subjectOf(text, mentions, lastSentenceStart(text, from - 1), from, gender, hops - 1);
  }
  // "Cruz electrified the crowds, Stovall said.": the sentence is what Stovall said, and it is Stovall a "he said" next goes on with.
  const sayer = trailingSayer(text, mentions, from, to);
  if (sayer) return sayer;
  let named = false;
  for (const m of mentions) {
    if (m.start < from || m.end > to || m.possessor) continue;
    named = true;
    // "Then there’s Axelrod.", "Yet there in the back was Garcia, the grocery store worker.": the one the sentence brings on.
    if (BRINGS_ON.test(text.slice(from, m.start))) return m.name;
    // A passive's agent closing the sentence is who acted, the one it is about: "That version was contradicted hours later by
    // police official Yann Drouet.", "Une version contredite… par l'ex-directeur de cabinet du préfet de police Yann Drouet."
    if (AGENT_BEFORE.test(text.slice(from, m.start)) && SENTENCE_CLOSES_AFTER.test(text.slice(m.end, to))) return m.name;
    // A name inside a relative clause ("said Harvey, who acknowledged… behind Rick Santorum, Senator Marco Rubio") is no subject.
    if (!isSubjectLead(text.slice(from, m.start)) || RELATIVE_OPENED.test(text.slice(from, m.start))) continue;
    // "Former Manfred Mann singer Paul Jones said…": a name before a role and another name is whose the role is, not the subject.
    if (ROLE_OF_NEXT_NAME.test(text.slice(m.end, m.end + 60))) continue;
    // "Tom Reed and Mark Hall met…": a subject of two people says nothing about which one "he" is.
    if (COORDINATED.test(text.slice(m.end, m.end + 40))) return null;
    // "Le maire Christian Estrosi s'est rendu sur place tandis que le préfet Bernard Gonzalez est venu…": a second clause with
    // its own subject leaves unclear which one the sentence is about.
    if (SECOND_CLAUSE.test(sentence) && mentions.some((o) => o.start > m.end && o.end <= to && !o.possessor && SECOND_CLAUSE_SUBJECT.test(text.slice(m.end, o.start)))) return null;
    // "Scott Conroy asked Sanders whether…": the one asked answers next.
    const asked = mentions.find((o) => o.start > m.end && o.end <= to && ASKED.test(text.slice(m.end, o.start)));
    return asked ? asked.name : m.name;
  }
  // A sentence naming no one ("His audio was quieter…") keeps the topic of the one before.
  if (!named && hops > 0 && from > 0 && /^\s*(?:His|Her)\s/u.test(text.slice(from, to))) return subjectOf(text, mentions, lastSentenceStart(text, from - 1), from, gender, hops - 1);
  return null;
}
