// Who "the fund warned" or "the newspaper wrote" means: the organisation of that kind the article named last.
import { memoized } from './memo';
import { isOrganisation, lastSentenceStart } from './names';
import { wholeWordPositions } from './whole-word';

// Nouns that stand for an organisation named before ("the fund" for the International Monetary Fund).
// Press nouns stand for any newspaper ("the paper", "the editorial board" for The Wall Street Journal).
const PRESS_NOUNS = 'newspaper|paper|editorial board|editorial|article|tabloid|daily';
const OWN_NOUNS = 'fund|bank|board|commission|committee|council|court|ministry|department|agency|union|institute|foundation|association|federation|government|executive';
// Nouns for any organisation, whatever its name ends in: "the group" for Black Lives Matter.
const ANY_ORGANISATION_NOUNS = 'group|company|organization|organisation|campaign|firm';
export const ORGANISATION_NOUN_AT_END = new RegExp(`(?:^|\\s)the\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(${PRESS_NOUNS}|${OWN_NOUNS}|${ANY_ORGANISATION_NOUNS})\\s*$`, 'iu');
const ANY_ORGANISATION = new RegExp(`^(?:${ANY_ORGANISATION_NOUNS})$`, 'iu');

// The last words of an organisation's name: "International Monetary Fund", "Fox News", "Republican Party".
export const ORGANISATION_LAST_WORDS = 'Fund|Bank|Board|Commission|Committee|Council|Court|Ministry|Department|Agency|Union|Institute|Foundation|Association|Federation|Group|Company|Corporation|Party|Network|News|Times|Post|Journal|Center|Centre|Office|Service|Administration|Organization|Organisation|Coalition|Alliance|Project|Society|League|PAC';
const ORGANISATION_HEAD = new RegExp(`^(?:${ORGANISATION_LAST_WORDS})$`, 'u');
/** Whether a capitalised word alone is a body's head noun ("Bank", "Commission"): "the Bank said" is the body named before in full. */
export const isOrganisationHead = (word: string): boolean => ORGANISATION_HEAD.test(word);

// Documents that speak for whoever issued them: "the statement said", "the email read".
export const DOCUMENT_NOUNS = 'statement|email|e-mail|release|press release|memo|letter|report|book|memoir|study|survey|lawsuit|complaint|petition|ruling';
// The words between "the" and the noun are captured: capitalised, they name the issuer ("the IMF report").
export const DOCUMENT_NOUN_AT_END = new RegExp(`(?:^|\\s)the\\s+((?:[\\p{L}'’-]+\\s+){0,2}?)(${DOCUMENT_NOUNS})\\s*$`, 'iu');
// A document and who issued it after "from" or "by": "a report from Kotak Institutional Equities", "a study by the Urban Institute".
// (A body's name may hold "of": "a statement from the Ministry of Defence"; a comma may close the words: "According to…,".)
export const DOCUMENT_FROM_AT_END = new RegExp(`(?:^|\\s)(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(${DOCUMENT_NOUNS})\\s+(?:from|by)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*\\s+(?:(?:of|for|on)\\s+(?:the\\s+)?)?){0,4}\\p{Lu}[\\p{L}\\p{M}.'’&-]*)\\s*,?\\s*$`, 'u');
// A document whose issuer's name stands before its noun, after "a": "said a CAS statement", "said an IMF report".
export const ISSUER_DOCUMENT_AT_END = new RegExp(`(?:^|\\s)[Aa]n?\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*\\s+){1,3})(${DOCUMENT_NOUNS})\\s*$`, 'u');
// Nouns that name the same kind of document: "Mariano wrote a memoir… “…,” the book said".
const SAME_DOCUMENT: Readonly<Record<string, string>> = { book: 'book|memoir', memoir: 'book|memoir' };

