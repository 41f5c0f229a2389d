// Whether "he said" goes on with someone the article never names: "A Labour spokesman denied the claim. “…,” he said.", "L'un des frères de l'assaillant s'est confié… « … », assure-t-il".
import { memoized } from './memo';

// Who speaks for a body without a name: a spokesman, an official, an aide…
const UNNAMED_NOUN = String.raw`(spokes(?:man|woman|person)|official|aide|source|adviser|advisor|staffer|insider)(?![\p{L}])`;
// A sentence opening on someone unnamed who speaks for a body: "A spokeswoman for the Information Commissioner's Office said",
// "A Labour spokesman denied", "An aide to the senator told".
const UNNAMED_OPENER = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)(?:A|An|One|Another)\s+(?:[\p{L}'’-]+\s+){0,3}?${UNNAMED_NOUN}`, 'gu');
// French: "Un proche de la famille a confié…", "Une source policière…", and one of a group, "L'un des frères de l'assaillant s'est confié…".
const ONE_UNNAMED_FR =
  'proche|porte-parole|source|responsable|habitante?|voisine?|témoin|membre|conseill(?:er|ère)|collaborat(?:eur|rice)|amie?|polici(?:er|ère)|gendarme|' +
  'enquêteur|enquêtrice|salariée?|employée?|élue?|militante?|manifestante?|agent|officier|médecin|infirmi(?:er|ère)|riveraine?|passante?|' +
  'commerçante?|cadre|dirigeante?|représentante?|syndicaliste|avocate?|ancienne?|jeune|homme|femme';
const GROUP_OF_PEOPLE_FR =
  'frères|sœurs|fils|filles|enfants|parents|proches|amis|voisins|témoins|membres|habitants|victimes|otages|survivants|passagers|' +
  'manifestants|militants|policiers|gendarmes|enquêteurs|soldats|militaires|agents|officiers|salariés|employés|collègues|élus|avocats|' +
  'médecins|soignants|infirmiers|responsables|dirigeants|cadres|représentants|syndicalistes|organisateurs|participants|conseillers|' +
  'collaborateurs|riverains|passants|commerçants|suspects|détenus';
const UNNAMED_OPENER_FR = new RegExp(
  String.raw`(?:^|[.!?]["”’»]?\s*|\n\s*)(?:(?:Un|Une)\s+(?:${ONE_UNNAMED_FR})|L['’]une?\s+d(?:es|e\s+(?:ses|leurs|nos|vos|mes))\s+(?:${GROUP_OF_PEOPLE_FR}))(?![\p{L}-])`,
  'gu',
);
// A sentence opening on someone by the part they play in the story, with no name after it: "The prosecutor asked for ten years.",
// "Le procureur de la République a requis dix ans." A court's, a crime's or an accident's people, whom the text often never names.
const PART_NOUN = String.raw`(prosecutor|judge|coroner|magistrate|lawyer|attorney|barrister|solicitor|detective|pathologist|doctor|surgeon|paramedic|pilot|driver|referee|umpire|witness|victim|suspect|defendant|landlord)(?![\p{L}])`;
const PART_NOUN_FR = String.raw`(procureure?|juge|avocate?|magistrate?|enquêteur|enquêtrice|légiste|médecin|pilote|conducteur|conductrice|arbitre|témoin|victime|suspecte?|prévenue?|accusée?)(?![\p{L}])`;
const PART_OPENER = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)The\s+(?:[\p{L}'’-]+\s+){0,2}?${PART_NOUN}\s+(?=\p{Ll})`, 'gu');
const PART_OPENER_FR = new RegExp(String.raw`(?:^|[.!?]["”’»]?\s*|\n\s*)(?:Le|La|L['’])\s*${PART_NOUN_FR}(?:\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*)?)?\s+(?=\p{Ll})`, 'gu');
// A sentence closing on them as the one who said it: "…, but that was not what was happening, the spokesman said."
const UNNAMED_CLOSER = new RegExp(String.raw`\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?${UNNAMED_NOUN}\s+(?:said|added|told\s+[\p{L}\s]{1,40}?)\.\s*$`, 'u');
// French: a sentence closing on them as the source of what it reports: "…, selon les explications données par une employée.",
// "…, d'après un témoin."
const UNNAMED_CLOSER_FR = new RegExp(
  String.raw`(?:selon|d['’]après|(?:explications|propos|déclarations|témoignage|récit)\s+(?:\p{Ll}+\s+){0,2}?(?:par|de|d['’]))\s*(?:une?)\s+(?:${ONE_UNNAMED_FR})(?![\p{L}-])[^.!?«»"“”]{0,60}[.!?]\s*$`,
  'u',
);
/**
 * Whether the text gave someone's name with this noun, so that "the spokesman" may be that person: right before the name
 * ("spokesman Josh Earnest") or in the apposition of a name of two words or more ("Josh Earnest, the White House spokesman";
 * one capitalised word may be a sentence's opening adverb: "Later, the prime minister's spokesman"), before `before`.
 */
function namedWithNoun(text: string, before: number, noun: string): boolean {
  return namedWithNounPattern(noun).test(text.slice(Math.max(0, before - ARTICLE_READ), before));
}
// (The noun may be a title, capitalised before the name: "Prosecutor Tom Brown", "le procureur Paul Martin"; French sets it off
// with no article: "Paul Martin, procureur de la République".) Built once per noun.
const namedWithNounPattern = memoized((noun: string) => {
  const written = `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`;
  return new RegExp(String.raw`(?<![\p{L}])${written}\s+\p{Lu}|\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’-]+,\s+(?:(?:a|an|the|un|une|le|la|l['’])\s*)?(?:[\p{L}'’-]+\s+){0,4}?${noun}(?![\p{L}])`, 'u');
});
// How far back the name is looked for (characters): a news article, whole; a book's chapter is read no further.
const ARTICLE_READ = 20_000;

// How far back the opener is looked for (characters): the sentence or two before the quotation.
const WINDOW = 400;

/** Whether a sentence between two positions opens on someone unnamed who speaks for a body ("A Labour party spokesman played down…"). */
export function unnamedOpensBetween(text: string, from: number, to: number): boolean {
  UNNAMED_OPENER.lastIndex = 0;
  return UNNAMED_OPENER.test(text.slice(from, to));
}

/**
 * Where a sentence opening on someone unnamed ("A Labour spokesman denied…", "Un proche de la famille a confié…") starts (at
 * the stop before it, or its line), when it comes last before `open`, in its paragraph, with no one named after it: a pronoun
 * there means that person, whom no name stands for. So does a sentence right before it closing on "…, the spokesman said." when
 * the article never named anyone with that noun. -1 when there is none. `named` says whether the article names a person between two positions.
 */
export function unnamedOpenerBefore(text: string, open: number, named: (from: number, to: number) => boolean): number {
  const from = Math.max(text.lastIndexOf('\n', open - 1) + 1, open - WINDOW);
  let last = -1;
  for (const m of text.slice(from, open).matchAll(UNNAMED_OPENER)) last = from + m.index;
  for (const m of text.slice(from, open).matchAll(UNNAMED_OPENER_FR)) last = Math.max(last, from + m.index);
  // Someone by their part, whom the text never named with that noun: "The prosecutor asked for ten years. “…,” he said."
  for (const pattern of [PART_OPENER, PART_OPENER_FR]) {
    for (const m of text.slice(from, open).matchAll(pattern)) if (!namedWithNoun(text, open, m[1]!)) last = Math.max(last, from + m.index);
  }
  if (last < 0) {
    const before = text.slice(Math.max(0, open - WINDOW), open);
    const closer = UNNAMED_CLOSER.exec(before);
    if (closer && !namedWithNoun(text, open, closer[1]!)) last = open - before.length + closer.index;
    const closerFr = closer ? null : UNNAMED_CLOSER_FR.exec(before);
    if (closerFr) last = open - before.length + closerFr.index;
  }
  return last >= 0 && !named(last, open) ? last : -1;
}
