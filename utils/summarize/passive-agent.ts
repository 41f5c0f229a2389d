// Who acted in a passive sentence: "Bernie Sanders was praised by Donald Trump" has Trump doing the praising.
import type { People } from './people';
import { lastSentenceStart } from './names';
import { mentionsBetween } from './mentions-between';

// Between the subject and the agent: a passive's auxiliary, perhaps an adverb, a participle, then "by".
const PASSIVE_TO_AGENT = /^\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been|got|gets)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght|lt)\s+by\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The agent of the passive sentence just before a quotation that opens its own sentence at `open`, when that sentence's subject
 * is `subject`: "Bernie Sanders was praised by Donald Trump on Monday." → "Donald Trump" (undefined otherwise).
 */
export function passiveAgentJustBefore(text: string, people: People, open: number, subject: string): string | undefined {
  // (The spaces before the quotation set aside, the sentence holding `open` is the one it follows.)
  const from = lastSentenceStart(text, open);
  const [first, agent] = mentionsBetween(people.mentions, from, open);
  if (!first || !agent || first.name !== subject || text.slice(from, first.start).trim() !== '') return undefined;
  return PASSIVE_TO_AGENT.test(text.slice(first.end, agent.start)) ? agent.name : undefined;
}
