// Descriptions of a speaker ("a déclaré le ministre de l'Intérieur", "sagte die Ministerin", "dijo el ministro"): the person the article named with that role.
import type { People } from './people';
import { isFirstName, TO_THE_ITALIAN } from './names';
import { memoized } from './memo';
import { nounGender, ROLE_NOUNS_BY_LANG } from './role-nouns';

// Person nouns of roles, as a description's head ("le ministre", "la députée", "der Sprecher", "die Ministerin").
export const FR_ROLES = 'ministre|président|présidente|député|députée|sénateur|sénatrice|maire|procureur|procureure|porte-parole|secrétaire|directeur|directrice|patron|patronne|préfet|préfète|dirigeant|dirigeante|candidat|candidate|élu|élue|chef|cheffe|juge|avocat|avocate|ambassadeur|ambassadrice|commissaire|gouverneur|chancelier|chancelière|leader|entraîneur|sélectionneur|coprésident|coprésidente|vice-président|vice-présidente|technicien|joueur|joueuse|attaquant|attaquante|capitaine|champion|championne|navigateur|navigatrice|skipper|chanteur|chanteuse|acteur|actrice|réalisateur|réalisatrice|romancier|romancière|écrivain|écrivaine|cinéaste|animateur|animatrice|humoriste|rappeur|rappeuse|chercheur|chercheuse|infectiologue|épidémiologiste|syndicaliste';
const DE_ROLES = '(?:\\p{Lu}\\p{Ll}*)?(?:[Mm]inister|[Mm]inisterin|[Pp]räsident|[Pp]räsidentin|[Ss]precher|[Ss]precherin|[Kk]anzler|[Kk]anzlerin|[Bb]ürgermeister|[Bb]ürgermeisterin|[Vv]orsitzende|[Vv]orsitzender|[Cc]hef|[Cc]hefin|[Aa]nwalt|[Aa]nwältin|[Tt]rainer|[Tt]rainerin|[Ss]taatsanwalt|[Ss]taatsanwältin)';

// Set off after a name, people at work the descriptions' role words leave out are roles too ("Jyoti Ester, une infirmière", "Zhiqun
// Zhu, professeur de politique à l'Université Bucknell"); the role may end before a parenthesis ("…du syndicat Force Ouvrière (FO)").
export const FR_PEOPLE_AT_WORK =
  'infirmier|infirmière|médecin|docteur|professeur|professeure|journaliste|délégué|déléguée|militant|militante|adjoint|adjointe|révérend|responsable|fondateur|fondatrice|spécialiste|expert|experte|économiste|historien|historienne|politologue|sociologue|consultant|consultante|analyste|conseiller|conseillère|membre|représentant|représentante|gérant|gérante|étudiant|étudiante|enseignant|enseignante|auteur|autrice|metteur en scène|producteur|productrice|' +
  'juriste|opérateur|opératrice|agriculteur|agricultrice|commerçant|commerçante|salarié|salariée|ouvrier|ouvrière|retraité|retraitée|' +
  'habitant|habitante|policier|policière|gendarme|pompier|chauffeur|mère de famille|père de famille|' +
  // Ranks and more trades: "le général Hicham Kamal", "le recteur de la cathédrale Mgr Patrick Chauvet", "Stéphanie Cadillon, bibliothécaire,".
  'général|générale|colonel|commandant|lieutenant|amiral|recteur|rectrice|propriétaire|bibliothécaire|ingénieur|ingénieure|architecte|' +
  'photographe|psychologue|psychiatre|pharmacien|pharmacienne|vétérinaire|chirurgien|chirurgienne|urgentiste|pédiatre|' +
  // A firm's head by its letters, a study's coordinator, a diplomat: "Maxime Villemure, PDG de Spaceful", "coordinateur de l'étude".
  'PDG|coordinateur|coordinatrice|diplomate|ex-diplomate|' +
  // Volunteers, neighbours and the people a story meets: "Sophie Martin, bénévole à la Croix-Rouge".
  'bénévole|riverain|riveraine|voisin|voisine|éleveur|éleveuse|viticulteur|viticultrice|artisan|artisane|boulanger|boulangère|' +
  'restaurateur|restauratrice|serveur|serveuse|caissier|caissière|enseignant|enseignante|instituteur|institutrice|directeur d\'école|directrice d\'école';
