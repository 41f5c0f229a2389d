// Someone who speaks for a person is not that person: "a spokeswoman for Prime Minister Theresa May" is May's spokeswoman.
import { isFirstName } from './names';

// One who speaks or acts for someone, closing the words before that someone: "a spokeswoman for", "an aide to", "the lawyer for".
const SERVES_AT_END = /(?:^|[^\p{L}])(?:the|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,2}?(spokes(?:man|woman|person)|lawyer|attorney|aide|adviser|advisor)\s+(?:for|to)\s+$/iu;
const SENTENCE_END = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;
// A title right before a name: "Prime Minister ", "Sen. ".
const TITLE_AT_END = /(?:\p{Lu}[\p{L}]*\.?\s+){1,2}$/u;

/**
 * The noun of one who speaks for the person `name` where `words` write them so ("spokeswoman" for "a spokeswoman for Sen. Tom
 * Smith"), else ''. Only for a person, titled or named by a surname the text gives in full (`isSurname`), with a first name or alone:
 * a spokesman for a body speaks as the body ("a spokesman for the UK Film Council", "for NBC"). `words` are the words before the
 * quotation (`quotationAfter`) or after it.
 */
export function servantOf(words: string, name: string, isSurname: (w: string) => boolean, quotationAfter: boolean): string {
  for (let at = words.indexOf(name); at >= 0; at = words.indexOf(name, at + 1)) {
    // In the quotation's own sentence ("A spokesman for UKIP called on… The party asserts that “…”" is the party's).
    if (SENTENCE_END.test(quotationAfter ? words.slice(at) : words.slice(0, at))) continue;
    const before = words.slice(Math.max(0, at - 80), at);
    const untitled = before.replace(TITLE_AT_END, '');
    const serves = SERVES_AT_END.exec(untitled);
    if (serves && (untitled !== before || isPersonsName(name, isSurname))) return serves[1]!.toLowerCase();
  }
  return '';
}

/** A first name and a surname the text gives in full ("Hillary Clinton"), or that surname alone ("Clinton"; never letters: "UKIP"). */
function isPersonsName(name: string, isSurname: (w: string) => boolean): boolean {
  const space = name.lastIndexOf(' ');
  const surname = name.slice(space + 1);
  return /\p{Ll}/u.test(surname) && isSurname(surname) && (space < 0 || isFirstName(name.slice(0, name.indexOf(' '))));
}
