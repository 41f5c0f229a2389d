// The mentions of people lying between two positions of the text, found by halving: a long page names thousands of people.
import { firstAtOrAfter } from './first-at';
import type { PersonMention } from './people';

/** The mentions (in text order) that start at or after `from` and end by `to`. */
export function mentionsBetween(mentions: readonly PersonMention[], from: number, to: number): PersonMention[] {
  const lo = firstAtOrAfter(mentions, from, (m) => m.start);
  const out: PersonMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) if (mentions[i]!.end <= to) out.push(mentions[i]!);
  return out;
}
