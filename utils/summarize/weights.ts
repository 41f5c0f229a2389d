// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [0.038, 1, -0.804, 0.26, -0.271, 0.049, 0.41, 0.212, -1.506, -0.063, 0.417, -0.131, -0.704, -0.007, -0.265, 0.066, 0.109, -0.959, 0.551, 0.391, -0.501, -0.169, 0.06, 0.124, 1.162, 1.346, 0.885, 0.574, -1.233, 0.838, 0, -0.23, -0.967, 0.019, -0.871, 0.137, 0.068, -0.132, 0.068, 0.664, -0.544, 1.403, -0.108, -0.381, -0.647, -0.387, -0.023, -0.235, -0.103, 0.1, 0.775, -0.571, 0.381, -0.069, 0.713, 0, -0.059, 0.224, -1.163, -0.782, -0.45, 0.749, -0.979, -0.059, -0.02, -2.156];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;

/**
 * The same for a one-sentence summary. Its weights are fitted on a graded target (how close each
 * sentence comes to the abstract, see labelByRouge in tests/bench/fit-weights.ts), which already
 * rewards the length ROUGE F1 favours; on top of that, a slight preference for the shorter sentence
 * is what the 2-fold CV chose (−0.2: OrangeSum held-out 28.10 / 9.36 at 33 words; 0: 27.97 / 9.05 at
 * 37 words). A headline-like statement is short.
 */
export const LENGTH_EXPONENT_ONE = -0.2;