const ISSUER = '((?:\\p{Lu}[\\p{L}.&\'’-]*\\s+){0,4}\\p{Lu}[\\p{L}\'’-]*)';
// Words between an issuer and its verb that keep it the subject: "Trump also said", "Fox News quickly released". A noun there
// makes the issuer its modifier: "the US military said in a statement" is not the United States.
// ("The Smith family released a statement": "family" is no adverb in -ly.)
const ISSUER_ADVERBS = '(?:(?!(?:family|rally|ally|assembly|supply|reply)(?![\\p{L}]))\\p{Ll}+ly|also|later|then|again|has|have|had|just|once|since|too|first|last|now|soon|already|still)';
// Verbs that answer something, which a document may do as well as say it.
const ANSWERING = '(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|defended|defends|responded|responds|confirmed|confirms)';
/** The ways a text names who issued a document, the issuer first captured. */
const issuedBy = (nouns: string, noun = `(?:${nouns})`) => [
  // "Fox News released a statement", "President Obama issued a brief statement", "Cook provided a written statement"
  new RegExp(`${ISSUER}\\s+(?:${ISSUER_ADVERBS}\\s+){0,2}?(?:released|issued|sent|sent out|put out|posted|published|provided|wrote)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}(?![\\p{L}])`, 'gu'),
  // "Trump said in a statement", "the State Department said in an email"; a verb that answers, perhaps with its object: "Big
  // Machine denied the allegations in a statement", "the council rejected the claim in a letter".
  new RegExp(`${ISSUER}\\s+(?:${ISSUER_ADVERBS}\\s+){0,2}?(?:said|says|wrote|added|announced|${ANSWERING}(?:\\s+[\\p{L}'’-]+){0,4}?)\\s+in\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}(?![\\p{L}])`, 'gu'),
  // "a statement from the Trump campaign", "the statement released by Fox News"
  new RegExp(`${noun}\\s+(?:from|by|released by|issued by|sent by|attributed to)\\s+(?:the\\s+)?${ISSUER}`, 'gu'),
  // "the US military said in a statement", "the Saudi foreign ministry said in a statement": a state's body, named by its nation
  new RegExp(`(?<![\\p{L}])[Tt]he\\s+${STATE_BODY}\\s+(?:${ISSUER_ADVERBS}\\s+){0,2}?(?:said|says|wrote|added|announced)\\s+in\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}(?![\\p{L}])`, 'gu'),
  // "In a statement, Donald Trump said he was saddened": the document opening the sentence
  new RegExp(`(?<![\\p{L}])In\\s+(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun},?\\s+(?:the\\s+)?${ISSUER}\\s+(?:${ISSUER_ADVERBS}\\s+){0,2}?(?:said|says|wrote|added|announced)(?![\\p{L}])`, 'gu'),
];
// A state's body named by its nation: "US military", "French foreign ministry", "Afghan government".
const STATE_BODY = '((?:\\p{Lu}[\\p{L}.\'’-]*\\s+){1,2}(?:(?:foreign|interior|defen[cs]e|finance|health|justice)\\s+)?(?:military|government|army|navy|police|embassy|ministry|administration|presidency|authorities))';

// A capitalised determiner is no issuer: "The family released a statement" read "family" as an adverb in -ly after "The".
const DETERMINER = /^(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your)$/u;

// Documents only one kind of organisation issues.
const ISSUED_BY_KIND: Readonly<Record<string, string>> = { ruling: 'court' };

/**
 * Who issued the document a quotation is read from ("“…,” the statement said"): the issuer named
 * last before `at`, within about three paragraphs. Null when the text does not say.
 */
export function issuerBefore(text: string, noun: string, at: number): string | null {
  const scope = text.slice(Math.max(0, at - SCOPE), at);
  let last: { at: number; name: string } | null = null;
  const lower = noun.toLowerCase();
  for (const pattern of issuedBy(SAME_DOCUMENT[lower] ?? lower.replace(/^e-mail$/u, 'e-?mail'))) {
    for (const m of scope.matchAll(pattern)) if ((!last || m.index! > last.at) && !DETERMINER.test(m[1]!)) last = { at: m.index!, name: m[1]! };
  }
  // "Ted Cruz spoke in Iowa. The Cruz campaign sent an email" is Cruz's campaign, not "Iowa. The Cruz".
  if (last) return inItsSentence(last.name);
  // A court's ruling speaks for the court named last: "the U.S. Court of Appeals… overruled… “…,” said the ruling".
  return ISSUED_BY_KIND[lower] ? organisationBefore(text, ISSUED_BY_KIND[lower], at) : null;
}

