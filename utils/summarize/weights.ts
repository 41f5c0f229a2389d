// Weights of the sentence scorer (FEATURE_NAMES order). Fitted by tests/bench/fit-weights.ts.
export const WEIGHTS: readonly number[] = [-0.208, 1.45, -0.699, 0.251, -0.407, 0.054, 0.11, 0.098, -1.986, 0.027, 0.398, -0.086, -1.921, 0.007, -0.214, 0.119, 0.102, -0.406, 0.274, 0.632, -0.329, 0.283, -0.035, 0.024, 1.379, 0.751, 0.638, 0.566, -1.23, 0.61, -0.019, -0.368, 0.09, 0.313, 1.603, -0.029, 0.012, -0.539, -0.745, -1.474, 1.153, -1.826, 0.416];

/** Redundancy penalty of MMR: how much similarity to an already chosen quote costs. */
export const REDUNDANCY = 0.3;

/** Length preference of the selection (see selectionValues): 0 = pure probability. */
export const LENGTH_EXPONENT = 0.3;