// An article, perhaps an adjective, the role noun, perhaps a qualifier after it ("général"), then an optional complement: a
// capitalised name ("de l'Intérieur", "des Finances") or a common noun with its article ("du gouvernement"), and nothing else that names.
// An adjective after the noun makes another office: "le secrétaire général de la CGT" is no "secrétaire d'État aux Transports",
// "le directeur général de l'OMS" no "directeur de l'hôpital".
const FR_QUALIFIERS = 'général|générale|adjoint|adjointe|délégué|déléguée|exécutif|exécutive|national|nationale|régional|régionale|départemental|départementale|fédéral|fédérale|sortant|sortante|intérimaire';
// The same in Spanish, Italian, Portuguese and Dutch: "el secretario general", "il direttore generale", "o diretor-geral".
const OTHER_QUALIFIERS = 'general|generale|geral|generaal|adjunto|adjunta|aggiunto|aggiunta|delegado|delegada|delegato|delegata|ejecutivo|ejecutiva|esecutivo|esecutiva|executivo|executiva|nacional|nazionale|regional|regionale';
// A country's, a region's or a city's adjective after a role noun: French "l'entraîneur allemand", "le technicien marseillais";
// Spanish, Italian and Portuguese "o presidente francês", "il premier italiano", "el presidente estadounidense".
const FR_ORIGIN = String.raw`\p{Ll}{3,}(?:ais|aise|and|ande|ain|aine|ien|ienne|ois|oise|ol|ole)(?![\p{L}-])`;
const OTHER_ORIGIN = String.raw`\p{Ll}{3,}(?:ês|és|esa|ese|ano|ana|eño|eña|ense)(?![\p{L}-])`;
const QUALIFIER = new RegExp(`^(?:${FR_QUALIFIERS}|${OTHER_QUALIFIERS})$`, 'u');
const FR_DESCRIPTION = new RegExp(`^\\s*([Ll]e|[Ll]a|[Ll]['’])\\s*(?:(nouveau|nouvelle|ancien|ancienne|jeune|premier|première|Premier|Première|célèbre|grand|grande|futur|future|actuel|actuelle|vieux|vieil|vieille)\\s+)?(${FR_ROLES})(?![\\p{L}-])(?:\\s+(${FR_QUALIFIERS})(?![\\p{L}-]))?(?:\\s+(${FR_ORIGIN}))?(?:\\s+(?:de\\s+la|de\\s+l['’]|de|du|des|d['’])\\s*(\\p{Lu}[\\p{L}-]+)|\\s+(?:de\\s+la|de\\s+l['’]|du|des)\\s*(\\p{Ll}[\\p{L}-]+))?`, 'u');
// "le Premier ministre", "el primer ministro": the head of government, an office of its own, never a minister's ("le ministre de la
// Santé Olivier Véran" is not "le Premier ministre"). Its role is one word, so that it never reads as "ministre" and a complement.
export const PRIME_MINISTER = 'premier-ministre';
// Italian also writes the office as "premier" right before the name ("la premier Giorgia Meloni", never French "le premier
// adjoint") and "presidente del Consiglio", Spanish as "presidente del Gobierno".
const PRIME_MINISTER_WORDS = String.raw`(?:premier|première|primer|primera)[\s-]+minist(?:re|ro|ra)|premier(?=\s*$)|president[ea]\s+del\s+(?:Consiglio|Gobierno)`;
const PRIME_MINISTER_NAMED = new RegExp(PRIME_MINISTER_WORDS, 'iu');
/**
 * Whether a description's words name the head of government: "le Premier ministre", "el primer ministro", Italian "la premier",
 * "il presidente del Consiglio", Spanish "el presidente del Gobierno".
 */
function headsGovernment(adjective: string | undefined, noun: string, complement = '', lang = ''): boolean {
  if (adjective && /^(?:premier|première|primer|primera)$/iu.test(adjective) && /^minist(?:re|ro|ra)$/iu.test(noun)) return true;
  return (lang === 'it' && noun === 'premier') || (/^president[ea]$/u.test(noun) && /^(?:Consiglio|Gobierno)$/u.test(complement));
}

