// French companies described rather than named after the words ("», indique l'entreprise"): the body the text last said spoke.

// The nouns French gives a company or a club.
const FRENCH_COMPANY_NOUNS = 'entreprise|société|groupe|constructeur|compagnie|opérateur|enseigne|firme|banque|assureur|laboratoire|distributeur|transporteur|fabricant|industriel|club';
// The noun after its article, perhaps with an adjective or two: "l'entreprise", "le groupe pétrolier".
const COMPANY_NOUN_WORDS = `^\\s*(?:l['’]|le\\s+|la\\s+)(${FRENCH_COMPANY_NOUNS})(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}?`;
// Those words closing the words after the verb, or before where it was said: "indique l'entreprise dans un communiqué".
export const FRENCH_COMPANY_DESCRIPTION = new RegExp(`${COMPANY_NOUN_WORDS}\\s*(?:[.,;]|$|(?=\\s+(?:dans|sur|par|auprès)\\s))`, 'u');
export const FRENCH_COMPANY_NOUN = new RegExp(`^(?:${FRENCH_COMPANY_NOUNS})$`, 'u');

// How a body is said to speak: "a annoncé", "indique", "a fait savoir".
const SPOKE = String.raw`(?:(?:a|avait)\s+(?:\p{Ll}+ment\s+)?)?(?:annonce|annoncé|indique|indiqué|précise|précisé|confirme|confirmé|déclare|déclaré|explique|expliqué|fait\s+savoir|assure|assuré|affirme|affirmé|dément|démenti|réagit|réagi|communique|communiqué|dévoile|dévoilé)(?![\p{L}])`;
// A name, perhaps after its article ("La SNCF", "Renault"), right before that verb, on one line (a headline's "… à Paris" above
// "La SNCF a annoncé" is no word of it).
const BODY_SPOKE = new RegExp(String.raw`(?<![\p{L}'’])(?:(?:Le|La|Les|L['’])[^\S\n]*)?((?:\p{Lu}[\p{L}&.'’-]*[^\S\n]+){0,2}\p{Lu}[\p{L}&'’-]*)[^\S\n]+${SPOKE}`, 'gu');
// How far back the body is looked for: the paragraph or two before (characters).
const SCOPE = 600;

/** The body said to speak last before `at` ("La SNCF a annoncé…"), or null when there is none or it is a person. */
export function companySpokeBefore(text: string, at: number, isPerson: (name: string) => boolean): string | null {
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, at - SCOPE), at).matchAll(BODY_SPOKE)) last = m[1]!;
  return last && !isPerson(last) ? last : null;
}

// The noun, then the company's name: "indique l'entreprise Derichebourg", "a indiqué l'opérateur gazier GRTGaz".
// (Group 2: the name.)
export const FRENCH_COMPANY_NAMED = new RegExp(`${COMPANY_NOUN_WORDS}\\s+(\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,2})`, 'u');
