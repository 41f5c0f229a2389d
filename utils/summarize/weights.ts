// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [-0.205, 1.357, -0.817, 0.165, -0.484, 0.073, 0.25, -0.042, -2.023, -0.118, -0.283, 0.024, -1.492, 0.093, -0.162, 0.125, 0.081, -0.423, -0.113, 0.701, -0.314, 0.837, -0.022, 0.035, 1.448, 0.764, 0.603, 0.57, -0.689, 0.326, 1.553, 0.283, 0.073, -0.574, -0.786, -1.411, 1.202, -1.829, 0.386];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.26;
