// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [1.763, -1.416, 1.941, 0.036, -1.026, 0.102, 0.043, 0.059, 0.923, -0.07, -0.355, 2.497, -1.832, 0.04, 0.478, 0.385, 0.182, -0.613, -0.044, -3.787];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.15;
