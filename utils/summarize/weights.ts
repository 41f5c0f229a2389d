// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [0.107, -0.126, -0.36, 0.611, -0.307, 0.055, 0.175, 0.186, -1.203, -0.091, 0.458, -0.294, -1.102, -0.005, -0.825, 0.132, 0.064, -0.978, 0.671, 0.022, -0.725, -0.178, -0.026, 0.148, 0.618, 1.237, 0.829, 0.57, -1.242, 0.761, -0.017, -0.209, 2.275, 0.409, 0.111, 0, -0.184, -0.11, -0.486, -0.269, 0.007, 0.04, 0.007, 0.373, -0.705, 1.369, -0.065, -0.39, -0.237, 0.52, -0.04, -0.038, -0.217, 0.121, 0.675, -0.641, 0.518, -0.007, 0.74, 0, -0.068, -0.007, -1.095, -0.707, -0.431, 0.804, -0.984, -0.068, 0.014, -1.799, 0.401, -0.06, 2.426, -2.23];

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
 * Again with restWords (even/odd | halves split): −0.15 28.84 / 9.66 | 29.00 / 9.73, −0.2 28.83 / 9.81 |
 * 28.80 / 9.77 at 32 words, −0.25 28.68 / 9.72 | 28.57 / 9.70 (kept −0.2).
 */
export const LENGTH_EXPONENT_ONE = -0.2;
