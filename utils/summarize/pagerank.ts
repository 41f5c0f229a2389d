// TextRank centrality (cosine graph + PageRank) computed exactly in linear time, with no all-pairs step.
// Why it works: with unit tf-idf vectors the edge weight is w_ij = v_i·v_j, so the graph matrix is
// V Vᵀ (low rank in term space). Every product "W r" becomes V (Vᵀ r): one pass over the non-zeros.
import { float64Scratch } from './scratch';
import type { SparseRows } from './vectors';

const DAMPING = 0.85;
const MAX_ITER = 30;
// Ranks only order sentences: an L1 change below 1e-5 no longer reorders them in practice.
const TOLERANCE = 1e-5;

// Scratch reused from call to call (zeroed on each use): nothing in it outlives a call.
const scratch = float64Scratch();

/** PageRank score of each of the first `n` rows (sums to 1; uniform when the graph has no edges). */
export function pagerank(m: SparseRows, n: number, vocabSize: number): Float64Array {
  if (n < 2) return new Float64Array(n).fill(n ? 1 / n : 0);
  const { ids, w, start } = m;
  // All the arrays below are views into one buffer: each typed array of its own would cost an
  // off-heap allocation, a fair share of the time on a typical article.
  const rank = new Float64Array(n).fill(1 / n);
  const buf = scratch(4 * n + vocabSize);
  // One dense term-space vector reused by every product (the loops below are the whole cost, so
  // they are written out over the flat non-zeros rather than calling helpers).
  const t = buf.subarray(4 * n);
  const nnz = start[n]!;
  for (let k = 0; k < nnz; k++) t[ids[k]!]! += w[k]!;
  // Weighted degree of i without its self-loop (v_i·v_i is 1 for a non-empty unit vector).
  const degree = buf.subarray(n, 2 * n);
  const self = buf.subarray(2 * n, 3 * n);
  for (let i = 0; i < n; i++) {
    const a = start[i]!;
    const b = start[i + 1]!;
    let d = 0;
    let s = 0;
    for (let k = a; k < b; k++) d += w[k]! * t[ids[k]!]!;
    for (let k = a; k < b; k++) s += w[k]! * w[k]!;
    degree[i] = Math.max(0, d - s);
    self[i] = s;
  }
  const share = buf.subarray(3 * n, 4 * n);
  for (let iter = 0; iter < MAX_ITER; iter++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      if (degree[j]! > 1e-12) share[j] = rank[j]! / degree[j]!;
      else {
        share[j] = 0;
        dangling += rank[j]!; // isolated sentences spread their rank evenly
      }
    }
    t.fill(0);
    for (let j = 0; j < n; j++) {
      const f = share[j]!;
      if (f === 0) continue;
      for (let k = start[j]!, b = start[j + 1]!; k < b; k++) t[ids[k]!]! += f * w[k]!;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let k = start[i]!, b = start[i + 1]!; k < b; k++) dot += w[k]! * t[ids[k]!]!;
      const incoming = dot - self[i]! * share[i]!;
      const next = (1 - DAMPING) / n + DAMPING * (incoming + dangling / n);
      delta += Math.abs(next - rank[i]!);
      rank[i] = next;
    }
    if (delta < TOLERANCE) break;
  }
  return rank;
}
