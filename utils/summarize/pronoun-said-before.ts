// A quotation right after a sentence in which "he says…" or "she argued that…" reports someone's words goes on with that someone.
import { OPENING_PHRASE } from './attribution';
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
  const lead = PRONOUN_OPENS.exec(sentence);
  if (!lead) return null;
  verb.lastIndex = 0;
  const said = verb.exec(sentence.slice(lead[0].length));
  if (said?.index !== 0) return null;
  return { gender: lead[1] === 'He' ? 'm' : 'f', at: start + lead.indices![1]![0] };
}

/** The position just past the last character before `at` that is not white space (0 when there is none). */
function endBeforeSpaces(text: string, at: number): number {
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--;
  return at;
}
