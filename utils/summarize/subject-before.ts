// The subject right before a verb of saying: a name, a pronoun, a description or a body, once fillers, asides and places are set aside.
import { isSpaceUnit } from './char-classes';
import { acronymAlone, cleanName, OFFICE_OF_PLACE, PARTY_MEMBER, PEER_WORDS, trailingCapPhrase } from './names';
import { asDescription, describedRole } from './described-role';
import { GERMAN_DETERMINERS } from './proper-noun';
import { capturedName, DEMONYM_AT_END, DESCRIBED_BY_CAPITALS, describedOrUnnamed, bareInstitution, institutionNamed, NARRATOR, possessorOfRelation, ofLanguage, ofSomeone, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { nameClosing } from './name-after';
import { RELATION_NOUNS } from './person-nouns';
import { endsOnStaffNoun, staffOfPerson } from './servant-of';
import { spokespersonFor } from './body-spokesperson';
import { LISTENER_WORDS, NAME_SET_OFF, OCCASION_AT_END, OF_AT_END, OPENING_PREPOSITION, PARTY_TAG, TAG } from './attribution-patterns';

// Auxiliaries and adverbs that may sit between a subject and its verb ("Trump has also said").
// "He’s claiming": the contracted auxiliary is no part of the subject (never "was": "Sanders was asked by…" is passive).
const FILLER = /(?:['’]s|\s+(?:has|have|had|also|later|then|previously|once|recently|again|further|even|already|often|always|long|since|still|now|first|would|will|hat|hatte|habe|ha|hanno|ha|avait|aussi|también|anche|também|heeft|had|ook))*\s*$/iu;
// An English adverb in -ly there: "Cruz gingerly said", "Trump has repeatedly said" (lower case only, so never
// "Megyn Kelly"; and not the nouns "the family", "a Trump ally", "the rally").
const LY_ADVERB = /\s+(?!(?:family|ally|rally|assembly|supply|reply|monopoly|anomaly|bully|daily|weekly|monthly|only)\s*$)\p{Ll}{2,}ly\s*$/u;

// When, between a subject and its verb: "Priebus later Thursday told", "Obama on Friday declared", "Cruz himself said".
const WHEN = /(?:\s+(?:himself|herself|later|earlier|again|on|last|this|early|late)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:himself|herself))+\s*$/u;

// A phrase saying whom the subject talks to, opening the sentence, up to its comma: "Speaking to…,", "Interrogé par…,".
const LISTENER_OPENING = new RegExp(`^\\s*(?:${LISTENER_WORDS})(?![\\p{L}])[^,.;:!?]{1,120},\\s*`, 'u');

// A party or state tag and the comma after it, closing the words before the verb: "Gov. John Kasich (R-OH), said".
const PARTY_TAG_AT_END = new RegExp(`${TAG}\\s*,\\s*$`, 'u');

/** An office held for a place or a cause, as the speaker's name ("The Archbishop of Canterbury"), or null. */
export function officeNamed(subject: string): Attribution {
  const office = OFFICE_OF_PLACE.exec(subject);
  return office ? { kind: 'name', name: office[1]!.trim() } : null;
}

/** The letters ending `s` before trailing spaces, as /([\p{L}]+)\s*$/u captures them ('' if none). */
function lastWordOf(s: string): string {
  let end = s.length;
  while (end > 0 && isSpaceUnit(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0) {
    const c = s.charCodeAt(start - 1);
    if (c >= 128) return /([\p{L}]+)\s*$/u.exec(s)?.[1] ?? ''; // beyond ASCII the regex decides what a letter is
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
    start--;
  }
  return s.slice(start, end);
}

// A name, a comma, a role of an organisation, and nothing else before the verb: "Martin Behrsing, Sprecher des Erwerbslosen
// Forum Deutschland", "Marc Ostwald, a strategist at Monument Securities", "Anthony Anton, president and CEO of Washington
// Restaurant Association".
const UNCLOSED_ROLE = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*,\s*(?:\p{L}[\p{L}-]*(?:\s+and\s+\p{L}[\p{L}-]*)?|(?:a|an|the)(?:\s+\p{Ll}[\p{L}-]*){1,3})\s+(?:des|der|von|vom|du|de|of|at)\s+(?:the\s+|la\s+|l['’])?(?:\p{Lu}[\p{L}\p{M}'’-]*\s*){1,5}$/u;

/**
 * The full name that opens a chain of "of (the)" phrases at the end of `s`, when there is one
 * ("Archbishop Aris Shirvanian of the Armenian Patriarchate of" → "Aris Shirvanian").
 */
export function nameBeforeOf(s: string, ctx: AttributionContext): string {
  let phrase = '';
  for (let of = OF_AT_END.exec(s); of; of = OF_AT_END.exec(s)) {
    const before = trailingCapPhrase(s.slice(0, of.index) + ' ');
    if (!before) break;
    phrase = before;
    s = s.slice(0, s.lastIndexOf(before, of.index));
  }
  const name = cleanName(phrase, ctx.isStopword);
  return name.includes(' ') ? name : '';
}

// Inside a body's name, before its last words: "…of the Center for Strategic and International Studies".
const BODY_CONNECTOR = /\s+(?:and|for|on|&)\s+$/u;

/** `before` without the words of a body's name that end it ("John Smith of the Center for Strategic and " → "John Smith of the "). */
function withoutBodyWords(before: string): string {
  let b = before;
  while (BODY_CONNECTOR.test(b)) {
    b = b.replace(BODY_CONNECTOR, ' ');
    const words = trailingCapPhrase(b);
    if (!words) return before;
    b = b.slice(0, b.lastIndexOf(words));
  }
  return OF_AT_END.test(b) ? b : before;
}

const LISTENED_TO = /\p{Ll}\s+to\s+$/u;

const GERMAN_PHRASES_AT_END = new RegExp(
  String.raw`(?:\s+(?:(?:mit|in|bei|auf|nach|vor|aus|zu|an|für|über|unter|gegenüber)\s+(?:${GERMAN_DETERMINERS}\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*(?:\s+(?:der|des)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*)?|wird|wurde|werden|wurden))+\s*$`,
  'u',
);

// A preposition (or its contraction with an article) and what it governs, alone before the verb: "Zur Urteilsbegründung", "Im Bundestag".
const GERMAN_PREPOSITION_PHRASE = /^\s*(?:Zur|Zum|Im|Am|Beim|Vom|Ins|Mit|In|Bei|Auf|Nach|Vor|Aus|Zu|An|Für|Über|Unter|Gegenüber|Laut|Trotz|Wegen|Seit|Während)\s[^,]*$/u;

// "the", lower-case words, then where from: "The senator from Vermont", "the congressman from Ohio".
const DESCRIBED_FROM_PLACE = /^\s*([Tt]he\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(?:from|of)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}$/u;
// "another New Hampshire Republican", "a Florida Democrat": a party member described by their place.
const INDEFINITE_CAPITALS = /^\s*(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Lu}[\p{L}'’.-]*)\s*$/u;
// "A Department for Media, Culture and Sport spokeswoman", "a Ministry of Defence source": the body, captured.
const BODY_FOR_SOMETHING = /^\s*(?:[Aa]n?|[Tt]he)\s+((?:Department|Ministry|Office|Bureau|Agency)\s+(?:for|of)\s+[^.;:!?]{1,60}?)\s+(?:spokes(?:man|woman|person)|source|official|statement)\s*$/u;
// One of a body's members, unnamed: "Another current member of the Cabinet", "a member of the committee".
const MEMBER_OF = /^\s*(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:\p{Ll}+\s+){0,3}members?\s+of\s/u;
// A peer's title and name, "of" and the place of the title, perhaps an aside after it: "Lord Faulkner of Worcester, who chaired the inquiry,".
const PEER_OF_PLACE = new RegExp(`(?:^|\\s)((?:${PEER_WORDS})\\s+\\p{Lu}[\\p{L}'’-]*)\\s+of\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,3}(?:,[^,]{1,100},)?\\s*$`, 'u');

// An article and one noun, all the words before the verb: "Le ministère".
const BARE_SUBJECT = /^\s*(?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Ll}+\s*$/u;

// A wish or a hope before the subject: what it says is not said yet ("I hope in 2017 America says, “…”").
const WISHED = /(?:^|\s)(?:hope|hopes|hoped|wish|wishes|wished|pray|prays|prayed)\s[^,;:]*$/u; // lower case: never Hope Hicks

// An aside in parentheses between the subject and its verb: "Smith (who has clashed with Jones) said".
// (A relative clause or an apposition, in lower case: never an acronym, "Transports Bordeaux Métropole (TBM)".)
const ASIDE_AT_END = /\s*\((?:who|whose|which|a|an|the)\s[^()]{1,80}\)\s*$/u;

// Two names joined by "and" as the whole subject: "Trump and Kasich", "Sen. Ted Cruz and Gov. John Kasich" (not "…a tie at Old
// Trafford and Ancelotti", a clause's end and the next one's subject).
// Each language's own "and": "Mélenchon et Macron ont tous deux déclaré".
const PAIR_AT_END: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({ en: 'and', fr: 'et', de: 'und', es: 'y', it: 'e', pt: 'e', nl: 'en' }).map(([lang, and]) => [
    lang,
    new RegExp(String.raw`(?:^|,)\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s+${and}\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}\s*$`, 'u'),
  ]),
);

// Three names or more in a list, a name and a relation of theirs, or two relations by name, as the whole subject (perhaps with "all" or "both"; never
// after an opening phrase: "In London, Smith and Jones said" is the pair).
/** A name of up to four capitalised words, as a list of people writes it. */
export const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
const SEVERAL_AT_END = new RegExp(
  String.raw`^\s*(?!(?:In|At|On|From|For|With|By|After|Before|During|Asked|Speaking)\s)(?:${LISTED_NAME}\s*,\s*){1,5}${LISTED_NAME},?\s+and\s+${LISTED_NAME}(?:\s+(?:all|both|together))?\s*$` +
    String.raw`|\p{Lu}[\p{L}\p{M}'’-]*\s+and\s+(?:his|her|their)\s+(?:${RELATION_NOUNS})(?:\s*,\s*${LISTED_NAME}\s*,?)?(?:\s+(?:all|both|together))?\s*$` +
    // Two relations by name: "his wife Anne and son Fergus".
    String.raw`|(?:^|\s)(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:${RELATION_NOUNS})\s+${LISTED_NAME},?\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:${RELATION_NOUNS})\s+)?${LISTED_NAME}\s*$`,
  'u',
);

// French object pronouns after a name and before its verb: "Édouard Philippe y", "X lui", "Carlos Ghosn s'" (never after "qui l'").
const FRENCH_CLITICS_AT_END = /(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:(?:ne|n['’])\s*)?(?:(?:y|en|lui|leur|nous|vous|me|te|le|la|les|se)(?![\p{L}])\s*|[mtls]['’]\s*)(?:(?:y|en)\s*)?$/u;

// Spanish, Italian and Portuguese object pronouns after a name and before its verb: "Pérez les dijo", "Meloni gli ha detto", "Lula
// lhes disse".
const ROMANCE_CLITICS_AT_END: Readonly<Record<string, RegExp>> = {
  es: /(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:no\s+)?(?:me|te|se|le|les|lo|la|los|las|nos|os)(?:\s+(?:lo|la|los|las))?\s*$/u,
  it: /(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:non\s+)?(?:mi|ti|si|gli|le|lo|la|li|ci|vi|ne)\s*$/u,
  pt: /(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:não\s+)?(?:me|te|se|lhe|lhes|nos|vos)\s*$/u,
};

const OPENING_CONJUNCTION = /^\s*(?:But|And|Yet|So)\s+(?=the\s)/u;

/** Speaker as the subject just before the verb: "Trump", "Mr Trump has also", "he", "Klymenko". */
export function subjectBefore(pre: string, ctx: AttributionContext): Attribution {
  if (ctx.p.lang === 'en' && WISHED.test(pre)) return { kind: 'unnamed' };
  // Whom the subject talks to, opening the sentence, is no part of it: "Speaking to the BBC's Laura Kuenssberg, the chancellor
  // said:", "Interrogé par Léa Salamé sur France Inter, le ministre a assuré :" (not Kuenssberg, not France Inter).
  pre = pre.replace(LISTENER_OPENING, '');
  // "Gov. John Kasich (R-OH), said": the party tag and the comma after it are not the subject.
  let s = pre.replace(PARTY_TAG_AT_END, ' ').replace(PARTY_TAG, '').replace(ASIDE_AT_END, '').replace(WHEN, '').replace(FILLER, '').replace(LY_ADVERB, '').replace(FILLER, '');
  // German capitalises nouns: phrases after a preposition and a passive's auxiliary before the verb are never its subject
  // ("Konrad Freiberg wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert").
  if (ctx.p.lang === 'de') s = s.replace(GERMAN_PHRASES_AT_END, '');
  // English: where and when the subject spoke, between it and its verb, is no part of it ("Trump during a speech in Ohio
  // called", "Sanders at a rally in Des Moines said", "Trump in an interview with CNN called": not Ohio, Des Moines or CNN).
  if (ctx.p.lang === 'en') s = s.replace(OCCASION_AT_END, ' ');
  // French object pronouns between the subject and its verb are no part of it: "Édouard Philippe y précise", "X lui a dit".
  if (ctx.p.lang === 'fr') s = s.replace(FRENCH_CLITICS_AT_END, ' ');
  else if (ROMANCE_CLITICS_AT_END[ctx.p.lang]) s = s.replace(ROMANCE_CLITICS_AT_END[ctx.p.lang]!, ' ');
  // A German sentence opening on a phrase of a preposition puts its subject after the verb ("Zur Urteilsbegründung erklärte die Richterin…").
  if (ctx.p.lang === 'de' && GERMAN_PREPOSITION_PHRASE.test(s)) return { kind: 'unnamed' };
  // "“…,” Nordahl Smith's brother told reporters": another of that family.
  const kinOf = possessorOfRelation(s);
  if (kinOf) return { kind: 'relative', of: kinOf };
  // "“…,” a Trump campaign spokeswoman said": a person's staff, shown as theirs ("Donald Trump’s campaign spokeswoman").
  const staff = ctx.p.lang === 'en' && ctx.isPersonSurname && endsOnStaffNoun(s) ? staffOfPerson(s, (run) => cleanName(run, ctx.isStopword), ctx.isPersonSurname) : null;
  if (staff) return { kind: 'organisation', noun: staff.noun, owner: staff.owner };
  // "A spokesman for NBC said", "An M&S spokesman said", "Le porte-parole de la SNCF a ajouté": the body the spokesperson speaks for.
  const bodySpeaking = spokespersonFor(s, ctx.p.lang);
  if (bodySpeaking) return bodySpeaking;
  // An acronym alone before the verb is an organisation speaking ("“…,” LSE said"), also after a conjunction opening the
  // sentence ("But the FA confirmed:").
  const acronym = acronymAlone(s.replace(OPENING_CONJUNCTION, ''));
  if (acronym) return { kind: 'name', name: acronym };
  const describedByCapitals = DESCRIBED_BY_CAPITALS.test(s) ? describedOrUnnamed(s) : null; // "the Labour MP for Birkenhead asked"
  if (describedByCapitals?.kind === 'unnamed' || describedByCapitals?.kind === 'description') return describedByCapitals;
  // "Le parquet de Paris a indiqué": the institution, in full (not its place alone).
  const institution = ctx.p.lang === 'fr' ? institutionNamed(s, ctx.isStopword, true) : '';
  if (institution) return { kind: 'name', name: institution };
  // "Le ministère a précisé": the ministry named before, in full.
  const bare = ctx.p.lang === 'fr' && BARE_SUBJECT.test(s) ? bareInstitution(s) : '';
  if (bare) return { kind: 'organisation', noun: bare };
  // Appositive: "Jamie Firestone, a US lawyer," → the name before the commas.
  // A description, then the name set off by commas: "his niece, Marcia Price, shouted"; or an apposition
  // the verb closes, without a second comma: "Martin Behrsing, Sprecher des Erwerbslosen Forum Deutschland kommentierte".
  // Several people as one subject, none of them alone: "Cruz, Rubio and Trump all said", "Trump and his wife, Melania, said".
  if (ctx.p.lang === 'en' && SEVERAL_AT_END.test(s)) return { kind: 'unnamed', settled: true };
  const setOff = capturedName(NAME_SET_OFF, s, ctx) || capturedName(UNCLOSED_ROLE, s, ctx);
  if (setOff) return { kind: 'name', name: setOff };
  // "The senator from Vermont said", "another New Hampshire Republican added": a description, whose capitalised words name no one.
  const placed = DESCRIBED_FROM_PLACE.exec(s);
  const fromPlace = placed ? describedOrUnnamed(placed[1]!) : null;
  if (fromPlace?.kind === 'description') return fromPlace; // ("the letter from Qwest" is Qwest's)
  if (PARTY_MEMBER.test(INDEFINITE_CAPITALS.exec(s)?.[1] ?? '')) return { kind: 'unnamed' };
  // "A Department for Education and Skills source said": the department speaks, by its whole name.
  const body = BODY_FOR_SOMETHING.exec(s);
  if (body) return { kind: 'name', name: body[1]! };
  // "The Archbishop of Canterbury said": the office is the name.
  const office = officeNamed(s);
  if (office) return office;
  // "Another current member of the Cabinet says": someone of the body's, unnamed.
  if (MEMBER_OF.test(s)) return { kind: 'unnamed' };
  // "Lord Nicholls of Birkenhead, in his ruling,": a peer's place is no name.
  const peer = capturedName(PEER_OF_PLACE, s, ctx);
  if (peer) return { kind: 'name', name: peer };
  const appositive = /^(.*?\p{Lu}[\p{L}\p{M}'’-]*)\s*,[^,]{1,160},?\s*$/u.exec(s);
  const lastWord = lastWordOf(s);
  if (ctx.p.pronoun.test(lastWord)) return { kind: 'pronoun', gender: pronounGender(lastWord) };
  if (/^\s*it\s*$/iu.test(s)) return { kind: 'it' }; // "It stated that Trump is so rattled… “…”": the document or body quoted before
  if (NARRATOR.test(lastWord)) return { kind: 'narrator' };
  // "the Texan"; not a surname the text writes in full that only ends like one ("the 14th-ranked Schwartzman" after "Diego Schwartzman").
  const demonym = DEMONYM_AT_END.exec(s)?.[1];
  if (demonym && !ctx.isSurname?.(demonym)) return describedOrUnnamed(s);
  // "Trump and Kasich said", "Mélenchon et Macron ont déclaré": the two of them, as "they said" right after their names would be (never the second alone).
  if (PAIR_AT_END[ctx.p.lang]?.test(s)) return { kind: 'they' };
  const phrase = trailingCapPhrase(s);
  // "l'Association des maires de France avait dénoncé": the place after "de" is not the subject; a full name after the
  // body's own name is ("le ministre de l'Économie Bruno Le Maire a estimé").
  if (phrase && ofLanguage(ctx) && ofSomeone(s, phrase)) {
    const closing = nameClosing(s.trimEnd(), ctx);
    return closing ? { kind: 'name', name: closing } : describedOrUnnamed(s);
  }
  // "Another intelligence source speaking to Fox News said", "a source close to Trump said": whom the subject talks to or is near.
  if (phrase && LISTENED_TO.test(s.slice(0, s.lastIndexOf(phrase)))) return describedOrUnnamed(s);
  let name = nameBeforeOf(withoutBodyWords(s.slice(0, s.lastIndexOf(phrase))), ctx) || cleanName(phrase, ctx.isStopword);
  // "Mr. King": the honorific's dot keeps it out of the phrase, and "King" alone reads as a title.
  const honorific = !name && phrase ? /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr)\.?)\s+$/u.exec(s.slice(0, s.lastIndexOf(phrase))) : null;
  if (honorific) name = cleanName(`${honorific[1]} ${phrase}`, ctx.isStopword);
  // "King says Ali “…”" after "Billie Jean King": a title word the text writes as someone's surname in full is that surname.
  if (!name && /^\p{Lu}\p{Ll}+$/u.test(phrase) && ctx.isSurname?.(phrase)) name = phrase;
  // Not when the words after the comma end in "and": a clause of its own ("…a Clinton White House, Bush thought for a moment and said").
  // Nor when the words before it open on a preposition: a place, then the subject ("At the town hall in Hudson, New Hampshire
  // Monday, the Christie supporter retorted:" is no New Hampshire's).
  if (!name && appositive && !/\s(?:and|but)\s*$/u.test(s) && !OPENING_PREPOSITION.test(appositive[1]!.replace(/^.*[.!?]\s+/su, '').trimStart())) {
    s = appositive[1]!;
    name = cleanName(trailingCapPhrase(s), ctx.isStopword);
  }
  if (name) return { kind: 'name', name };
  // "Die Ministerin sagte:", "Le ministre de l'Intérieur a déclaré :": whoever the article named with that role.
  const role = describedRole(s, ctx.p.lang);
  return role && /^\s*\S+\s*\S+(?:\s+(?:de|du|des|de\s+la|de\s+l['’]|d['’])\s*\S+)?\s*$/u.test(s) ? asDescription(role) : describedOrUnnamed(s);
}
