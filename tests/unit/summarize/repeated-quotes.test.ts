// A quotation that repeats an attributed one's words takes its speaker: headlines and ledes quoting the story.
import { describe, expect, it } from 'vitest';
import type { DirectQuote } from '../../../utils/summary';
import { directQuotes } from '../../../utils/summarize/quotes';
import { withRepeatedSpeakers } from '../../../utils/summarize/repeated-quotes';

const quote = (text: string, speaker: string | null, role?: string): DirectQuote => ({ text, speaker, start: 0, end: text.length, ...(role ? { role } : {}) });

describe('withRepeatedSpeakers', () => {
  it.each([
    ['a headline in title case repeats a quotation', 'We Do Not Pay Candidates To Appear At Debates.', [quote('We do not pay candidates to appear at debates', 'Jeff Zucker', 'CNN President')], 'Jeff Zucker'],
    ['a part of a longer quotation, whole words in order', 'better qualified to be president for this time', [quote('She is better qualified to be president for this time than I was.', 'Bill Clinton')], 'Bill Clinton'],
    ['two people quoted saying the words: no one', 'we have to stop him now', [quote('We have to stop him now.', 'Ann Lee'), quote('Like Ann said, we have to stop him now.', 'Bo Park')], null],
    ['fewer than five words are a phrase anyone repeats', 'Washington cartel', [quote('The Washington cartel is nervous tonight.', 'Ted Cruz')], null],
    ['the same words, not in that order', 'to appear at debates we do not pay', [quote('We do not pay candidates to appear at debates', 'Jeff Zucker')], null],
    ['a word cut in two is no repeat ("pay" in "payment")', 'not pay candidates to appear', [quote('We do not payment candidates to appear at debates', 'Jeff Zucker')], null],
  ])('%s', (_name, echo, said, speaker) => {
    const echoQuote = quote(echo, null);
    const out = withRepeatedSpeakers([echoQuote, ...said], new Set([echoQuote]));
    expect(out[0]!.speaker).toBe(speaker);
  });

  it('gives the role with the speaker, and leaves a quotation the text attributes to someone unnamed', () => {
    const headline = quote('We Do Not Pay Candidates To Appear At Debates.', null);
    const unnamed = quote('We do not pay candidates to appear', null);
    const said = quote('We do not pay candidates to appear at debates', 'Jeff Zucker', 'CNN President');
    const out = withRepeatedSpeakers([headline, unnamed, said], new Set([headline]));
    expect(out[0]).toMatchObject({ speaker: 'Jeff Zucker', role: 'CNN President' });
    expect(out[1]!.speaker).toBeNull();
  });
});

describe('repeated quotations in articles', () => {
  it('a headline quoting the story takes the speaker the story gives those words', () => {
    const text = 'CNN President On Trump: “We Do Not Pay Candidates To Appear At Debates.”\n\nCNN President Jeff Zucker is not giving in.\n\n“We do not pay candidates to appear at debates,” Zucker said during a discussion on Thursday.';
    expect(directQuotes(text, 'en').map((q) => q.speaker)).toEqual(['Jeff Zucker', 'Jeff Zucker']);
  });

  it('guard: words the text gives someone it does not name stay theirs (“How big is that wall?” asked the boy)', () => {
    const text = 'The last question was from a young child.\n\n“How big is that wall going to be?” asked the boy, as the audience laughed.\n\n“Mason, let me tell you, how big is that wall going to be? As big as it needs to be,” Mike Pence said in response.';
    expect(directQuotes(text, 'en').map((q) => q.speaker)).toEqual([null, 'Mike Pence']);
  });
});
