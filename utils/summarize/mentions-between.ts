// The mentions of people lying between two positions of the text, found by halving: a long page names thousands of people.
import type { PersonMention } from './people';

/** The mentions (in text order) that start at or after `from` and end by `to`. */
export function mentionsBetween(mentions: readonly PersonMention[], from: number, to: number): PersonMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) if (mentions[i]!.end <= to) out.push(mentions[i]!);
  return out;
}
