// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [-0.215, 1.458, -0.696, 0.245, -0.405, 0.057, 0.11, 0.097, -1.989, 0.07, 0.348, -0.082, -1.917, 0.005, -0.211, 0.119, 0.102, -0.402, 0.247, 0.636, -0.329, 0.272, -0.037, 0.027, 1.377, 0.751, 0.636, 0.567, -1.21, 0.634, -0.019, -0.368, 0.089, 0.305, 1.611, -0.046, 0.015, -0.541, -0.754, -1.472, 1.142, -1.822, 0.421];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;
