// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [-0.206, 1.461, -0.709, 0.252, -0.41, 0.054, 0.107, 0.091, -1.988, 0.032, 0.397, -0.082, -1.925, 0.007, -0.216, 0.12, 0.101, -0.407, 0.273, 0.631, -0.327, 0.287, -0.032, 0.025, 1.379, 0.751, 0.639, 0.566, -1.226, 0.502, -0.02, -0.368, 0.099, 0.312, 1.602, -0.037, 0.011, -0.538, -0.744, -1.472, 1.156, -1.829, 0.417];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;
