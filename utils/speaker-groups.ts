// "Who said what" as the reader sees it: quotations grouped by speaker, in order of each speaker's first quotation, unattributed ones last.
import type { DirectQuote } from './summary';

export interface SpeakerGroup {
  speaker: string | null;
  role?: string;
  quotes: DirectQuote[];
}

export function groupBySpeaker(quotes: DirectQuote[]): SpeakerGroup[] {
  const groups = new Map<string | null, SpeakerGroup>();
  for (const q of quotes) {
    let g = groups.get(q.speaker);
    if (!g) groups.set(q.speaker, (g = { speaker: q.speaker, quotes: [] }));
    g.role ??= q.role;
    g.quotes.push(q);
  }
  const unattributed = groups.get(null);
  groups.delete(null);
  return unattributed ? [...groups.values(), unattributed] : [...groups.values()];
}

/** The verbatim words of a quotation to find on the page: its first part when its attribution interrupts it. */
export function revealText(q: DirectQuote): string {
  const first = q.parts?.[0];
  return first ? q.text.slice(0, first.end - first.start) : q.text;
}
