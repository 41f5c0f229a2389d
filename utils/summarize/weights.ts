// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [-0.034, 1.441, -0.79, 0.254, -0.3, 0.05, 0.363, 0.17, -1.512, -0.074, 0.469, -0.128, -0.782, -0.008, -0.251, 0.091, 0.112, -0.94, 0.581, 0.279, -0.54, -0.187, 0.028, 0.115, 1.171, 1.364, 0.896, 0.586, -1.301, 0.842, 0.011, -0.235, -0.768, -0.163, 0.599, 0.122, -0.216, 0.06, -0.216, 0.201, -0.631, 1.546, -0.27, -0.143, 0.105, -0.821, 0.112, -0.286, -0.56, -0.002, 0.754, -0.397, -0.009, -0.665, 0.548, 0, -0.115, 0.668, -1.008, -0.792, -0.507, 0.414, -0.845, -0.115, -0.184, -1.431];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;

/**
 * The same for a one-sentence summary: a headline-like statement gains less from length than a
 * several-sentence extract does from carrying more of the story (chosen by cross-validation).
 */
export const LENGTH_EXPONENT_ONE = 0.2;
