// A quotation with no speaker that repeats words an attributed quotation says: a headline quoting the story, a lede's partial quotation.
import type { DirectQuote } from '../summary';

// Fewer words are a phrase anyone may repeat ("Washington cartel", "New York values").
const MIN_WORDS = 5;

/** The quotation's words in lower case, one space between, with a space at each end (for whole-word containment). */
function wordLine(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
}

/**
 * Gives each quotation of `open` (nothing attributes it, or its "he" or "the candidate" was found for no
 * one) the speaker of the attributed quotations that say its words in order, when they are all one
 * person's: "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump" is Fiorina's “I am
 * horrified by Donald Trump”. Words two people are quoted saying stay unattributed, and so do words
 * the text gives someone it does not name (“How big is that wall?” asked the boy: not in `open`).
 */
export function withRepeatedSpeakers(quotes: readonly DirectQuote[], open: ReadonlySet<DirectQuote>): DirectQuote[] {
  const attributed = quotes.filter((q) => q.speaker).map((q) => ({ speaker: q.speaker!, role: q.role, line: wordLine(q.text) }));
  return quotes.map((q) => {
    if (q.speaker || !open.has(q)) return q;
    const line = wordLine(q.text);
    if (line.split(' ').length - 2 < MIN_WORDS) return q;
    const sayers = attributed.filter((a) => a.line.includes(line));
    const speaker = sayers[0]?.speaker;
    if (!speaker || sayers.some((a) => a.speaker !== speaker)) return q;
    return givenTo(q, speaker, sayers[0]!.role);
  });
}

/** The quotation given to `speaker`, with their role when one is known (no `role` key otherwise, as the engine writes them). */
export function givenTo(q: DirectQuote, speaker: string, role: string | undefined): DirectQuote {
  return role ? { ...q, speaker, role } : { ...q, speaker };
}
