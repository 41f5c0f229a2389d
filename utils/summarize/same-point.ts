// Whether two sentences state the same point: most of the shorter one's content words recur in the other.
import type { SparseVec } from './vectors';

/**
 * Above this share of the shorter sentence's distinct content terms found in the other, the two say
 * one thing. A statement and the quotation that backs it (“Trump stated that Ukraine and Russia are
 * making a little bit of progress” / “We have Russia and Ukraine, which are making a little bit of
 * progress,” Trump said.) share nearly all of the quotation's terms, while their tf-idf cosine stays
 * moderate because the statement adds its own words: cosine alone does not see them as one point.
 */
export const SAME_POINT = 0.5;

/** Shared distinct terms ÷ the smaller sentence's distinct terms (0 when either has none). */
export function termOverlap(a: SparseVec, b: SparseVec): number {
  const m = Math.min(a.ids.length, b.ids.length);
  return m === 0 ? 0 : sharedTerms(a, b) / m;
}

/** How many distinct terms two vectors share (ids sorted): a merge walk, linear in their sizes. */
export function sharedTerms(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let hits = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      hits++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return hits;
}

/** The same point as each other: see SAME_POINT. */
export const samePoint = (a: SparseVec, b: SparseVec): boolean => termOverlap(a, b) > SAME_POINT;
