// A paragraph that is only a quotation, with no cue, between two quotations of one speaker: theirs.
import type { DirectQuote } from '../summary';
import { givenTo } from './repeated-quotes';

// At most one paragraph of the story between the quotation and the speaker's previous one (a line on what they think, say).
const MAX_BREAKS_BEFORE = 2;

/**
 * Gives each quotation of `alone` (a paragraph of its own that nothing attributes) the speaker of the quotations on both
 * sides of it, when they are one person: “…,” Viguerie notes. ¶ Viguerie is upbeat about Cruz’s
 * chances. ¶ “Not only can Ted Cruz win in November…” ¶ “He may be the only one…,” Viguerie notes.
 * News style sets a speaker's quotations one per paragraph; the writer names them again only where a
 * reader could lose track. Someone else quoted between, or a quotation with no speaker on either side,
 * leaves it unattributed.
 */
export function withSpeakersAround(text: string, quotes: readonly DirectQuote[], alone: ReadonlySet<DirectQuote>): DirectQuote[] {
  return quotes.map((q, i) => {
    if (q.speaker || !alone.has(q)) return q;
    const before = quotes[i - 1];
    const after = quotes[i + 1];
    if (!before?.speaker || before.speaker !== after?.speaker) return q;
    if (breaksBetween(text, before.end, q.start) > MAX_BREAKS_BEFORE || breaksBetween(text, q.end, after.start) > 1) return q;
    // A question put to someone that the next paragraph answers is a story's exchange: the words between two of a speaker's
    // turns are the other party's ("“I would prefer not to,” he said. ¶ … ¶ “Why do you refuse?” ¶ “I would prefer not to.”").
    if (q.text.endsWith('?') && ONLY_MARKS.test(text.slice(q.end, after.start))) return q;
    return givenTo(q, before.speaker, before.role);
  });
}

// Nothing but the closing and opening marks and the break between two quotations.
const ONLY_MARKS = /^["”’»]?\s*["“‘«„]?$/u;

/** Paragraph breaks between two positions (blank lines count once). */
export function breaksBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n(?:\s*\n)*/gu) ?? []).length;
}
