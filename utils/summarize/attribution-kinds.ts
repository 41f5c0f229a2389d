// What an attribution is, and the small readings every part of it shares: descriptions, pronouns' gender, "of" before a name.
import { cleanName, DEMONYM_NOUNS, isFirstName, NATION_GROUP_WORDS, PARTY_NOUNS, OF_THE_CONTRACTED, TO_THE_ITALIAN } from './names';
import { DOCUMENT_NOUN_AT_END, ORGANISATION_NOUN_AT_END } from './organisations';
import { PERSON_NOUN_AT_END, PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';
import type { LangPatterns } from './reporting-verbs';

/** An attribution: a name, a pronoun to resolve, or an attribution whose speaker is not a name. */
export type Attribution =
  | { kind: 'name'; name: string; spokesperson?: true } // spokesperson: the body an unnamed spokesperson speaks for ("A Home Office spokesman said"), whom "he added" goes on with
  | { kind: 'pronoun'; gender: Gender; listener?: string; view?: true } // listener: "“…,” he told Rubio": Rubio is not "he"; view: "Selon elle, …" (whose view the words are)
  | { kind: 'description'; role: string; words?: string; gender?: 'm' | 'f'; origin?: string } // "the mayor said": someone the article named with that role (words: "the Florida senator and Republican presidential candidate"; gender: what French "la ministre" says; origin: French "l'entraîneur allemand")
  | { kind: 'organisation'; noun: string; owner?: string } // "the fund warned": the organisation of that kind named before; "Ryan's campaign said": Ryan's
  | { kind: 'document'; noun: string; by?: string } // "the statement said": whoever the text says issued it ("the IMF report": by IMF)
  | { kind: 'same' } // "Avant d'ajouter :", "before adding:": whoever spoke just before
  | { kind: 'narrator' } // "I laughed and said": whoever wrote the article (an op-ed's author)
  | { kind: 'it' } // "“…,” it added": the organisation or document quoted just before
  | { kind: 'they'; people?: true } // "“…,” they wrote": the two people named together just before (`people`: "the two write", never a body)
  | { kind: 'relative'; of: string } // "said the brother of Nordahl Smith": another of that family the article names
  | { kind: 'unnamed'; settled?: true } // settled: the words say who spoke is someone else, unnamed ("was asked by a heckler:"), so no other name of the sentence is theirs
  | null;

// Papers whose names are person nouns: "the Guardian said" is the paper, neither a guardian nor a demonym in -an.
const PAPERS_NAMED_AS_PEOPLE = 'Guardian|Observer|Spectator|Examiner|Economist|Inquirer|Independent|Advocate|Herald|Tribune|Courier|Sentinel|Messenger';
// "the Texan", "the Utah Republican", "the South Carolina Republican", "the New Yorker", "the Tory": someone described by where they are from or their
// party, resolved like "the senator", never a speaker named "Texan" (nor bodies ending so: "the Taliban said", "the Vatican", the paper "the Guardian", nor a nation's side: "the British said").
export const DEMONYM_AT_END = new RegExp(String.raw`(?:^|\s)[Tt]he\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:(?!(?:Taliban|Vatican|${PAPERS_NAMED_AS_PEOPLE}|${NATION_GROUP_WORDS})(?![\p{L}]))\p{Lu}[\p{L}'’-]*(?:an|ese|ish|crat)|New Yorker|${DEMONYM_NOUNS}|${PARTY_NOUNS}))\s*$`, 'u');

/** A description opening the clause and ending at its verb, else null. */
export function describedSubject(clause: string): Attribution {
  const d = /^\s*[Tt]he\s/u.test(clause) ? personNounAtEnd(clause.trimEnd()) : null;
  return d ? { kind: 'description', role: d[1]!.toLowerCase(), words: d[0].trim() } : null;
}

// "The" and one of those papers' names: the paper ("the Guardian said in an editorial", "the Economist"), no description.
const THE_PAPER = new RegExp(`^\\s*[Tt]he\\s+(?:${PAPERS_NAMED_AS_PEOPLE})$`, 'u');

/** PERSON_NOUN_AT_END's match, but for a person noun that is a paper's name (THE_PAPER). */
function personNounAtEnd(words: string): RegExpExecArray | null {
  return THE_PAPER.test(words) ? null : PERSON_NOUN_AT_END.exec(words);
}

const ADVISER = /^(?:aide|adviser|advisor)$/iu;

/** A description's role word, or a plain unnamed attribution. */
// "the", capitalised words, then one to three lower-case words (or an acronym) closing the words, perhaps with a place:
// "the Sale player", "the Old Trafford boss", "the Newport-based athlete", "the Labour MP for Birkenhead". The capitalised
// words describe whoever the noun is; they name no one ("the Rev. Al Sharpton yesterday" still does). A year or a rank may
// come first, and a particle inside them: "the 1998 Golden Globe winner", "the Ballon d'Or winner", "the Tour de France champion".
export const DESCRIBED_BY_CAPITALS = /^\s*the\s+(?:(?:\p{Ll}[\p{L}-]*|\d{4}|\d{1,3}(?:st|nd|rd|th))\s+){0,2}\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|du|des|la|le|of|the)\s+|d['’])?\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s+(?!(?:yesterday|today|tonight|earlier|later|recently|again|also|too|then|now|afterwards?)(?![\p{L}]))(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,}s?)(?:\s+\p{Ll}[\p{L}-]*){0,2}(?:\s+(?:for|of|from|in)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s*){1,3})?\s*$/u;

export function describedOrUnnamed(words: string): Attribution {
  const d = personNounAtEnd(words.trimEnd()) ?? DEMONYM_AT_END.exec(words);
  // "the senior Cruz adviser", "a Clinton aide": someone of the named person's, unnamed (as "Cruz's adviser" is).
  if (d && ADVISER.test(d[1]!) && /\p{Lu}/u.test(d[0].slice(1))) return { kind: 'unnamed' };
  if (d) return { kind: 'description', role: d[1]!.toLowerCase(), words: d[0].trim() };
  const o = ORGANISATION_NOUN_AT_END.exec(words);
  if (o) return { kind: 'organisation', noun: o[1]! };
  const doc = DOCUMENT_NOUN_AT_END.exec(words);
  if (!doc) return { kind: 'unnamed' };
  const by = /^(?:\p{Lu}[\p{L}'’-]*\s+)+$/u.test(doc[1]!) ? doc[1]!.trim() : '';
  return by ? { kind: 'document', noun: doc[2]!, by } : { kind: 'document', noun: doc[2]! };
}

// The writer speaking of themselves: "I laughed and said, “…”" in an op-ed or a first-person story.
export const NARRATOR = /^I$/u;

/** A person's grammatical gender as the text shows it: 'm', 'f', or null when nothing says. */
export type Gender = 'm' | 'f' | null;

// Subject pronouns, and the English object and possessive forms ("quoted him as saying", "in her words", "His final
// assessment:", German "Seine Begründung:").
const MALE_PRONOUNS = /^(?:he|him|his|il|er|seine|él|lui|ele|hij)$/iu;
const FEMALE_PRONOUNS = /^(?:she|her|elle|sie|ella|lei|ela|zij)$/iu;

/** The gender a pronoun says (German "sie" and Dutch "ze" may be plural: read as feminine singular here). */
export function pronounGender(word: string): Gender {
  return MALE_PRONOUNS.test(word) ? 'm' : FEMALE_PRONOUNS.test(word) ? 'f' : null;
}

/** A subject pronoun after its verb, French "-t-il", "-elle", "-ils": the plural is they, never one of them ("ont-ils déclaré"). */
export function invertedPronoun(word: string): Attribution {
  return /s$/iu.test(word) ? { kind: 'they' } : { kind: 'pronoun', gender: pronounGender(word) };
}


export interface AttributionContext {
  p: LangPatterns;
  isStopword: (w: string) => boolean;
  /** Whether a word is the surname of someone the text names in full ("Darmanin" after "Gérald Darmanin"). */
  isSurname?: (w: string) => boolean;
  /** Whether a word is the surname of someone the text names in full by a first name ("Trump" after "Donald Trump"; not "Fox" after "WRAZ-TV Fox"). */
  isPersonSurname?: (w: string) => boolean;
}

// "of" right before a name: "le maire de Béziers", "l'avocat de Jean Dupont", "der Chef von Siemens", "el ministro de
// Economía", "el presidente del Gobierno", "il ministro dell'Interno", "o presidente da Câmara", "de burgemeester van Amsterdam".
// (Italian "to the" too, which names an office's field: "l'assessora ai Trasporti", "il sottosegretario agli Esteri".)
// (A body's own name may open on its article: "l'animatrice de La Nouvelle Édition".)
const OF_BEFORE = new RegExp(`(?:^|\\s)(?:de|du|des|von|vom|di|da|van|${OF_THE_CONTRACTED}|${TO_THE_ITALIAN})\\s+(?:(?:La|Le|Les)\\s+|L['’])?$|(?:^|\\s)(?:d|dell)['’]$`, 'u');

/** Languages other than English, where "de"/"von"/"del" before a name mostly mean "of" (English "de Blasio" is a surname). */
export const ofLanguage = (ctx: AttributionContext) => ctx.p.lang !== 'en';

/** French and German, whose descriptions before a name ("selon le ministre Jean Dupont", "laut der Ministerin") the engine reads. */
export const readsRoles = (ctx: AttributionContext) => ctx.p.lang === 'fr' || ctx.p.lang === 'de';

/** Whether the name after a verb follows "de"/"von": the place or person a role belongs to, not the speaker. */
export function ofSomeone(clause: string, name: string): boolean {
  const at = clause.indexOf(name);
  return at > 0 && OF_BEFORE.test(clause.slice(Math.max(0, at - 8), at)) && !SPOKESPERSON_OF.test(clause.slice(0, at)) && !TITLE_THEN_PARTICLE.test(clause.slice(0, at));
}
// A courtesy title, then the particle of the surname: "M. de Rugy", "Mme de La Gorce" ("de" is no "of" there).
const TITLE_THEN_PARTICLE = /(?:^|\s)(?:M\.|Mme|Mlle|Me|Dr|Pr|Mgr)\s+(?:de|du|d['’])\s*(?:la\s+|La\s+)?$/u;
// "the brother of Nordahl Smith", "the wife of", "the lawyer of", "le frère de": someone described as another's, ending in "of";
// the noun captured.
const SOMEONE_OF = new RegExp(`(?:^|[^\\p{L}])(?:the|a|an|le|la|l['’])\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(${PERSON_NOUNS}|${RELATION_NOUNS})\\s+(?:of|de|du|d['’])\\s*(?:the\\s+)?$`, 'iu');
const RELATION = new RegExp(`^(?:${RELATION_NOUNS})$`, 'iu');
// Who gather about a person, one or many: their supporters, allies, donors, voters, critics (never a name after them, which is
// one of them by name: "Sanders supporter Jane Doe"). Their staff speak for them instead (servant-of.ts).
const FOLLOWER_NOUNS = 'supporters?|allies|ally|donors?|backers?|loyalists?|fans?|voters?|critics?|opponents?|detractors?|delegates?|followers?|volunteers?|friends';
const FOLLOWERS_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${FOLLOWER_NOUNS})(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u');
// …and before the name: "critics of Trump", "supporters of Sanders", "people close to Clinton".
const FOLLOWERS_OF = new RegExp(`(?:^|[^\\p{L}])(?:(?:${FOLLOWER_NOUNS})\\s+of|(?:close|loyal)\\s+to)\\s+(?:\\p{Lu}[\\p{L}]*\\.?\\s+)?$`, 'iu');

/**
 * How `words` describe the speaker when they write `name` as the one the speaker belongs to: "relative" for a relation
 * ("said the brother of Nordahl Smith", "assure le frère de Nordahl Lelandais": another of that family, relativeNamed in
 * quotes.ts), "someone" for any other person's noun ("the lawyer of John Smith", "the leader of Ennahda": someone unnamed), else null.
 */
export function whoseSomeone(words: string, name: string): 'relative' | 'someone' | null {
  for (let at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
    // The name may follow its own title or first name: "the widow of Sen. John Smith" (name "John Smith" or "Smith").
    const noun = SOMEONE_OF.exec(words.slice(Math.max(0, at - 80), at).replace(/(?:\p{Lu}[\p{L}]*\.?\s+){1,2}$/u, ''))?.[1];
    if (noun) return RELATION.test(noun) ? 'relative' : 'someone';
    // One or many of the people a name has about them: "Sanders supporters chanted:", "several Clinton donors", "critics of Trump".
    if (FOLLOWERS_AFTER.test(words.slice(at + name.length, at + name.length + 40)) || FOLLOWERS_OF.test(words.slice(Math.max(0, at - 40), at))) return 'someone';
  }
  return null;
}

// A name's possessive, then a relation, all the subject's words: "Nordahl Smith's brother", "Trump's daughter".
const POSSESSOR_RELATION = new RegExp(`^\\s*((?:\\p{Lu}[\\p{L}\\p{M}.-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}.-]*)(?:['’]s|(?<=s)['’])\\s+(?:${RELATION_NOUNS})\\s*$`, 'u');

/** The person whose relation the words name ("Nordahl Smith" of "Nordahl Smith's brother"), '' for any other words. */
export function possessorOfRelation(words: string): string {
  return POSSESSOR_RELATION.exec(words)?.[1] ?? '';
}

/** Whether a description goes on with "of" and a person's first name: "The lawyer of John Smith" is no lawyer the text named before. */
export function describedAsSomeones(words: string, description: string): boolean {
  const at = words.indexOf(description);
  const of = at >= 0 ? /^\s+(?:of|de|du)\s+(\p{Lu}[\p{L}'’-]*)/u.exec(words.slice(at + description.length)) : null;
  return of !== null && isFirstName(of[1]!);
}

// A spokesperson speaks for the body after "de": "la porte-parole de Vinci Autoroutes", "ein Sprecher von Siemens" name the body, as "a spokesman for X" does.
// So does an institution named by its place: "le parquet de Paris", "la préfecture de Haute-Garonne" are who speaks, as organisations are.
const INSTITUTION_NOUNS = 'parquet|préfecture|ministère|mairie|gendarmerie|ambassade|rectorat';
const SPOKESPERSON_OF = new RegExp(`(?:porte-parole|représentante?|direction|[Ss]precher(?:in)?|${INSTITUTION_NOUNS})\\s+(?:de|du|des|von|vom|der|des)\\s+(?:la\\s+|l['’])?$`, 'u');

/** Whether words end in a spokesperson's or an institution's "de", whose complement is the body that speaks ("la porte-parole de "). */
export const isSpokespersonOf = (before: string): boolean => SPOKESPERSON_OF.test(before);

// The institution itself, in full: "le parquet de Paris", "le ministère français des Affaires étrangères", "la préfecture de Haute-Garonne".
// (Paris's police has its own prefecture, named in lower case: "la préfecture de police", "la préfecture de police de Paris".)
const INSTITUTION = new RegExp(`^\\s*(?:[Ll]e|[Ll]a|[Ll]['’])\\s*(préfecture\\s+de\\s+police(?![\\p{L}])(?:\\s+de\\s+Paris)?|(?:${INSTITUTION_NOUNS})(?:\\s+\\p{Ll}+)?\\s+(?:de\\s+la\\s+|de\\s+l['’]|des\\s+|du\\s+|de\\s+|d['’])\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*)`, 'u');
// After a plural remit, its adjective, agreeing with it: "Affaires étrangères", "Comptes publics" (never "Paris mardi").
const PLURAL_ADJECTIVE = /^\s+(\p{Ll}+[sx])(?![\p{L}])/u;

/**
 * A French institution opening `words`, named by its remit or its place, as the text writes it ('' if none):
 * "le parquet de Paris dans un communiqué" → "parquet de Paris". `whole`: only when nothing follows it ("Le parquet de Paris a indiqué").
 */
export function institutionNamed(words: string, isStopword: (w: string) => boolean, whole = false): string {
  const m = INSTITUTION.exec(words);
  if (!m) return bodyByItsName(words, whole);
  let rest = words.slice(m[0].length);
  const adjective = /[sx]$/u.test(m[1]!) ? PLURAL_ADJECTIVE.exec(rest) : null;
  const agrees = adjective !== null && !isStopword(adjective[1]!);
  if (agrees) rest = rest.slice(adjective[0].length);
  if (whole && rest.trim() !== '') return '';
  return agrees ? `${m[1]} ${adjective[1]}` : m[1]!;
}

// A body by its own name after its article: an acronym ("a souligné la DGS", "selon l'ARS") or a council, an academy, a court…
// ("rappelle le Conseil scientifique", "ajoute l'Académie nationale de médecine", "la Cour des comptes"), or the seat a government
// is named by ("selon le Kremlin", "a ajouté le Quai d'Orsay"); never another lone capitalised
// word, which may be a place or a description ("la France", "le Breton"), nor a person's title in capitals ("le DJ", "le PDG").
// Someone named after it is the speaker and the body the listener ("a déclaré à l'AFP un porte-parole du groupe").
const BODY_BY_ITS_NAME =
  /^\s*(?:[Ll]e|[Ll]a|[Ll]['’])\s*((?!(?:DJ|PDG|DG|DRH|SDF|CRS|MC|VIP|CEO)(?![\p{L}]))\p{Lu}{2,}(?![\p{L}\p{N}'’-])|(?:Kremlin|Vatican|Pentagone|Quai\s+d['’]Orsay)|(?:Conseil|Académie|Assemblée|Cour|Commission|Institut|Agence|Autorité|Haute\s+Autorité|Haut\s+Conseil|Observatoire|Office|Fédération|Fondation)(?:\s+(?!de\s|des\s|du\s|dans\s|sur\s|lors\s|en\s|à\s|au\s)\p{Ll}+)?(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\p{L}-]+)?)(?![\p{L}\p{N}'’-])(?!\s+(?:un|une|le|la|les|l['’]|des|son|sa|ses|leur|\p{Lu}))/u;

// The institution by its noun alone, no remit or place after it: "a indiqué le ministère dans un communiqué", "précise la préfecture".
const BARE_INSTITUTION = new RegExp(`^\\s*(?:[Ll]e|[Ll]a|[Ll]['’])\\s*(${INSTITUTION_NOUNS})(?![\\p{L}])(?!\\s+(?:\\p{Ll}+\\s+)?(?:de|des|du|d['’]))`, 'u');

const INSTITUTION_NOUN = new RegExp(`^(?:${INSTITUTION_NOUNS})$`, 'u');
/** Whether a noun is one of a French institution's ("ministère", "préfecture"), which stands for the one of its kind named before. */
export const isInstitutionNoun = (noun: string): boolean => INSTITUTION_NOUN.test(noun);

/** A French institution's noun when the words name it by that noun alone ('' if not): "le ministère" stands for the ministry named before. */
export function bareInstitution(words: string): string {
  return BARE_INSTITUTION.exec(words)?.[1] ?? '';
}

/**
 * The last French institution of that noun named in full in `scope` ("le ministère français des Affaires étrangères" for
 * "le ministère"), or null.
 */
export function institutionNamedIn(scope: string, noun: string, isStopword: (w: string) => boolean): string | null {
  let last: string | null = null;
  for (const m of scope.matchAll(new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])\\s*(?=${noun}(?![\\p{L}]))`, 'gu'))) {
    const named = institutionNamed(scope.slice(m.index), isStopword);
    if (named.startsWith(noun)) last = named;
  }
  return last;
}

/** A body named by itself after its article ('' if none); `whole`: only when nothing follows it. */
function bodyByItsName(words: string, whole: boolean): string {
  const m = BODY_BY_ITS_NAME.exec(words);
  if (!m || (whole && words.slice(m[0].length).trim() !== '')) return '';
  return m[1]!;
}

/** The name a pattern's first group captures in `s`, cleaned ('' when it does not match or holds no name). */
export function capturedName(pattern: RegExp, s: string, ctx: AttributionContext): string {
  const m = pattern.exec(s);
  return m ? cleanName(m[1]!, ctx.isStopword) : '';
}
