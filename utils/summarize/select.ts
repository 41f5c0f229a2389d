// Picks `count` sentences: best score first, with an MMR penalty so key quotes do not repeat each other.
import { samePoint } from './same-point';
import { cosine, type SparseVec } from './vectors';

/**
 * Greedy maximal marginal relevance: at each step take the sentence maximising
 * score − redundancy × (max cosine with the ones already taken). A sentence that states the same
 * point as one already taken (samePoint), or that `heldBack` marks (a quotation *Who said what*
 * already shows), only comes when no other sentence is left. Ties go to the earlier sentence,
 * which keeps the result deterministic. O(count × n) comparisons: bounded by the count, not n².
 */
export function selectMmr(scores: ArrayLike<number>, vecs: readonly SparseVec[], count: number, redundancy: number, heldBack?: ArrayLike<number>): number[] {
  const n = scores.length;
  const k = Math.min(count, n);
  const chosen: number[] = [];
  const maxSim = new Float64Array(n);
  // 1 = taken; 2 = held back (picked only when nothing else is left).
  const state = new Uint8Array(n);
  if (heldBack) for (let i = 0; i < n; i++) if (heldBack[i]) state[i] = 2;
  for (let step = 0; step < k; step++) {
    const best = bestOf(scores, maxSim, state, redundancy, 0) ?? bestOf(scores, maxSim, state, redundancy, 2);
    if (best === undefined) break;
    state[best] = 1;
    chosen.push(best);
    const v = vecs[best]!;
    for (let i = 0; i < n; i++) {
      if (state[i] === 1) continue;
      const sim = cosine(v, vecs[i]!);
      maxSim[i] = Math.max(maxSim[i]!, sim);
      // Sharing no term (cosine 0), they cannot state one point: skip the second walk.
      if (state[i] === 0 && sim > 0 && samePoint(v, vecs[i]!)) state[i] = 2;
    }
  }
  return chosen.sort((a, b) => a - b);
}

/** The best untaken sentence in the given state, or undefined when there is none. */
function bestOf(scores: ArrayLike<number>, maxSim: Float64Array, state: Uint8Array, redundancy: number, want: number): number | undefined {
  let best: number | undefined;
  let bestVal = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    if (state[i] !== want) continue;
    const val = scores[i]! - redundancy * maxSim[i]!;
    if (val > bestVal) {
      bestVal = val;
      best = i;
    }
  }
  return best;
}
