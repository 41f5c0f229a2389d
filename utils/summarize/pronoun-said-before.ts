// A quotation right after a sentence in which "he says…" or "she argued that…" reports someone's words goes on with that someone.
import { OPENING_PHRASE } from './attribution-patterns';
import type { Gender } from './attribution-kinds';
import { lastSentenceStart } from './names';

// The sentence opens on the pronoun, perhaps after a connective or a short opening phrase ("But she said…",
// "In it, he says…", "On Thursday, she wrote…"), and an adverb may come before its verb ("He later told…").
const PRONOUN_OPENS = new RegExp(String.raw`^(?:(?:But|And|Yet|Still|Then|Later|Instead|Meanwhile|However|Now|So)[,\s]\s*|${OPENING_PHRASE})?(He|She)\s+(?:(?:also|then|later|again|still|even|\p{Ll}+ly)\s+)?`, 'du');

/**
 * Where the sentence before the quotation at `open` reports a pronoun's words, and that pronoun's gender:
 * "She says people should be able to use the bathroom they prefer. “It is their life…”". The sentence is
 * the one right before in the quotation's paragraph or, for a quotation that is a paragraph of its own,
 * the last of the paragraph before. It quotes nothing itself (its own quotation has its own speaker).
 */
export function pronounSaidJustBefore(text: string, open: number, verb: RegExp): { gender: Gender; at: number } | null {
  const paragraph = text.lastIndexOf('\n', open - 1) + 1;
  const end = text.slice(paragraph, open).trim() === '' ? endBeforeSpaces(text, paragraph) : open;
  if (end <= 0) return null;
  const start = Math.max(lastSentenceStart(text, end), end === open ? paragraph : text.lastIndexOf('\n', end - 1) + 1);
  const sentence = text.slice(start, end);
  if (/["“”«»]/u.test(sentence)) return null;
  // "…(where the allergen is sawdust), he added. “You name it…”": the pronoun and its verb closing the sentence.
  // Not when the sentence names anyone: what it reports may be about them ("Also, Trump isn't a conservative, he said.").
  const closing = closingPronounSaid(sentence, verb);
  if (closing && !/[\s(]\p{Lu}/u.test(sentence.slice(1, closing.index))) return { gender: closing.gender, at: start + closing.at };
  const lead = PRONOUN_OPENS.exec(sentence);
  if (!lead) return null;
  verb.lastIndex = 0;
  const said = verb.exec(sentence.slice(lead[0].length));
  if (said?.index !== 0) return null;
  return { gender: lead[1] === 'He' ? 'm' : 'f', at: start + lead.indices![1]![0] };
}

// A sentence closing on a comma, the pronoun and a verb: ", he added.", ", she says.".
const PRONOUN_SAID_AT_END = /,\s+(he|she)\s+((?:also\s+)?\p{Ll}+)\s*\.?\s*$/du;

/**
 * Where `sentence` closes on a comma, a pronoun and a verb of saying (", he added."): the pronoun's gender, where the
 * comma is (`index`) and where the pronoun is (`at`); else null.
 */
export function closingPronounSaid(sentence: string, verb: RegExp): { gender: 'm' | 'f'; index: number; at: number } | null {
  const closing = PRONOUN_SAID_AT_END.exec(sentence);
  return closing && saysAt(closing[2]!, verb) ? { gender: closing[1] === 'he' ? 'm' : 'f', index: closing.index, at: closing.indices![1]![0] } : null;
}

/** Whether `words` are a verb of saying, whole. */
function saysAt(words: string, verb: RegExp): boolean {
  const bare = words.replace(/^also\s+/u, '');
  verb.lastIndex = 0;
  const v = verb.exec(bare);
  return v?.index === 0 && v[0].length === bare.length;
}

/** The position just past the last character before `at` that is not white space (0 when there is none). */
function endBeforeSpaces(text: string, at: number): number {
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  return at;
}
