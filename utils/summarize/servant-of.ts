// Someone who speaks for a person is not that person: "a spokeswoman for Prime Minister Theresa May" is May's spokeswoman, and
// "a Trump aide" Trump's aide.
import { isFirstName } from './names';

// One who speaks or acts for someone, closing the words before that someone: "a spokeswoman for", "an aide to", "the lawyer for".
const SERVES_AT_END = /(?:^|[^\p{L}])(?:the|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,2}?(spokes(?:man|woman|person)|lawyer|attorney|aide|adviser|advisor)\s+(?:for|to)\s+$/iu;
// French: "le porte-parole de", "l'avocat de", "l'entourage d'" (a spokesperson of a body speaks as the body all the same).
const SERVES_AT_END_FR = /(?:^|[^\p{L}])(?:le|la|l['’]|un|une)\s*(?:[\p{L}'’-]+\s+){0,2}?(porte-parole|avocate?|conseill(?:er|ère)|entourage|proches?|collaborat(?:eur|rice))\s+(?:de|du|d['’])\s*$/iu;
// The same people written after the name they serve, perhaps of their campaign or office: " aide", " campaign spokesman", " legal
// advisers" (captured, after a possessive's "'s" if any). Not when a name follows, which is the speaker's own ("Trump spokeswoman Hope Hicks").
const SERVANT_NOUNS = String.raw`(?:spokes(?:man|woman|person)|spokesmen|spokeswomen|spokespeople|lawyers?|attorneys?|aides?|advis[eo]rs?|staffers?|strategists?|surrogates?|officials?)(?![\p{L}])`;
const SERVES_AFTER = new RegExp(String.raw`^(['’]s)?\s+((?:(?:campaign|transition|administration|press|communications|legal|political|policy|senior|top|official|chief)\s+){0,2}${SERVANT_NOUNS})(?!\s+\p{Lu})`, 'u');
/** Words that end on a noun of someone's staff: "a Trump campaign spokeswoman". */
export const endsOnStaffNoun = (words: string): boolean => STAFF_AT_END.test(words);
const STAFF_AT_END = new RegExp(String.raw`(?:^|\s)${SERVANT_NOUNS}\s*$`, 'u');
// Before the name, its article and the words qualifying the role: "a ", "A senior ", "one longtime ", "Another former ".
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|one|another|two|three|several|some)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
const SENTENCE_END = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
// A title right before a name: "Prime Minister ", "Sen. ".
const TITLE_AT_END = /(?:\p{Lu}[\p{L}]*\.?\s+){1,2}$/u;

/**
 * The noun of one who speaks for the person `name` where `words` write them so ("spokeswoman" for "a spokeswoman for Sen. Tom
 * Smith"), else ''. Only for a person, titled or named by a surname the text gives after a first name (`isPersonSurname`; not
 * "Fox" after "The WRAZ-TV Fox affiliate"), with a first name or alone:
 * a spokesman for a body speaks as the body ("a spokesman for the UK Film Council", "for NBC"). `words` are the words before the
 * quotation (`quotationAfter`) or after it.
 */
export function servantOf(words: string, name: string, isPersonSurname: (w: string) => boolean, quotationAfter: boolean): string {
  for (let at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
    // In the quotation's own sentence ("A spokesman for UKIP called on… The party asserts that “…”" is the party's).
    if (SENTENCE_END.test(quotationAfter ? words.slice(at) : words.slice(0, at))) continue;
    const before = words.slice(Math.max(0, at - 80), at);
    const untitled = before.replace(TITLE_AT_END, '');
    const serves = SERVES_AT_END.exec(untitled);
    if (serves && (untitled !== before || isPersonsName(name, isPersonSurname))) return serves[1]!.toLowerCase();
    // (French titles are in lower case: capitals before the name are a body's, "le porte-parole du RN Sébastien Chenu".)
    const servesFr = SERVES_AT_END_FR.exec(before);
    if (servesFr && isPersonsName(name, isPersonSurname)) return servesFr[1]!.toLowerCase();
    // "A Trump campaign aide said:", "“…,” said one Clinton adviser", "Trump aides said": an article before the name, or a plural role.
    // (Or a possessive: "Trump's lawyers wrote:".)
    const after = SERVES_AFTER.exec(words.slice(at + name.length, at + name.length + 60));
    const determined = after && (after[1] || ARTICLE_BEFORE.test(before) || /s$/u.test(after[2]!));
    if (determined && isPersonsName(name, isPersonSurname)) return after[2]!.toLowerCase().replace(/^(?:senior|top)\s+/u, '');
  }
  return '';
}

// An article, perhaps a word or two, then capitalised words: whom the staff after them serve ("a Trump", "one senior Clinton"); or
// capitalised words opening the words with their possessive ("Trump's").
const ARTICLE_THEN_NAME = /(?:^|\s)(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?=\s+\p{Ll})|^\s*((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?=['’]s\s+\p{Ll})/u;

/**
 * The person whose staff `words` name with an article, and the staff's noun: "a Trump campaign spokeswoman" → Trump, "campaign
 * spokeswoman" (servantOf's tests); null for a body's ("a Labour spokesman") or any other words. `clean` makes the run a name.
 */
export function staffOfPerson(words: string, clean: (run: string) => string, isPersonSurname: (w: string) => boolean): { owner: string; noun: string } | null {
  const m = ARTICLE_THEN_NAME.exec(words);
  const run = m?.[1] ?? m?.[2];
  const owner = run ? clean(run) : '';
  const noun = owner ? servantOf(words, owner, isPersonSurname, false) : '';
  return noun ? { owner, noun } : null;
}

/** A first name and a surname the text gives in full ("Hillary Clinton"), or that surname alone ("Clinton"; never letters: "UKIP"). */
function isPersonsName(name: string, isPersonSurname: (w: string) => boolean): boolean {
  const space = name.lastIndexOf(' ');
  const surname = name.slice(space + 1);
  return /\p{Ll}/u.test(surname) && isPersonSurname(surname) && (space < 0 || isFirstName(name.slice(0, name.indexOf(' '))));
}
