// A story's dialogue read as turns: whose words each quotation is, and whether one answers another's just before it.
import { breaksBetween } from './between-quotes';

/** Whose turn a quotation is: a speaker (NARRATOR for the story's "I"), one known to be anyone but `notOf`, or unknown (null). */
export type Turn = { of: string } | { notOf: string } | null;

/** The story's narrator as a turn's speaker ("“…?” I now demanded"): someone no name in the text stands for. */
export const NARRATOR = '\u0000narrator';

// How many paragraph breaks may part a turn from the words it answers: the next paragraph, or one of action between
// ("“…” ¶ He dropped his arm and shrugged. ¶ “I haven’t noticed,” said Alden.").
const MAX_BREAKS = 2;

/**
 * Whether `turn`, opening at `open`, answers `before`, a quotation ending at `end`: both known, by different speakers (or the
 * earlier one known to be anyone but this speaker), one or two paragraphs apart. News sets each speaker's quotations apart with
 * the story between them; a story's dialogue gives each turn its own paragraph, and leaves most turns unattributed once an
 * exchange is under way ("“Will you quit me?” I demanded. ¶ “I would prefer not to,” he replied. ¶ “What right have you…?”").
 */
export function answersTurn(text: string, before: Turn, end: number, turn: Turn, open: number): boolean {
  if (before === null || turn === null || !('of' in turn)) return false;
  const other = 'of' in before ? before.of !== turn.of : before.notOf === turn.of;
  if (!other) return false;
  const breaks = breaksBetween(text, end, open);
  return breaks >= 1 && breaks <= MAX_BREAKS;
}

// Words put to someone: a question, or (in English) words that speak to "you".
const YOU = /(?<![\p{L}])(?:you|your|yours|yourself)(?![\p{L}])/iu;

/**
 * Whether words are put to a listener, as the next turn of an exchange is: a question, or words that speak to "you" ("What
 * earthly right have you to stay here?"). A speaker going on after their own turn in news tells (“I think he can do that…”).
 */
export function addressesListener(words: string, lang: string): boolean {
  return words.includes('?') || (lang === 'en' && YOU.test(words));
}
