// The evidence each candidate for "he said" gets (pronoun-candidates.ts), read from short texts.
import { describe, expect, it } from 'vitest';
import { directQuotes } from '../../../utils/summarize/quotes';
import { FEATURES, pronounCandidates, type PronounContext } from '../../../utils/summarize/pronoun-candidates';

/** The value of `feature` for each candidate of the last "he said" in `text`. */
function evidence(text: string, feature: (typeof FEATURES)[number]): Record<string, number> {
  const contexts: PronounContext[] = [];
  directQuotes(text, 'en', (ctx) => contexts.push(ctx));
  const i = FEATURES.indexOf(feature);
  return Object.fromEntries(pronounCandidates(contexts[contexts.length - 1]!).map((c) => [c.name, c.features[i]!]));
}

describe('pronounCandidates', () => {
  it.each([
    ['a role set off after the name, in the sentence before', 'Bryan Anderson agreed. That worries Dan Crespo, a spokesman for the campaign.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 1 }],
    ['"president of…" without an article', 'Bryan Anderson agreed. That worries Dan Crespo, president of the Florida Black Caucus.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 1 }],
    ['a clause after the name is no role', 'Bryan Anderson agreed. That worries Dan Crespo, who was at the rally.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 0 }],
    ['a role given paragraphs earlier is not this evidence', 'Dan Crespo, a spokesman for the campaign, arrived. Bryan Anderson agreed with him.\n\nThe rally went on into the night.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 0 }],
  ])('rolePut: %s', (_name, text, expected) => {
    expect(evidence(text, 'rolePut')).toMatchObject(expected);
  });
});
