// French papers described rather than named after the words ("», écrit l'hebdomadaire satirique"): the paper the text last said reported something.

// The nouns French gives a paper.
export const FRENCH_PRESS_NOUNS = 'hebdomadaire|quotidien|journal|magazine|mensuel|revue';
// A paper's noun after the verb, perhaps with an adjective or two, closing the words: "écrit le quotidien", "l'hebdomadaire satirique".
export const FRENCH_PRESS_DESCRIPTION = new RegExp(`^\\s*(?:l['’]|le\\s+|la\\s+)(${FRENCH_PRESS_NOUNS})(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s*(?:[.,;]|$)`, 'u');
export const FRENCH_PRESS_NOUN = new RegExp(`^(?:${FRENCH_PRESS_NOUNS})$`, 'u');

// How a paper is said to report: "révèle", "a rapporté".
const REPORTS = String.raw`(?:(?:a|avait)\s+)?(?:révèle|révélé|rapporte|rapporté|écrit|affirme|affirmé|indique|indiqué|assure|assuré|précise|précisé|annonce|annoncé|publie|publié|dévoile|dévoilé)(?![\p{L}])`;
// A paper's title: its article, a capitalised word and perhaps one in lower case right before a stop or its verb
// ("Le Monde", "Le Canard enchaîné", "L'Express"; not "L'Opinion lundi").
const TITLE = String.raw`((?:Le|La|Les|L['’])\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}{4,}(?=\s*[,.;:]|\s+${REPORTS}))?)`;
// Where a text says a paper reported: "selon Le Parisien", "Le Canard enchaîné révèle que", "Le Monde a rapporté".
const PRESS_REPORTED = new RegExp(String.raw`(?:[Ss]elon|[Dd]['’]après)\s+${TITLE}|${TITLE}\s+${REPORTS}`, 'gu');
// How far back the paper is looked for: about this paragraph and the one before (characters).
const SCOPE = 1200;

/** The paper said to report something last before `at` ("Le Canard enchaîné révèle que…"), or null. */
export function pressReportedBefore(text: string, at: number): string | null {
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, at - SCOPE), at).matchAll(PRESS_REPORTED)) last = (m[1] ?? m[2])!;
  return last;
}