// The same with a noun of people at work ("a déclaré la responsable", "ajoute l'infirmière"): someone the article named with that
// very noun, never a guess by gender (a doctor is not whoever "il" would be).
const FR_WORK_DESCRIPTION = new RegExp(`^\\s*([Ll]e|[Ll]a|[Ll]['’])\\s*(${FR_PEOPLE_AT_WORK})(?![\\p{L}-])`, 'u');
const DE_DESCRIPTION = new RegExp(`^\\s*(?:[Dd]er|[Dd]ie)\\s+(${DE_ROLES})(?![\\p{L}-])`, 'u');

// French role nouns whose form says the holder's gender ("la présidente", "le sénateur"); "ministre", "maire", "porte-parole" say none.
export const FR_FEMININE_ROLES = 'présidente|députée|sénatrice|procureure|directrice|patronne|préfète|dirigeante|candidate|élue|cheffe|avocate|ambassadrice|chancelière|coprésidente|vice-présidente|' +
  'joueuse|attaquante|championne|navigatrice|chanteuse|actrice|réalisatrice|romancière|écrivaine|animatrice|rappeuse|chercheuse';
export const FR_MASCULINE_ROLES = 'président|député|sénateur|procureur|directeur|patron|préfet|dirigeant|candidat|élu|avocat|ambassadeur|chancelier|gouverneur|entraîneur|sélectionneur|coprésident|vice-président|' +
  'technicien|joueur|attaquant|champion|navigateur|chanteur|acteur|réalisateur|romancier|animateur|rappeur|chercheur';
const FR_FEMININE = new RegExp(`^(?:${FR_FEMININE_ROLES})$`, 'u');
const FR_MASCULINE = new RegExp(`^(?:${FR_MASCULINE_ROLES})$`, 'u');

// Nouns the role lists hold in both forms, paired by their endings: "chef"/"cheffe", "habitant"/"habitante",
// "conseiller"/"conseillère", "producteur"/"productrice", "historien"/"historienne".
const FEMININE_ENDINGS: readonly [string, string][] = [['', 'e'], ['er', 'ère'], ['eur', 'rice'], ['eur', 'euse'], ['n', 'nne'], ['f', 'ffe'], ['et', 'ète']];
function pairedForms(nouns: string): ReadonlyMap<string, 'm' | 'f'> {
  const words = new Set(nouns.split('|'));
  const out = new Map<string, 'm' | 'f'>();
  for (const word of words) {
    for (const [masculine, feminine] of FEMININE_ENDINGS) {
      const other = word.endsWith(masculine) ? word.slice(0, word.length - masculine.length) + feminine : word;
      if (other !== word && words.has(other)) out.set(word, 'm').set(other, 'f');
    }
  }
  return out;
}
const ROLE_FORMS = pairedForms(FR_ROLES);
// Work nouns say a gender only of someone named: "Sonya McCuller, habitante de la ville,". A description by one is never
// guessed by gender ("explique l'enseignante" is no woman named before: FR_WORK_DESCRIPTION).
const ROLE_AND_WORK_FORMS = pairedForms(`${FR_ROLES}|${FR_PEOPLE_AT_WORK}`);

/** The gender a French description's role noun says ("présidente Rassemblement" → 'f', "chef" → 'm'), or null when its form says none. */
export function roleGender(role: string): 'm' | 'f' | null {
  const noun = role.split(' ')[0]!;
  return FR_FEMININE.test(noun) ? 'f' : FR_MASCULINE.test(noun) ? 'm' : (ROLE_FORMS.get(noun) ?? null);
}

/** The gender a French role or work noun set off after a name says ("habitante de la ville" → 'f'), or null when its form says none. */
export function appositionNounGender(role: string): 'm' | 'f' | null {
  return roleGender(role) ?? ROLE_AND_WORK_FORMS.get(role.split(' ')[0]!) ?? null;
}

/** The gender a description's role noun says in its language ("la ministra" as "ministra"), or null; German's are not read. */
export function roleNounGender(role: string, lang: string): 'm' | 'f' | null {
  return lang === 'fr' ? roleGender(role) : nounGender(role.split(' ')[0]!, lang);
}

