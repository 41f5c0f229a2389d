// Picks `count` sentences: best score first, with an MMR penalty so key quotes do not repeat each other.
import { cosine, type SparseVec } from './vectors';

/**
 * Greedy maximal marginal relevance: at each step take the sentence maximising
 * score − redundancy × (max cosine with the ones already taken). Ties go to the earlier sentence,
 * which keeps the result deterministic. O(count × n) cosines: bounded by the count, not n².
 */
export function selectMmr(scores: ArrayLike<number>, vecs: readonly SparseVec[], count: number, redundancy: number): number[] {
  const n = scores.length;
  const k = Math.min(count, n);
  const chosen: number[] = [];
  const maxSim = new Float64Array(n);
  const taken = new Uint8Array(n);
  for (let step = 0; step < k; step++) {
    let best = -1;
    let bestVal = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const val = scores[i]! - redundancy * maxSim[i]!;
      if (val > bestVal) {
        bestVal = val;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    chosen.push(best);
    if (redundancy > 0) {
      const v = vecs[best]!;
      for (let i = 0; i < n; i++) if (!taken[i]) maxSim[i] = Math.max(maxSim[i]!, cosine(v, vecs[i]!));
    }
  }
  return chosen.sort((a, b) => a - b);
}
