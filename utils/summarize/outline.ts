// The outline of a long page: each section's heading with its key quote(s), in page order.
import type { OutlineSection } from '../summary';
import { keyQuoteAt, type Ranking } from './key-quotes';
import { headingText, isBackMatter } from './section-headings';
import type { Span } from './segment';
import { selectMmr } from './select';
import { REDUNDANCY } from './weights';

/** Below this many words a page keeps the flat list: eight sentences can carry it. */
const OUTLINE_MIN_WORDS = 3000;
/** Fewer sections than this (with sentences of their own) is not an outline. */
const MIN_SECTIONS = 2;
/** A section gets one key quote per this many words, at least one and at most MAX_PER_SECTION. */
const WORDS_PER_QUOTE = 800;
const MAX_PER_SECTION = 3;
/**
 * A section's quote must be a sentence of prose: at least this many words and prose-likeness 0.5.
 * A table of contents, a caption ("Firefox logo") or a list of links is no key point; a section
 * with nothing else is left out of the outline.
 */
const MIN_QUOTE_WORDS = 6;
const MIN_PROSE = 0.5;

/** A heading of the page as a character range of the text. */
export interface HeadingRange {
  start: number;
  end: number;
}

interface Group {
  heading: string | null;
  members: number[];
  words: number;
}

/** Sentences grouped under the heading before them (the part before the first heading has none). */
function groups(text: string, spans: readonly Span[], headings: readonly HeadingRange[], words: readonly number[]): Group[] {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const out: Group[] = [{ heading: null, members: [], words: 0 }];
  let h = 0;
  spans.forEach((s, i) => {
    while (h < sorted.length && sorted[h]!.end <= s.start) {
      // A Markdown heading of plain text ("## Results") shows without its marker, a wiki's without its "[edit]" link; one with
      // no words of its own left starts no section.
      const heading = headingText(text.slice(sorted[h]!.start, sorted[h]!.end));
      if (heading) out.push({ heading, members: [], words: 0 });
      h++;
    }
    if (h < sorted.length && sorted[h]!.start <= s.start) return; // the heading's own text
    const g = out[out.length - 1]!;
    g.members.push(i);
    g.words += words[i]!;
  });
  // A heading straight above a sub-heading has no sentences of its own: it carries no quote.
  return out.filter((g) => g.members.length > 0);
}

/**
 * The outline, or null when the page is short or has too few sections (the flat key quotes serve).
 * Each section's key quotes are picked among its own sentences with the same scores and the same
 * redundancy rules as the flat list, and given in page order.
 */
export function outline(text: string, spans: readonly Span[], headings: readonly HeadingRange[], r: Ranking): OutlineSection[] | null {
  if (headings.length === 0 || r.words.reduce((a, b) => a + b, 0) < OUTLINE_MIN_WORDS) return null;
  const sections = withoutBackMatter(groups(text, spans, headings, r.words), spans.length)
    .map((g) => ({ ...g, members: g.members.filter((i) => r.words[i]! >= MIN_QUOTE_WORDS && r.prose[i]! >= MIN_PROSE) }))
    .filter((g) => g.members.length > 0);
  if (sections.filter((g) => g.heading !== null).length < MIN_SECTIONS) return null;
  return sections.map((g) => {
    const k = Math.max(1, Math.min(MAX_PER_SECTION, Math.round(g.words / WORDS_PER_QUOTE)));
    const pick = (a: ArrayLike<number>) => g.members.map((i) => a[i]!);
    const local = selectMmr(pick(r.scores), g.members.map((i) => r.vecs[i]!), k, REDUNDANCY, pick(r.held));
    return { heading: g.heading, keyQuotes: local.map((j) => keyQuoteAt(text, spans, r, g.members[j]!)) };
  });
}

/**
 * The sections without the page's back matter ("References", "Further reading", "External links"): a list of sources
 * holds no key point. In the page's second half such a heading ends the article, and every section after it goes too
 * (a wiki's "Notes" › "Citations" › "Books"); earlier, only that section goes.
 */
function withoutBackMatter(sections: Group[], sentences: number): Group[] {
  const end = sections.findIndex((g) => g.heading !== null && isBackMatter(g.heading) && g.members[0]! >= sentences / 2);
  return (end >= 0 ? sections.slice(0, end) : sections).filter((g) => g.heading === null || !isBackMatter(g.heading));
}