export interface RoleDescription {
  /** The role noun ("ministre"), then its qualifier and its complement's first word when there are ("secrétaire général CGT"). */
  role: string;
  /** The gender its words say: French "le"/"la", a feminine adjective or noun ("l'ancienne ministre", "l'élue"). */
  gender?: 'm' | 'f';
  /** The adjective before the noun when it says the role is held no more ("l'ancien président", "el antiguo ministro"). */
  former?: string;
  /** The adjective of a country, a region or a city after the noun ("l'entraîneur allemand", "le technicien marseillais", "o presidente francês"). */
  origin?: string;
}

// Adjectives that say a role is held no more: "l'ancien président" is no one the article calls president now. (FORMER reads
// them, in lower case only, beside the English words.)
const FORMER_ADJECTIVES = 'ancien|ancienne|antiguo|antigua|antigo|antiga|voormalige|oud';
const FORMER_ADJECTIVE = new RegExp(`^(?:${FORMER_ADJECTIVES}|ex)$`, 'iu');
// Spanish, Italian and Portuguese also write "ex" onto the role noun: "expresidente", "ex-ministro".
const FORMER_ONTO_ROLE = ['es', 'it', 'pt'].map((lang) => ROLE_NOUNS_BY_LANG[lang]!.nouns).join('|');
/** A role held before, in its words: "former", "ex", "l'ancien", "el expresidente". */
export const FORMER = new RegExp(`(?<![\\p{L}])(?:[Ff]ormer|[Ee]x|[Oo]netime|[Oo]ne-time|${FORMER_ADJECTIVES})(?![\\p{L}])|(?<![\\p{L}])[Ee]x-?(?=(?:${FORMER_ONTO_ROLE})(?![\\p{L}-]))`, 'u');

/** The languages whose descriptions ("a déclaré le ministre", "dijo el ministro", "zei de minister") stand for someone the article named with that role. */
export const describesByRole = (lang: string): boolean => lang === 'fr' || lang === 'de' || lang in ROLE_NOUNS_BY_LANG;

/** The description opening the words after a verb of saying, in French, German, Spanish, Italian, Portuguese or Dutch; null when they open otherwise. */
export function describedRole(words: string, lang: string): RoleDescription | null {
  if (lang === 'de') {
    const m = DE_DESCRIPTION.exec(words);
    return m ? { role: m[1]! } : null;
  }
  if (lang in ROLE_NOUNS_BY_LANG) return otherDescribedRole(words, lang);
  const m = lang === 'fr' ? FR_DESCRIPTION.exec(words) : null;
  const work = lang === 'fr' && !m ? FR_WORK_DESCRIPTION.exec(words) : null;
  if (work) return { role: work[2]!.toLowerCase() }; // no gender: then only someone named with that noun is meant
  if (!m) return null;
  // The complement a capitalised name ("de l'Intérieur", "de Lyon") or a common noun with its article ("du gouvernement", "de la défense").
  const [, article, adjective, noun, qualifier, origin, named, common] = m;
  const complement = named ?? common;
  // "l'avocat de Jean Martin": a role someone holds for a person (a first name after "de"), not an office ("le patron de SNCF Voyageurs").
  if (named && isFirstName(named)) return null;
  const role = headsGovernment(adjective, noun!) ? PRIME_MINISTER : [noun, qualifier, complement].filter(Boolean).join(' ');
  const gender = frenchRoleGender(article!, adjective, noun!);
  return withFormer({ role, ...(gender ? { gender } : {}), ...(origin ? { origin } : {}) }, adjective);
}

// An article, perhaps an adjective, the role noun, perhaps a qualifier, then an optional capitalised complement: "el ministro de Economía", "la premier",
// "o atual comandante", "de minister van Financiën".
// Built once per language (a handful of keys, kept for the module's life).
const otherDescription = memoized((lang: string): RegExp => {
  const w = ROLE_NOUNS_BY_LANG[lang]!;
  // The article may open a sentence ("El", "La"); the complement must be capitalised, so no case-blind flag.
  const articles = w.articles.split('|').map((a) => `[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}`).join('|');
  return new RegExp(`^\\s*(${articles})\\s*(?:(${w.adjectives})\\s+)?(${w.nouns})(?![\\p{L}-])(?:\\s+(${OTHER_QUALIFIERS})(?![\\p{L}-]))?(?:\\s+(${OTHER_ORIGIN}))?(?:\\s+(?:${w.of})\\s*(\\p{Lu}[\\p{L}-]+))?`, 'u');
});

