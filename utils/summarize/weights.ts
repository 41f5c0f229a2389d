// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [1.0, 1.0, 0.5, -0.3, 0.2, 0.3, -2.0, 0.5, 0.0, 0.0];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.5;
