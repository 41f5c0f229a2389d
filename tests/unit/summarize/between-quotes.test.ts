// A quotation paragraph with no cue between two quotations of one speaker is theirs; anything less certain stays unattributed.
import { describe, expect, it } from 'vitest';
import { directQuotes } from '../../../utils/summarize/quotes';

const VIGUERIE = '“Cruz appeals to Reagan Democrats on the issues they care about,” Richard Viguerie notes.';
const AFTER = '“He may be the only one because Trump doesn’t unite the party,” Viguerie notes.';
const MIDDLE = '“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”';

/** The speaker directQuotes gives the quotation that opens with `start`. */
function speakerOf(text: string, start: string): string | null | undefined {
  return directQuotes(text, 'en').find((q) => q.text.startsWith(start))?.speaker;
}

describe('a quotation between two of one speaker', () => {
  it.each([
    ['one story paragraph on the speaker before it', [VIGUERIE, 'Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.', MIDDLE, AFTER], 'Richard Viguerie'],
    ['guard: right after the first, it goes on with it', [VIGUERIE, MIDDLE, AFTER], 'Richard Viguerie'],
    ['guard: another speaker after it', [VIGUERIE, 'Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.', MIDDLE, '“He may be the only one because Trump doesn’t unite the party,” Brent Bozell says.'], null],
    ['guard: two story paragraphs before it', [VIGUERIE, 'Viguerie is upbeat about Cruz’s chances.', 'The Iowa caucuses are two weeks away and the polls are close.', MIDDLE, AFTER], null],
    ['guard: the quotation shares its paragraph with the story', [VIGUERIE, `The polls are close. ${MIDDLE}`, AFTER], null],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(speakerOf(paragraphs.join('\n\n'), 'Not only can')).toBe(speaker);
  });
});