// "ex" written onto the role noun, read as the adjective it is: "dijo el expresidente", "afirmou o ex-presidente" (never "el experto").
const formerPrefix = memoized((lang: string): RegExp => new RegExp(`(?<![\\p{L}])([Ee]x)-?(?=(?:${ROLE_NOUNS_BY_LANG[lang]!.nouns})(?![\\p{L}-]))`, 'u'));

/** A Spanish, Italian, Portuguese or Dutch description: its role, and the gender its article or noun says. */
function otherDescribedRole(words: string, lang: string): RoleDescription | null {
  const m = otherDescription(lang).exec(words.replace(formerPrefix(lang), '$1 '));
  if (!m) return null;
  const [, article, adjective, noun, qualifier, origin, complement] = m;
  // "el abogado de Juan Pérez": a role someone holds for a person, not an office.
  if (complement && isFirstName(complement)) return null;
  const w = ROLE_NOUNS_BY_LANG[lang]!;
  const head = noun!.toLowerCase();
  const gender = w.masculineArticle?.test(article!) ? 'm' : w.feminineArticle?.test(article!) ? 'f' : nounGender(head, lang);
  const role = headsGovernment(adjective, head, complement, lang) ? PRIME_MINISTER : [head, qualifier, complement].filter(Boolean).join(' ');
  return withFormer({ role, ...(gender ? { gender } : {}), ...(origin ? { origin } : {}) }, adjective);
}

/**
 * The gender a French role's article, adjective or noun says: "le ministre", "la ministre", "du ministre", "une ministre",
 * "l'ancienne ministre", "l'élue"; null when none does ("l'ex-ministre").
 */
export function frenchRoleGender(article: string, adjective: string | undefined, noun: string): 'm' | 'f' | null {
  if (/^(?:le|du|au|un)$/iu.test(article)) return 'm';
  if (/^(?:la|de\s+la|à\s+la|une)$/iu.test(article)) return 'f';
  if (adjective) return /(?:elle|ienne|ière)$/u.test(adjective) ? 'f' : /^(?:nouveau|ancien|premier|Premier)$/u.test(adjective) ? 'm' : roleGender(noun);
  return roleGender(noun);
}

const withFormer = (d: RoleDescription, adjective: string | undefined): RoleDescription => (adjective && FORMER_ADJECTIVE.test(adjective) ? { ...d, former: adjective } : d);

/** The attribution a description gives: its role, its gender when its words say one, a "former" adjective as its words, and its origin. */
export function asDescription(d: RoleDescription): { kind: 'description'; role: string; gender?: 'm' | 'f'; words?: string; origin?: string } {
  return { kind: 'description', role: d.role, ...(d.gender ? { gender: d.gender } : {}), ...(d.former ? { words: `${d.former} ${d.role}` } : {}), ...(d.origin ? { origin: d.origin } : {}) };
}

const AUXILIARY = /^(?:a|ai|ont|est|sont|était|avait|sera|fut|va|hat|haben|ist|sind|war|wird|hatte)$/u;
const ITALIAN_TO_THE = new RegExp(`^(?:${TO_THE_ITALIAN})$`, 'u');

/** How far back the role is looked for (characters): the same story, not the whole page. */
const SCOPE = 2500;

/**
 * The person most recently named before `at` with that role right before the name ("le ministre de
 * l'Intérieur Gérald Darmanin") or in apposition after it ("Gérald Darmanin, ministre de l'Intérieur");
 * null when no one named has it, or when two different people had it (which one is meant is unclear), unless the
 * description's gender ("la ministre") picks one of them and the text says the others' gender.
 */
