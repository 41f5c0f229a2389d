// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [0.025, 1.006, -0.79, 0.261, -0.267, 0.05, 0.406, 0.187, -1.484, -0.063, 0.418, -0.135, -0.699, -0.006, -0.269, 0.065, 0.104, -0.957, 0.552, 0.367, -0.505, -0.177, 0.058, 0.124, 1.156, 1.348, 0.888, 0.578, -1.235, 0.838, 0, -0.231, -0.932, -0.006, -0.833, 0.206, 0.08, -0.117, 0.08, 0.605, -0.579, 1.477, -0.11, -0.375, -0.658, -0.373, -0.02, -0.282, -0.122, 0.064, 0.819, -0.553, 0.312, -0.049, 0.683, 0, -0.056, 0.212, -1.157, -0.773, -0.453, 0.737, -0.983, -0.056, -0.018, -1.964];

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
