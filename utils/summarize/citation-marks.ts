// Reference marks after a sentence's stop ("…plasma.[81] The exact…"): they end that sentence, never open the next.

/** Cheap test: a stop, perhaps a closing mark, then an opening bracket. */
export const CITATION_HINT = /[.!?]["”’)]?\[/u;

// Wikipedia's footnote marks, one or several: "[81]", "[3][4]", "[a]", "[citation needed]", "[note 2]".
const CITATION_RUN = /(?<=[.!?]["”’)]?)(?:\[[^[\]\n]{1,24}\])+/gu;

// A capitalised word after the marks opens the next sentence ("…it.[citation needed] Others disagree.").
const NEXT_SENTENCE = /^\s+["“‘(]?\p{Lu}/u;

/**
 * Moves every sentence boundary that falls at or inside a run of reference marks to the run's end
 * (ICU breaks "plasma.[81] The" as "plasma.[" + "81] The"), and splits after a run that a capitalised
 * word follows where ICU saw no boundary. `parts` are a block's pieces in order, offsets into `block`.
 */
export function keepCitationMarks(block: string, parts: { s: number; e: number }[]): void {
  for (const m of block.matchAll(CITATION_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    let split = false;
    for (let k = 0; k + 1 < parts.length; k++) {
      const boundary = parts[k]!.e;
      if (boundary < start || boundary >= end) continue;
      parts[k]!.e = end;
      parts[k + 1]!.s = end;
      split = true;
    }
    if (split || !NEXT_SENTENCE.test(block.slice(end, end + 4))) continue;
    const k = parts.findIndex((p) => p.s < end && end < p.e);
    if (k < 0) continue;
    parts.splice(k + 1, 0, { s: end, e: parts[k]!.e });
    parts[k]!.e = end;
  }
  // A piece left with nothing but spaces between two moved boundaries is dropped.
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.e <= parts[k]!.s) parts.splice(k, 1);
}