export function personWithRole(text: string, people: People, role: string, at: number, gender?: 'm' | 'f', words = ''): string | null {
  // The words after the noun (its qualifier, its complement) must all be in the role the name was given.
  const [noun, ...complements] = role.split(' ');
  const complement = complements[complements.length - 1];
  // A German role, capitalised, may end a compound that holds it: "die Kanzlerin" is "Bundeskanzlerin Angela Merkel".
  const compound = /^\p{Lu}/u.test(noun!) ? String.raw`(?:\p{L}+-?)?` : '';
  // ("el expresidente Mariano Rajoy" holds "presidente": whether the description says "ex" too is the caller's to check.)
  const nounAt = new RegExp(`(?:(?<![\\p{L}-])|(?<=(?<![\\p{L}])ex-?))${compound}(?:${nounsFor(noun!, complement)})(?![\\p{L}-])`, 'iu');
  const found = new Set<string>();
  let latest: string | null = null;
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.end > at) continue;
    if (m.start < at - SCOPE) break;
    // The words between the role and the name, in one sentence: "le ministre de l'Economie et des Finances Bruno Le Maire".
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if (/(?:^|\s)(?:de|du|des)\s+$|d['’]$/u.test(before)) continue; // "la procureure générale de New York": the place, not who holds the role
    const after = text.slice(m.end, m.end + 70);
    const apposition = /^\s*,/u.test(after) ? after.split(/[.;!?]/u)[0]! : '';
    const hasRole = (s: string) => nounAt.test(s) && complements.every((c) => s.includes(c));
    const titled = roleBefore(before, nounAt);
    // The role with the words right before its noun, where "ex", "former" or "ancien" stand ("l'ancien président", "expresidente").
    const given = hasRole(titled) ? before.slice(-titled.length - 12) : hasRole(apposition) ? apposition : undefined;
    if (given === undefined) continue;
    // "el expresidente" is none the text titles "el presidente", nor the other way round.
    if (FORMER.test(given) !== FORMER.test(words)) continue;
    latest ??= m.name;
    found.add(m.name);
  }
  if (found.size === 1) return latest;
  // Two ministers, and "la ministre": the one woman among them, when the text says every one's gender.
  const agreeing = gender ? [...found].filter((name) => people.gender(name) === gender) : [];
  return agreeing.length === 1 && [...found].every((name) => people.gender(name) !== null) ? agreeing[0]! : null;
}

// "L'élu" is anyone elected: a deputy, a senator, a mayor; "a governante" anyone in government ("A ministra… adiantou a
// governante"), "el dirigente" anyone who leads, "le syndicaliste" any union's officer ("Le secrétaire général de la CFDT…").
const ELECTED = /^(?:élue?|governante|dirigente|syndicaliste|sindicalista)$/u;
export const ANY_FR_ROLE = new RegExp(`(?<![\\p{L}-])(?:${FR_ROLES})(?![\\p{L}-])`, 'iu');

/**
 * Whether the article named `name` before `at` with a role other than `role` (the words for a leader, or for a
 * coach, count as one): "le ministre de la Justice, Éric Dupont-Moretti" is not "le patron des chasseurs". The
 * same noun without the role's qualifier or complement is another office too: "le directeur de l'hôpital de Nantes
 * Philippe Sudreau" is not "le directeur général de l'OMS".
 */
export function namedWithOtherRole(text: string, people: People, name: string, role: string, at: number, lang = 'fr'): boolean {
  const [noun = '', ...complements] = role.split(' ');
  const anyRole = anyRoleIn(lang);
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.end > at || m.name !== name) continue;
    if (m.start < at - SCOPE) break;
    const after = text.slice(m.end, m.end + 70);
    const apposition = /^\s*,/u.test(after) ? after.split(/[.;!?]/u)[0]! : '';
    for (const words of [roleBefore(text.slice(Math.max(0, m.start - 80), m.start), anyRole), apposition]) {
      if (noun === PRIME_MINISTER && PRIME_MINISTER_NAMED.test(words)) continue;
      const held = anyRole.exec(words)?.[0].toLowerCase();
      if (held && held !== noun && !sameOffice(held, noun) && !ELECTED.test(noun)) return true;
      if (held === noun && otherOfSameNoun(words, complements)) return true;
    }
  }
  return false;
}