/**
 * The name an acronym stands for where the text spells it out ("IMF" → "International Monetary
 * Fund": capitalised words with those initials, "of", "for", "and", "the", "on" between them), or
 * null when `name` is no acronym or the text never spells it out.
 */
export function acronymExpanded(text: string, name: string): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return null;
  const words = [...name].map((c) => `${c}[\\p{Ll}'’-]+`).join(`(?:\\s+(?:of|for|and|the|on))?\\s+`);
  // (Without a possessive's "'s": "the European Union's rules".)
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').exec(text)?.[0]?.replace(/['’]s$/u, '') ?? null;
}

// Organisations whose names end in another word: a union is often an "Association of Flight
// Attendants" or a "Federation of Teachers"; a government agency a "State Department" or a "Transportation Security Administration".
const NAMED_AS: Readonly<Record<string, string>> = { union: 'Union|Association|Federation|Guild|Brotherhood', agency: 'Agency|Department|Administration|Bureau|Service' };

// The last word of a newspaper's name.
const PRESS_NAME_END = 'Times|Post|Journal|News|Herald|Tribune|Globe|Telegraph|Guardian|Gazette|Star|Sun|Mail|Observer|Chronicle|Examiner|Inquirer|Advocate|Register|Leader';
/** How far back the organisation is looked for: about this paragraph and the two before (characters). */
const SCOPE = 1500;

/**
 * The name of the organisation `noun` stands for: the last capitalised name before `at` ending in that noun
 * ("International Monetary Fund" for "the fund", "Illinois Board of Elections" for "the board") or, for a press noun, in a newspaper's word ("The Wall Street
 * Journal" for "the newspaper"). Null when none is named close enough before: a wrong name is worse than none.
 */
export function organisationBefore(text: string, noun: string, at: number): string | null {
  const lower = noun.toLowerCase();
  if (ANY_ORGANISATION.test(lower)) return institutionThatSpoke(text, at);
  const ending = new RegExp(`^(?:${PRESS_NOUNS})$`, 'u').test(lower) ? PRESS_NAME_END : (NAMED_AS[lower] ?? lower.replace(/^./u, (c) => c.toUpperCase()));
  // Not after a hyphen: "The pro-Christie Union Leader" is the Union Leader.
  const name = new RegExp(`(?<![\\p{L}'’-])(?:\\p{Lu}[\\p{L}.&'’-]*\\s+(?:(?:of|for|on)\\s+(?:the\\s+)?)?){0,5}(?:${ending})(?![\\p{L}])(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?`, 'gu');
  const scope = text.slice(Math.max(0, at - SCOPE), at);
  let last: string | null = null;
  // One word is a name only mid-sentence ("a Times article"; "Times have changed" is none).
  // "The Institute also cited…" is the noun again, no name.
  for (const m of scope.matchAll(name)) {
    // A name opens at its "The": "Enter The Washington Post." is the Post.
    const named = m[0].replace(INNER_THE_BEFORE, '');
    if (/\s/u.test(named.replace(/^The\s+/u, '')) || /[\p{Ll},]\s+$/u.test(scope.slice(0, m.index))) last = named;
  }
  return last?.replace(/^The\s+/u, '') ?? (NAMED_ONLY.test(lower) ? null : ownedBefore(scope, lower));
}

