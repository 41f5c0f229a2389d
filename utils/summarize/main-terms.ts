// How much of the story's main words a sentence holds: its share of the article's most widespread content terms.
import { int32Scratch } from './scratch';

/**
 * How many main terms the article has: the content terms found in the most sentences. The story's
 * subject (who, what, where) recurs from sentence to sentence; ten is about what a headline and its
 * standfirst name. Chosen by the 2-fold CV of tests/bench/fit-weights.ts (5 and 10 both gain on BBC).
 */
export const MAIN_TERMS = 10;

// Scratch buffers reused from call to call (zeroed on each use).
const scratchA = int32Scratch();
const scratchB = int32Scratch();

/**
 * For each sentence, the share of the article's MAIN_TERMS most widespread content terms (found in
 * two sentences or more; ties to the term met first) that it contains. A sentence that names the
 * story's recurring subjects states the story; mean frequency features cannot tell that from a
 * sentence that repeats one frequent word. Linear in the terms plus MAIN_TERMS × vocabulary.
 */
export function mainTermCover(terms: readonly Int32Array[], vocab: number, k = MAIN_TERMS): Float64Array {
  const df = scratchA(vocab);
  const mark = scratchB(vocab).fill(-1);
  terms.forEach((t, i) => {
    for (let j = 0; j < t.length; j++) {
      const id = t[j]!;
      if (mark[id] !== i) {
        mark[id] = i;
        df[id]!++;
      }
    }
  });
  const top = topIds(df, k);
  return Float64Array.from(terms, (t) => (top.length ? countMain(t, top) / top.length : 0));
}

/** Distinct main terms in a sentence (the main set is tiny: a linear scan of it is cheapest). */
function countMain(t: Int32Array, top: readonly number[]): number {
  let hits = 0;
  for (const id of top) if (t.includes(id)) hits++;
  return hits;
}

/** Ids of the k largest counts of 2 or more, largest first, ties to the smaller id (first met). */
export function topIds(counts: Int32Array, k: number): number[] {
  const top: number[] = [];
  for (let id = 0; id < counts.length; id++) {
    const c = counts[id]!;
    if (c < 2 || (top.length === k && c <= counts[top[k - 1]!]!)) continue;
    let at = top.length;
    while (at > 0 && counts[top[at - 1]!]! < c) at--;
    top.splice(at, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}
