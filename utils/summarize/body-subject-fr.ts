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
// A body by its own name after "l'", then its verb: "L'Insee publiera jeudi…", "L'OMS a annoncé…" (the article says no gender, so
// either pronoun may go on with it; a person's name never takes it).
const NAMED_BODY_OPENS = /^(?:(?:De son côté|Pour sa part|Mais|Et|Or),?\s+)?[Ll]['’](\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+)?\p{Ll}/u;

/** The gender of the body the sentence opens on ('m', 'f', 'either' for a name after "l'"), or null when it opens on none. */
function bodyOpening(sentence: string): 'm' | 'f' | 'either' | null {
  const m = BODY_OPENS.exec(sentence);
  if (!m) return NAMED_BODY_OPENS.test(sentence) ? 'either' : null;
  const gender = BODY_GENDER.get(m[2]!.toLowerCase())!;
  // The article agrees with its noun: "la" a feminine one, "le" a masculine one; "l'" says none.
  const article = m[1]!.trim().toLowerCase();
  return article === 'l\'' || article === 'l’' || article === (gender === 'f' ? 'la' : 'le') ? gender : null;
}

/**
 * The body a French pronoun of `gender` at `at` may mean, as well as any person named before it: the body opening the sentence the
 * pronoun is in ("La Fédération nationale de l'immobilier (Fnaim) souhaite « … », a-t-elle annoncé"), else the one opening the
 * sentence before, when the pronoun's own sentence names no one before it (`personBetween`: "Le parquet a ouvert une enquête. Jean
 * Dupont estime que… « … », a-t-il ajouté" is Jean Dupont's). Its name when the sentence names it ("Le parquet de Lyon a ouvert…",
 * "L'Insee publiera…"); '' for a body by its noun alone ("La police a ouvert…"), so that the resolver names no one; null when no
 * body is meant. `named` reads a body's name from the words that open on it.
 */
export function bodyNameJustBefore(text: string, at: number, gender: 'm' | 'f', named: (words: string) => string, personBetween: (from: number, to: number) => boolean): string | null {
  const { own, ownStart, before } = sentencesAt(text, at);
  const sentence = bodyOpening(own) ? own : personBetween(ownStart, at) ? undefined : before;
  const body = sentence === undefined ? null : bodyOpening(sentence);
  if (sentence === undefined || (body !== gender && body !== 'either')) return null;
  // ("L'Académie de médecine veut…" by its name in full, where the body's words say it.)
  const byItsName = NAMED_BODY_OPENS.exec(sentence);
  if (byItsName) return named(sentence.slice(byItsName[0].indexOf(byItsName[1]!) - 2)) || byItsName[1]!;
  const m = BODY_OPENS.exec(sentence);
  return m ? named(sentence.slice(m[0].length - m[1]!.length - m[2]!.length)) : '';
}

/**
 * The sentence holding `at`, up to it (`own`, '' when `at` opens it, as a quotation may, and where it starts) and the sentence
 * before it, each without its leading spaces.
 */
function sentencesAt(text: string, at: number): { own: string; ownStart: number; before: string | undefined } {
  const from = Math.max(0, at - READ_BACK);
  const sentences = text.slice(from, at).split(SENTENCE_END);
  // (A sentence closed right before `at` with no space after its stop, "…des Américains.\"Si…", leaves `at` opening the next.)
  if (/[.!?]["“«]?$/u.test(text.slice(from, at))) sentences.push('');
  const own = sentences[sentences.length - 1]!;
  return { own: own.trimStart(), ownStart: at - own.length, before: sentences[sentences.length - 2]?.trimStart() };
}
// A sentence's end: its mark (and a closing quotation mark), then a space or a line break; or a line break alone; or a stop
// that lost its space after a word in lower case or a figure, perhaps before an opening mark ("…mardi matin à 11H00.Depuis le
// début de l'affaire, …", "…aux ordres des Américains.\"Si les organisateurs…").
const SENTENCE_END = /(?<=[.!?]["”»]?)\s+|\n+|(?<=[\p{Ll}\d][.!?])(?=["“«]?\p{Lu})/u;
// How far back the sentence before is read (characters).
const READ_BACK = 600;
