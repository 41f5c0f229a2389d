// The role a Spanish, Italian, Portuguese or Dutch article gives a speaker: in lower case before the name ("el ministro de Economía, Carlos Cuerpo") or set off after it.
import { anyRoleIn, roleBefore } from './described-role';
import { memoized } from './memo';
import { nounGender, ROLE_NOUNS_BY_LANG } from './role-nouns';

// What may come right before the role: an article or a possessive, "a"/"al" of an object ("visitó al ministro X"), or the
// start of a sentence. Dutch writes the role alone before the name ("premier Dick Schoof", "volgens minister Heinen").
const ARTICLE_BEFORE: Readonly<Record<string, RegExp>> = {
  es: /(?:^|[\s.!?"«»“”])(?:el|la|al|del|su|un|una)\s+(?:(?:primer|primera)\s+)?$/iu,
  it: /(?:^|[\s.!?"«»“”])(?:il|lo|la|l['’]|al|allo|alla|dal|dalla|del|della|dello|suo|sua|un|una)\s*$/iu,
  pt: /(?:^|[\s.!?"«»“”])(?:o|a|ao|à|do|da|pelo|pela|seu|sua|um|uma)\s+$/iu,
  nl: /(?:^|[\s.!?"«»“”„])(?:\p{L}+\s+)?$/u,
};
// The adjective that makes the role, kept with it: "el primer ministro".
const ROLE_ADJECTIVE = /(?:^|\s)(primer|primera)\s+$/iu;
// Words that end a role: a relative clause, a quotation, a sentence's end.
const RELATIVE = /(?:^|\s)(?:que|quien|cual|che|cui|quale|qual|die|dat|wie)(?:\s|$)/iu;
const NOT_IN_A_ROLE = /["“”«»„]|[.!?;:](?:\s|$)/u;
// A dangling "of" or article left where the name's run began ("ministro de la").
const DANGLING_END = /(?:\s+(?:de|del|de\s+la|dei|degli|della|dello|dell['’]|di|da|do|das|dos|van|van\s+de|voor|la|el|il|lo|o|a|y|e|en))+\s*$|[^\p{L}\p{N})]+$/iu;

const SENTENCE_START = /(?:^|[.!?]["”»]?\s+|\n\s*)$/u;

// The patterns below are built once per language (a handful of keys, kept for the module's life).

/** A role noun, perhaps with one word after it, then "and", closing the words: "vicepresidenta segunda y ". */
const joinedRoleAtEnd = memoized((lang: string): RegExp => new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS_BY_LANG[lang]!.nouns})(?:\\s+\\p{Ll}+)?\\s+(?:y|e|i|en)\\s+$`, 'iu'));

/** ", (un/una/el/…) role noun …" closed by a comma, stop or parenthesis: the role set off after a name. */
const appositionIn = memoized((lang: string): RegExp => {
  const w = ROLE_NOUNS_BY_LANG[lang]!;
  const article = `(?:(?:${w.articles}|un|una|uno|um|uma|een|de|het)\\s*)?`;
  return new RegExp(`^,\\s+${article}((?:(?:${w.adjectives})\\s+)?(?:${w.nouns})(?![\\p{L}-])[^,.;:()«»"“”„]{0,90}?)\\s*[,.;(]`, 'iu');
});

/** The role before a name or set off after it, in Spanish, Italian, Portuguese or Dutch, or undefined. */
export function roleInOtherLanguage(before: string, after: string, lang: string): string | undefined {
  if (!(lang in ROLE_NOUNS_BY_LANG)) return undefined;
  return roleRunBefore(before, lang) || apposedRole(after, lang) || undefined;
}

/** The role right before the name, as written ("ministro de Economía"), or ''. */
function roleRunBefore(before: string, lang: string): string {
  // Set off by a comma, a role may run longer: "la portavoz del Partido Popular en el Congreso, Ester Muñoz".
  let run = roleBefore(before, anyRoleIn(lang), /,\s*$/u.test(before) ? 6 : 2);
  if (!run) return '';
  let head = before.slice(0, before.length - run.length);
  // Two roles joined by "y", "e" or "en" are one: "La vicepresidenta segunda y ministra de Trabajo, Yolanda Díaz".
  const joined = joinedRoleAtEnd(lang).exec(head);
  if (joined) {
    const words = joined[0].trimStart();
    [run, head] = [words + run, head.slice(0, head.length - words.length)];
  }
  if (!ARTICLE_BEFORE[lang]!.test(head) || NOT_IN_A_ROLE.test(run) || RELATIVE.test(run)) return '';
  // Someone else set off inside the words is whose the role is ("la portavoz del PP, Ester Muñoz, …" read at a later name).
  const comma = run.indexOf(',');
  if (comma >= 0) {
    if (/^,\s*\p{Lu}/u.test(run.slice(comma))) return '';
    run = run.slice(0, comma);
  }
  const adjective = ROLE_ADJECTIVE.exec(head)?.[1];
  const role = run.replace(DANGLING_END, '').trim();
  if (adjective) return `${adjective.toLowerCase()} ${role}`;
  // A role opening the sentence is written in lower case, as these languages write it elsewhere ("Oppositieleider Frans
  // Timmermans"); not one joined to a name by a hyphen ("Aedes-voorzitter", "VVD-leider").
  return SENTENCE_START.test(head) && !/^\p{L}+-/u.test(role) ? role[0]!.toLowerCase() + role.slice(1) : role;
}

/** The role set off after the name, without a relative clause ("Carlos Cuerpo, ministro de Economía, …"), or ''. */
function apposedRole(after: string, lang: string): string {
  const role = appositionIn(lang).exec(after)?.[1];
  if (role === undefined) return '';
  const relative = role.search(RELATIVE);
  return (relative < 0 ? role : role.slice(0, relative)).replace(DANGLING_END, '').trim();
}

/**
 * The gender a Spanish, Italian or Portuguese role right before a name says, by its article or its form: "El concejal Pedro
 * López", "La alcaldesa de Madrid, Carmen Martínez", "il sindaco di Milano Beppe Sala" ('m', 'f', or null).
 */
export function roleGenderBefore(lead: string, lang: string): 'm' | 'f' | null {
  const w = ROLE_NOUNS_BY_LANG[lang];
  if (!w?.masculineArticle) return null;
  const m = roleWithArticleAtEnd(lang).exec(lead);
  if (!m) return null;
  return nounGender(m[2]!.toLowerCase(), lang) ?? (w.masculineArticle.test(m[1]!) ? 'm' : w.feminineArticle?.test(m[1]!) ? 'f' : null);
}
const roleWithArticleAtEnd = memoized((lang: string): RegExp => {
  const w = ROLE_NOUNS_BY_LANG[lang]!;
  return new RegExp(`(?:^|[^\\p{L}'’])(${w.articles})\\s+(${w.nouns})(?:\\s+[^,.;:!?"«»“”]{1,50})?,?\\s+$`, 'iu');
});
