// Whether the article's closing sentence is a wrap-up: no figure, no quotation, and no name the story has not already given.
import { hasWholeWord } from './whole-word';

/**
 * A sentence that reports something names someone, somewhere or a figure. A closing wrap-up ("While
 * the fate of the peace talks hangs in balance, the dynamic between the U.S., Ukraine, and Russia
 * continues to evolve amid the ongoing conflict.") reuses the names the story already gave and adds
 * only abstractions; centrality features rate it highly precisely because it repeats the story's
 * main words. Fitted as a feature it gained nothing (the BBC extracts keep such endings as often as
 * not), so it is a rule: the selection holds such a sentence back. Case is the only mark used, so any
 * cased script works; the sentence's first word does not count (it is capitalised anyway).
 */
const NAME = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;
const FIRST_WORD = /^[^\p{L}\p{N}]*[\p{L}\p{M}\p{N}]+/u;

/**
 * True when `sentence`, the last of an article whose text before it is `before`, names nothing new.
 * A figure ("outlasting Mantilla 6-4 3-6 7-6") or a quotation (someone's words, which Who said what
 * lists) is concrete even when its names are not new: such a sentence is no wrap-up.
 */
export function isWrapUp(sentence: string, before: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(before) || /[\p{N}"“”«»„]/u.test(sentence)) return false;
  const skip = FIRST_WORD.exec(sentence)?.[0].length ?? 0;
  for (const m of sentence.slice(skip).matchAll(NAME)) if (!hasWholeWord(before, m[0])) return false;
  return true;
}
