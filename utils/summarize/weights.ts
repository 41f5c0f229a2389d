// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [0.122, -0.203, -0.354, 0.59, -0.301, 0.053, 0.193, 0.201, -1.251, -0.08, 0.434, -0.314, -1.109, -0.006, -0.801, 0.123, 0.06, -1.003, 0.583, 0.033, -0.717, -0.168, 0.002, 0.114, 0.612, 1.236, 0.831, 0.565, -1.239, 0.73, 0.009, -0.207, 2.276, 0.423, 0.112, -0.221, -0.09, -0.594, -0.077, -0.016, 0.034, -0.016, 0.726, -0.606, 1.059, -0.089, -0.389, -0.458, 0.018, -0.039, -0.002, -0.217, 0.099, 0.809, -0.594, 0.567, 0.15, 0.668, 0, -0.071, -0.146, -1.093, -0.751, -0.423, 0.764, -0.855, -0.071, -0.038, -1.649, 0.809, -0.074, -2.367];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;

/**
 * The same for a one-sentence summary. Its weights are fitted on a graded target (how close each
 * sentence comes to the abstract, see labelByRouge in tests/bench/fit-weights.ts), which already
 * rewards the length ROUGE F1 favours; on top of that, a slight preference for the shorter sentence
 * is what the 2-fold CV chose (−0.2: OrangeSum held-out 28.10 / 9.36 at 33 words; 0: 27.97 / 9.05 at
 * 37 words). A headline-like statement is short. Checked again with the mainTerms and titleWords
 * features: −0.1 28.25 / 9.44 at 34 words, −0.2 28.23 / 9.58 at 33, −0.3 28.07 / 9.71 at 31 (kept −0.2).
 */
export const LENGTH_EXPONENT_ONE = -0.2;
