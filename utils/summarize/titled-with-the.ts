// Whether a one-word name is a title the text writes with its "The": "according to The Hill" is The Hill, not Hill.
import { wholeWordPositions } from './whole-word';

// A capitalised "The" inside a sentence, right before a word: a title's own ("according to The Hill").
const THE_INSIDE_SENTENCE = /[\p{Ll},;:]\s+The\s+$/u;
// "the" or "The" right before a word.
const THE_BEFORE = /(?<![\p{L}])[Tt]he\s+$/u;

/**
 * Whether `text` writes `word` after a capitalised "The" inside a sentence, or never without "the" before it
 * ("The Blaze reported", "the Blaze's Matt Walsh"): the title is "The Blaze". (The caller leaves acronyms out: "the ACU".)
 */
export function titledWithThe(text: string, word: string): boolean {
  const before = [...wholeWordPositions(text, word)].map((at) => text.slice(Math.max(0, at - 8), at));
  return before.some((b) => THE_INSIDE_SENTENCE.test(b)) || (before.length > 0 && before.every((b) => THE_BEFORE.test(b)));
}