// The complement of the role noun in the words a name was given with: "de l'hôpital" of "directeur de l'hôpital de Nantes".
const HELD_COMPLEMENT = /^\s*\p{L}+(?:\s+\p{Ll}+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*([\p{L}-]+)/u;

/**
 * Whether the words a name was given with, holding the description's noun, name another office of it: they lack the
 * description's qualifier ("général"), or give the noun another complement ("de l'hôpital" for "de l'OMS"). A complement
 * they leave out is no other office: "le député LREM Jean-Louis Touraine" is "le député du Rhône".
 */
function otherOfSameNoun(words: string, complements: readonly string[]): boolean {
  const qualifiers = complements.filter((c) => QUALIFIER.test(c));
  if (!qualifiers.every((q) => words.includes(q))) return true;
  const complement = complements.find((c) => !QUALIFIER.test(c));
  const held = complement ? HELD_COMPLEMENT.exec(words.slice(words.search(/\p{L}/u)))?.[1] : undefined;
  return held !== undefined && held.toLowerCase() !== complement!.toLowerCase();
}

const anyRoleOf = memoized((lang: string): RegExp => {
  // Dutch joins a role to what it heads: "oppositieleider", "VVD-leider", "GroenLinks-PvdA-leider", "fractievoorzitter".
  // Spanish, Italian and Portuguese write a former office as one word: "el expresidente", "o ex-presidente".
  const compound = lang === 'nl' ? String.raw`[\p{L}-]*` : '(?:ex-?)?';
  return new RegExp(`(?<![\\p{L}-])${compound}(?:${ROLE_NOUNS_BY_LANG[lang]!.nouns})(?![\\p{L}-])`, 'iu');
});

/** Any role noun of the language (French's for French, and for German, whose role nouns this does not read). */
export function anyRoleIn(lang: string): RegExp {
  return lang in ROLE_NOUNS_BY_LANG ? anyRoleOf(lang) : ANY_FR_ROLE;
}

// The words for whoever leads a body: "le patron des Républicains" is "le président des Républicains Christian Jacob".
const LEADER_NOUNS = 'patron|patronne|chef|cheffe|dirigeant|dirigeante|leader|président|présidente';
const LEADER = new RegExp(`^(?:${LEADER_NOUNS})$`, 'iu');
// The words sports news varies for one team's coach: "le sélectionneur", "o técnico Tite… acrescentou o comandante".
const COACH = /^(?:entraîneur|sélectionneur|technicien|entrenador|seleccionador|técnico|míster|allenatore|tecnico|ct|mister|treinador|selecionador|comandante|trainer|bondscoach|coach)$/iu;

/** Whether two role nouns are words for one office: any two words for a leader, or for a coach. */
const sameOffice = (a: string, b: string): boolean => (LEADER.test(a) && LEADER.test(b)) || (COACH.test(a) && COACH.test(b));

/** The role nouns that name `noun`'s holder, as a pattern: itself, or any word for a leader when the body is named ("des Républicains"). */
function nounsFor(noun: string, complement: string | undefined): string {
  if (noun === PRIME_MINISTER) return PRIME_MINISTER_WORDS;
  return complement && LEADER.test(noun) ? LEADER_NOUNS : noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const globals = new WeakMap<RegExp, RegExp>();
/** The same pattern, global (kept: a role pattern is built once and read many times). */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/**
 * The role and its complement right before a name, else '': the role noun, then only capitalised words,
 * "de"/"et" and articles, and at most two other words ("le président américain Donald Trump",
 * "le ministre de l'Economie et des Finances Bruno Le Maire"); never "le ministre a reçu Jean Dupont".
 */
export function roleBefore(before: string, nounAt: RegExp, plainWords = 2): string {
  // The last one, read over the whole words (a slice would let a compound's tail match alone: "…leider" of "Oppositieleider").
  let at = -1;
  for (const m of before.matchAll(globalOf(nounAt))) at = m.index;
  if (at < 0) return '';
  const between = before.slice(at).split(/\s+/u).slice(1).filter(Boolean);
  let plain = 0;
  for (const [i, w] of between.entries()) {
    if (/[.!?;:]$/u.test(w)) return '';
    if (/^\p{Lu}/u.test(w) || /^(?:de|du|des|la|le|les|et|l['’].*|d['’].*)$/u.test(w)) continue;
    // Italian "to the" before the field an office is for: "l'assessora ai Trasporti" (no French "ai", which a participle follows).
    if (ITALIAN_TO_THE.test(w) && /^\p{Lu}/u.test(between[i + 1] ?? '')) continue;
    if (AUXILIARY.test(w) || ++plain > plainWords) return ''; // "le ministre a reçu Jean Dupont": a clause, not a role
  }
  return before.slice(at);
}
