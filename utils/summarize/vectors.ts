// Sparse tf-idf sentence vectors (unit length) and the document centroid, in linear time.
import { float64Scratch, int32Scratch } from './scratch';
import type { Tokenized } from './tokenize';

/** One sentence's vector: parallel arrays of term ids and weights, L2-normalised (empty if no terms). */
export interface SparseVec {
  ids: Int32Array;
  w: Float64Array;
}

// Scratch for arrays that do not outlive a call (a typed array each would be an off-heap allocation).
const scratchF64 = float64Scratch();
const scratchI32 = int32Scratch();

/** idf over sentences-as-documents, smoothed so a term in every sentence still counts a little. */
export function inverseFrequencies(tok: Tokenized): Float64Array {
  const df = scratchF64(tok.vocabSize);
  const mark = scratchI32(tok.vocabSize).fill(-1);
  for (let i = 0; i < tok.terms.length; i++) {
    const t = tok.terms[i]!;
    for (let k = 0; k < t.length; k++) {
      const id = t[k]!;
      if (mark[id] !== i) {
        mark[id] = i;
        df[id]!++;
      }
    }
  }
  const n = tok.terms.length;
  const idf = new Float64Array(tok.vocabSize);
  for (let k = 0; k < idf.length; k++) idf[k] = Math.log((n + 1) / df[k]!) + 0.1; // never 0: one-sentence docs
  return idf;
}

/**
 * The same vectors as rows of one matrix: row i is ids/w[start[i], start[i + 1]). Loops over every
 * non-zero (PageRank's) run faster on the flat arrays than through a view per sentence.
 */
export interface SparseRows {
  ids: Int32Array;
  w: Float64Array;
  start: Int32Array;
}

/** Unit tf-idf vector of every sentence, as views (`vecs`) into one flat matrix (`rows`). */
export function tfidfVectors(tok: Tokenized, idf: Float64Array): { vecs: SparseVec[]; rows: SparseRows } {
  // Counts in one dense scratch array (reset through the touched ids), not a Map per sentence. The
  // vectors are views into two shared buffers: a typed array each would cost an off-heap allocation.
  const counts = scratchF64(tok.vocabSize); // zero again after each sentence
  let total = 0;
  for (let i = 0; i < tok.terms.length; i++) total += tok.terms[i]!.length;
  const idBuf = new Int32Array(total);
  const wBuf = new Float64Array(total);
  let off = 0;
  const start = new Int32Array(tok.terms.length + 1);
  const vecs = tok.terms.map((t, i) => {
    start[i] = off;
    let m = 0;
    for (let k = 0; k < t.length; k++) {
      const id = t[k]!;
      if (counts[id] === 0) idBuf[off + m++] = id;
      counts[id]!++;
    }
    const ids = idBuf.subarray(off, off + m);
    const w = wBuf.subarray(off, off + m);
    off += m;
    // Few ids per sentence: an insertion sort beats the built-in sort's call overhead (same order).
    if (m > 48) ids.sort();
    else
      for (let a = 1; a < m; a++) {
        const x = ids[a]!;
        let b = a - 1;
        while (b >= 0 && ids[b]! > x) {
          ids[b + 1] = ids[b]!;
          b--;
        }
        ids[b + 1] = x;
      }
    let norm = 0;
    for (let k = 0; k < m; k++) {
      const id = ids[k]!;
      const v = counts[id]! * idf[id]!;
      counts[id] = 0;
      w[k] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < m; k++) w[k]! /= norm;
    return { ids, w };
  });
  start[tok.terms.length] = off;
  return { vecs, rows: { ids: idBuf, w: wBuf, start } };
}

/** Dot product of a sparse vector with a dense one. */
export function dotDense(v: SparseVec, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.ids.length; k++) s += v.w[k]! * dense[v.ids[k]!]!;
  return s;
}

/** Cosine of two unit sparse vectors (ids sorted): a merge walk, linear in their sizes. */
export function cosine(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Sum of the given vectors scaled by `scale[i]`, as a dense vocabulary-sized vector. */
export function weightedSum(vecs: readonly SparseVec[], scale: ArrayLike<number>, size: number): Float64Array {
  const out = new Float64Array(size);
  vecs.forEach((v, i) => {
    const f = scale[i]!;
    if (f === 0) return;
    for (let k = 0; k < v.ids.length; k++) out[v.ids[k]!]! += f * v.w[k]!;
  });
  return out;
}
