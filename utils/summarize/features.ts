// Per-sentence features the scorer combines: centrality, position, length, title overlap, quotes.
import type { Tokenized } from './tokenize';
import { cosine, dotDense, weightedSum, type SparseVec } from './vectors';

export const FEATURE_NAMES = ['pagerank', 'centroid', 'first', 'position', 'paraFirst', 'logWords', 'shortPenalty', 'title', 'quote', 'bias'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface FeatureInput {
  tok: Tokenized;
  vecs: readonly SparseVec[];
  rank: Float64Array;
  /** Sentence texts, for surface features (quotes). */
  texts: readonly string[];
  /** Index of each sentence within its block (0 = opens a paragraph). */
  inBlock: readonly number[];
  /** Title as a unit vector in the same space, or null. */
  title: SparseVec | null;
}

/** Feature rows, one per sentence, in FEATURE_NAMES order. All features are O(non-zeros) to compute. */
export function sentenceFeatures(f: FeatureInput): Float64Array[] {
  const n = f.vecs.length;
  const centroid = weightedSum(f.vecs, new Float64Array(n).fill(1), f.tok.vocabSize);
  let cnorm = 0;
  for (const x of centroid) cnorm += x * x;
  cnorm = Math.sqrt(cnorm) || 1;
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const words = f.tok.words[i]!;
    const row = new Float64Array(FEATURE_NAMES.length);
    row[0] = f.rank[i]! * n; // mean 1 whatever the article length
    row[1] = dotDense(f.vecs[i]!, centroid) / cnorm;
    row[2] = i === 0 ? 1 : 0;
    row[3] = n > 1 ? i / (n - 1) : 0;
    row[4] = f.inBlock[i] === 0 ? 1 : 0;
    row[5] = Math.log1p(Math.min(words, 80));
    row[6] = words < 6 ? 1 : 0; // fragments, headings, bylines
    row[7] = f.title ? cosine(f.vecs[i]!, f.title) : 0;
    row[8] = /["“”«»„]/.test(f.texts[i]!) ? 1 : 0;
    row[9] = 1;
    rows.push(row);
  }
  return rows;
}