// Capitalised words before a "The" inside a run: "Enter " of "Enter The Washington Post".
const INNER_THE_BEFORE = /^(?:\p{Lu}[\p{L}.&'’-]*\s+)+?(?=The\s+\p{Lu})/u;

/**
 * An organisation the text names by its owner and the noun in lower case, the last in `scope`: "China’s foreign
 * ministry" for "the ministry said", "a New Hampshire ballot commission" for "the commission said".
 */
function ownedBefore(scope: string, noun: string): string | null {
  let owned = OWNED.get(noun);
  if (!owned) OWNED.set(noun, (owned = ownedPattern(noun)));
  let last: string | null = null;
  for (const m of scope.matchAll(owned)) last = m[1]!;
  return last;
}
// Nouns that stand only for a name they end ("the Welsh Assembly Government", "the Scottish Executive"): in lower case they are
// mostly a word of another thing's name ("Six government units would be scrapped").
const NAMED_ONLY = /^(?:government|executive)$/u;

// Built once per noun, on first use.
const OWNED = new Map<string, RegExp>();

/** The owner (capitalised words, perhaps a possessive), up to two lower-case words, then `noun`; never an article or a phrase's words. */
function ownedPattern(noun: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?!(?:The|A|An|This|That|These|Its|Their|His|Her|Our|In|On|At|But|And)\\s)((?:\\p{Lu}[\\p{L}'’-]* ){0,3}\\p{Lu}[\\p{L}'’-]*(?:['’]s)?(?: (?!(?:at|of|the|a|an|in|on|for|to|from|with|by|and|or|its|their)(?![\\p{L}]))\\p{Ll}+){0,2} ${noun})(?![\\p{L}])`, 'gu');
}

// An organisation's name (its last word one that ends organisation names: "Black Lives Matter" is not
// one, "United Gun Group" and "the Republican Party of Wyoming" are) or "the <Name> campaign", then
// a verb by which it spoke: "Fox News confirmed that…", "The Trump campaign on Tuesday responded".
const INSTITUTION_SPOKE = new RegExp(
  `(?<![\\p{L}])((?:(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}&'’-]*)\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?){0,5}(?:${ORGANISATION_LAST_WORDS})(?:\\s+of\\s+\\p{Lu}[\\p{L}'’-]*)?|(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’-]*\\s+campaign)` +
    `\\s+(?:(?:\\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\s+){0,3}?(?:said|says|announced|confirmed|responded|wrote|issued|released|stated|added|tweeted|posted|sent)(?![\\p{L}])`,
  'gu',
);

/**
 * The organisation that last spoke before `at` (within about three paragraphs), for "the group said" and for a
 * statement no one is said to have issued: "Fox News confirmed that Kelly met with Trump. … “…,” the statement read".
 * Null when no organisation spoke there: a wrong name is worse than none.
 */
export function institutionThatSpoke(text: string, at: number): string | null {
  const scope = text.slice(Math.max(0, at - SCOPE), at);
  let last: { at: number; name: string } | null = null;
  for (const pattern of [INSTITUTION_SPOKE, INSTITUTION_OPENS_SENTENCE]) {
    for (const m of scope.matchAll(pattern)) if (!last || m.index! + m[0].length > last.at) last = { at: m.index! + m[0].length, name: m[1]! };
  }
  return last?.name.replace(/^[Tt]he\s+/u, '') ?? null;
}

// An organisation's name opening a sentence whose participle says it spoke: "The Trayvon Martin Foundation did not want to
// address “that person,” telling Fox 35 that… “…,” the group said".
const INSTITUTION_OPENS_SENTENCE = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n\\s*)((?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?){1,5}(?:${ORGANISATION_LAST_WORDS})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?)\\s+(?!of\\s)\\p{Ll}[^.!?]{0,120}?,["”’]?\\s+(?:telling|saying|adding|noting|writing|stating)(?![\\p{L}])`,
  'gu',
);

/** A name captured across capitalised words, cut to its own sentence and without "The". */
function inItsSentence(name: string): string {
  return name.slice(lastSentenceStart(name, name.length)).replace(/^The\s+/u, '');
}

// Any capitalised name ("of" or "for" may join its words: "the Bank of England", "British Chambers of Commerce"), then a verb by
// which it spoke or took a stand: "Google said the feature…", "the EU said that…", "DrKW said the cuts…", "The British Chambers of Commerce welcomed…",
// "Black Lives Matter issued a statement", "Business Insider also commented on…"; a name set off by commas too ("The airline,
// Voepass, said the plane…").
const NAME_SPOKE = /(?<![\p{L}])((?:\p{Lu}[\p{L}&.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,3}\p{Lu}[\p{L}&'’-]*(?:\.(?:com|org|net))?)(?:(?<=,\s*(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*),)?\s+(?:(?:have|has|also|later|then|twice|\p{Ll}+ly)\s+){0,2}(?:said|says|added|announced|confirmed|stated|warned|insisted|argued|predicted|commented|tweeted|denied|reported|noted|wrote|welcomed|criticised|criticized|condemned|rejected|dismissed|defended|urged|praised|admitted|claimed|explained|revealed|suggested|told|(?:issued|released)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?statement)(?![\p{L}])/gu;
// How far back "it" may look for who spoke (characters): the paragraph or two before.
const IT_SCOPE = 600;
/** The text "it" or a body's noun may look back on before `at`, no further back than `from`. */
const itScope = (text: string, at: number, from: number) => text.slice(Math.max(0, at - IT_SCOPE, from), at);

/**
 * Whom "it said" means when no organisation was quoted just before: the last name said to speak before `at`
 * that is no person's ("In a statement Google said the feature…. It said: “…”"). Null when the last one is a person's.
 * `from`: read no further back than there (the previous quotation's end).
 */
export function bodyThatSpoke(text: string, at: number, isPerson: (name: string) => boolean, from = 0): string | null {
  const scope = itScope(text, at, from);
  let last: string | null = null;
  for (const m of scope.matchAll(NAME_SPOKE)) if (m[1] !== 'It') last = m[1]!; // "It said:" itself, or another "it", goes on with the same body
  // "…on Tuesday.\n\nTurkcell said" is Turkcell; "In a statement Google said", Google.
  if (last) last = bodyRun(last);
  // (Nor a person whose title opens the run: "Secretary of State John Kerry said".)
  // (A company named for its founder is no person: "Dick Clark Productions denied that…".)
  if (!last || /^(?:He|She|They|We|I|It|This|That|The|A|An)$/u.test(last) || (!isOrganisation(last) && (isPerson(last) || isPerson(last.split(' ').slice(-2).join(' '))))) return null;
  // "The Washington Post noted that…. The Post reported that…. It added, “…”": the body by the longest name it went by there.
  return last.includes(' ') ? last : (longerNameEndingWith(scope, last) ?? last);
}

/**
 * The body the text named right after the noun, set off by commas, since `from` (the previous quotation's end): "Google's parent
 * company, Alphabet, also beat expectations. “…,” the company said" is Alphabet, whoever was said to speak before.
 */
export function bodySetOffAs(text: string, noun: string, at: number, from: number): string | null {
  const scope = itScope(text, at, from);
  let last: string | null = null;
  for (const m of scope.matchAll(setOffAs(noun.toLowerCase()))) last = m[1]!;
  return last;
}
// Built once per noun, on first use.
const setOffAs = memoized((noun: string) => new RegExp(`(?<![\\p{L}])${noun},\\s+((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}&'’-]*),`, 'gu'));

// A word opening the sentence before a body's name: "In a statement Google said", "While Comey said".
const OPENING_WORD = /^(?:In|But|And|However|Meanwhile|While|When|As|After|Before|Although|Though|Because|Since|If)\s+/u;
// Capitalised words right before a position.
const CAPITALS_BEFORE = /((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})$/u;

/** A capitalised run as a body's name: cut to its own sentence, without "The" or a word opening the sentence. */
function bodyRun(run: string): string {
  return inItsSentence(run).replace(OPENING_WORD, '');
}

/** The last capitalised name in `scope` that ends with the one word `name` and is longer ("Washington Post" for "Post"), or null. */
function longerNameEndingWith(scope: string, name: string): string | null {
  let longer: string | null = null;
  for (const at of wholeWordPositions(scope, name)) {
    const before = CAPITALS_BEFORE.exec(scope.slice(Math.max(0, at - 80), at))?.[1];
    if (before) longer = bodyRun(`${before}${name}`);
  }
  return longer && longer !== name ? longer : null;
}

// Documents an organisation sends out when it speaks; a report, a lawsuit or a book has authors of its own.
const SENT_OUT = /^(?:statement|release|press release|email|e-mail|memo|letter)$/iu;

/** Who sent out a statement no one is said to have issued: the organisation that spoke just before, for the kinds it sends. */
export function senderOf(text: string, noun: string, at: number): string | null {
  return SENT_OUT.test(noun) ? institutionThatSpoke(text, at) : null;
}
