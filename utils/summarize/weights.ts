// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [0.122, -0.206, -0.353, 0.591, -0.301, 0.053, 0.192, 0.201, -1.252, -0.08, 0.434, -0.314, -1.107, -0.008, -0.802, 0.123, 0.059, -1.003, 0.583, 0.031, -0.716, -0.176, 0.002, 0.114, 0.613, 1.237, 0.832, 0.565, -1.238, 0.731, 0.009, -0.207, 2.276, 0.422, 0.13, -0.219, -0.09, -0.593, -0.078, -0.017, 0.035, -0.017, 0.727, -0.606, 1.059, -0.09, -0.389, -0.458, 0.016, -0.038, -0.001, -0.218, 0.1, 0.809, -0.594, 0.568, 0.149, 0.674, 0, -0.07, -0.147, -1.094, -0.751, -0.423, 0.764, -0.856, -0.07, -0.039, -1.649, 0.81, -0.095, -2.369];

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
