// The body an unnamed spokesperson speaks for, as the speaker: "a Home Office spokesman", "Le porte-parole de la SNCF".
import type { Attribution } from './attribution-kinds';
import { isFirstName } from './names';

// A spokesperson after the body's capitalised name, or "for" and the body's name after the noun, as all the words of a subject or
// of the words after a verb of saying ("said a Home Office spokesman", "A spokesman for NBC said:", "An M&S spokesman said:",
// "said a spokeswoman for Human Rights Watch on Monday"); an acronym in parentheses after the name is the same body ("the British
// Phonographic Industry (BPI)"). Only "of", "for" and "and" join the name's words ("Royal Academy of Dance", "Department for
// Education and Skills"), never "the" after them: "Top of the Pops" is a show.
const CAPITALISED = String.raw`(?:\p{Lu}[\p{L}\p{M}.&'’-]*|&)`;
const BODY = String.raw`${CAPITALISED}(?:\s+(?:(?:of|for|and)\s+)?${CAPITALISED}){0,5}`;
const ROLE = String.raw`(?:(?:senior|chief|official|press)\s+)?spokes(?:man|woman|person)`;
const BODY_THEN_SPOKESPERSON = new RegExp(String.raw`^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(${BODY})\s+${ROLE}\s*$`, 'u');
// With "the", a name of two words or more, or an acronym ("The Darlington Council spokesman added:", "The BBC spokeswoman said"):
// one word alone may be a title the text writes with its "The" ("The Bat spokeswoman"), which the speaker would then read as.
const THE_BODY_THEN_SPOKESPERSON = new RegExp(String.raw`^\s*[Tt]he\s+(${CAPITALISED}\s+${BODY}|[\p{Lu}&]{2,})\s+${ROLE}\s*$`, 'u');
// (What may follow the name names no more of it: "on Monday", never "on the Information Society".)
const AFTER_NAME = String.raw`(?:\s+\p{Ll}[^\p{Lu}]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^\p{Lu}]*)?)?`;
const SPOKESPERSON_FOR_BODY = new RegExp(String.raw`^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+${ROLE}\s+for\s+(?:the\s+)?(${BODY})(?:\s*\(\p{Lu}{2,}\))?${AFTER_NAME}\s*$`, 'u');
// A person's title opening the name: "a spokesman for Mr Blair", "for Prime Minister Theresa May".
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Sen|Rep|Gov|President|Prime|Prof|Rev|Judge|King|Queen|Prince|Princess)\.?$/u;

// French and German: a spokesperson and the body after "de" or "von" as all the words: "Le porte-parole de la SNCF", "la
// porte-parole d'Air France", "ein Sprecher von Siemens" (a person's spokesperson there is no one named: servant-of.ts).
const SPOKESPERSON_OF_BODY = /^\s*(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne|[Ee]in|[Ee]ine|[Dd]er|[Dd]ie)\s+(?:porte-parole|[Ss]precher(?:in)?)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|von\s+|vom\s+|der\s+)((?:\p{Lu}[\p{L}\p{M}.&'’-]*\s*){1,4})$/u;

/**
 * The body whose unnamed spokesperson `words` are, whole, or undefined, in English, French or German. Never a person's in
 * English: a title or a first name opening the name ("a spokesman for Mr Blair", "for Theresa May") is someone's spokesperson
 * (servant-of.ts).
 */
export function bodySpokenFor(words: string, lang: string): string | undefined {
  if (lang === 'fr' || lang === 'de') return SPOKESPERSON_OF_BODY.exec(words)?.[1]?.trim();
  if (lang !== 'en') return undefined;
  const body = (BODY_THEN_SPOKESPERSON.exec(words) ?? THE_BODY_THEN_SPOKESPERSON.exec(words) ?? SPOKESPERSON_FOR_BODY.exec(words))?.[1];
  const first = body?.split(' ')[0] ?? '';
  return body && !PERSON_TITLE.test(first) && !isFirstName(first) ? body : undefined;
}

/** The attribution of words that are all a body's unnamed spokesperson (see bodySpokenFor): the body, marked so; else null. */
export function spokespersonFor(words: string, lang: string): Attribution {
  const body = bodySpokenFor(words, lang);
  return body ? { kind: 'name', name: body, spokesperson: true } : null;
}

/**
 * The body whose unnamed spokesperson is the subject opening `sentence` (from its stop or line before), up to its first verb of
 * saying: "A spokeswoman for the Information Commissioner's Office said it was examining…", whom "she said" after it means.
 */
export function bodyOpening(sentence: string, verb: RegExp, lang: string): string | undefined {
  const words = sentence.replace(/^[^\p{Lu}]*/u, '');
  verb.lastIndex = 0;
  const said = verb.exec(words);
  return said ? bodySpokenFor(words.slice(0, said.index), lang) : undefined;
}
