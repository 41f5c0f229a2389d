// Whether a French "il" or "elle" may stand for the body the sentence before opened on, not for a person.

// Nouns for bodies, by gender: "L'ambassade de France… a fait part de sa consternation. Elle ajoute…" is the embassy's.
const FEMININE_BODIES = 'ambassade préfecture mairie municipalité gendarmerie police justice société entreprise firme association fédération compagnie agence commission direction banque chaîne marque enseigne plateforme fondation organisation ONG famille';
const MASCULINE_BODIES = 'parquet ministère rectorat gouvernement groupe syndicat parti club conseil tribunal hôpital comité collectif institut journal quotidien constructeur opérateur cabinet palais musée centre sénat';
const BODY_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...FEMININE_BODIES.split(' ').map((noun) => [noun, 'f'] as const),
  ...MASCULINE_BODIES.split(' ').map((noun) => [noun, 'm'] as const),
]);
// A body's own name is capitalised ("le Palais de Tokyo", "le Conseil d'État"); a connective or a phrase of time may open the
// sentence before it ("De son côté, le Palais de Tokyo a pris ses distances avec lui.", "Depuis le début de l'affaire, la famille
// de la victime a dénoncé…").
const BODY_OPENS = new RegExp(`^(?:(?:De son côté|De leur côté|Pour sa part|Quant à lui|Quant à elle|Mais|Et|Or|(?:Depuis|Dès|Après|Avant|Lors|Dans|En)\\s[^,.;:!?«»"]{1,40}),?\\s+)?([Ll]a\\s+|[Ll]e\\s+|[Ll]['’])(${[...BODY_GENDER.keys()].map((noun) => `${noun}|${noun[0]!.toUpperCase()}${noun.slice(1)}`).join('|')})(?![\\p{L}])`, 'u');

/** The gender of the body the sentence opens on ('m', 'f'), or null when it opens on none. */
function bodyOpening(sentence: string): 'm' | 'f' | null {
  const m = BODY_OPENS.exec(sentence);
  if (!m) return null;
  const gender = BODY_GENDER.get(m[2]!.toLowerCase())!;
  // The article agrees with its noun: "la" a feminine one, "le" a masculine one; "l'" says none.
  const article = m[1]!.trim().toLowerCase();
  return article === 'l\'' || article === 'l’' || article === (gender === 'f' ? 'la' : 'le') ? gender : null;
}

/**
 * Whether the sentence before the one holding `at` opens on a body of `gender` as its subject, which a French pronoun of that
 * gender may go on with as well as any person named before it: the resolver names no one then.
 */
export function bodyJustBefore(text: string, at: number, gender: 'm' | 'f'): boolean {
  // The sentences before `at`, the last one the sentence `at` is in (empty when `at` opens it, as a quotation may).
  const sentences = text.slice(Math.max(0, at - READ_BACK), at).split(SENTENCE_END);
  const before = sentences[sentences.length - 2];
  return before !== undefined && bodyOpening(before.trimStart()) === gender;
}
// A sentence's end: its mark (and a closing quotation mark), then a space or a line break; or a line break alone; or a stop
// that lost its space after a word in lower case or a figure ("…mardi matin à 11H00.Depuis le début de l'affaire, …").
const SENTENCE_END = /(?<=[.!?]["”»]?)\s+|\n+|(?<=[\p{Ll}\d][.!?])(?=\p{Lu})/u;
// How far back the sentence before is read (characters).
const READ_BACK = 600;
