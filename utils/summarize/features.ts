// Per-sentence features the scorer combines: centrality, word frequency, position, length, title, quotes.
import type { Tokenized } from './tokenize';
import { cosine, dotDense, weightedSum, type SparseVec } from './vectors';

export const FEATURE_NAMES = [
  'pagerank', // TextRank centrality ×n (mean 1)
  'centroid', // cosine with the document's tf-idf centroid
  'freq', // mean document frequency of the sentence's content words (Luhn), ÷ the article's maximum
  'first', // first sentence of the article
  'position', // relative position 0…1
  'paraFirst', // opens a paragraph
  'logWords', // log(1 + words), capped
  'short', // fewer than 6 words: fragments, headings, bylines
  'title', // cosine with the title
  'quote', // contains a quotation mark
  'opensQuote', // starts with a quotation mark (a quote-led sentence)
  'sumFreq', // total document frequency of its content words ÷ the article's maximum (Luhn)
  'contentRatio', // content words ÷ words: dense sentences carry information
  'digits', // mentions a number
  'leadSim', // cosine with the first sentence (the lede states the story)
  'logPos', // log(1 + index): the position effect is steep at the start, flat later
  'second', // second sentence of the article
  'lengthSq', // (words ÷ 40)²: together with logWords, lets very long sentences lose again
  'unbalanced', // an odd number of quotation marks: a piece of a quotation cut from its context
  'bias',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface FeatureInput {
  tok: Tokenized;
  vecs: readonly SparseVec[];
  rank: Float64Array;
  texts: readonly string[];
  /** Index of each sentence within its block (0 = opens a paragraph). */
  inBlock: readonly number[];
  /** Title as a unit vector in the same space, or null. */
  title: SparseVec | null;
}

/** Feature rows, one per sentence, in FEATURE_NAMES order. Every feature is O(non-zeros). */
export function sentenceFeatures(f: FeatureInput): Float64Array[] {
  const n = f.vecs.length;
  const centroid = weightedSum(f.vecs, new Float64Array(n).fill(1), f.tok.vocabSize);
  let cnorm = 0;
  for (let k = 0; k < centroid.length; k++) cnorm += centroid[k]! * centroid[k]!;
  cnorm = Math.sqrt(cnorm) || 1;
  const tf = new Float64Array(f.tok.vocabSize);
  for (const t of f.tok.terms) for (let k = 0; k < t.length; k++) tf[t[k]!]!++;
  const freq = f.tok.terms.map((t) => {
    let s = 0;
    for (let k = 0; k < t.length; k++) s += tf[t[k]!]!;
    return t.length ? s / t.length : 0;
  });
  let maxFreq = 1e-9;
  let maxSum = 1e-9;
  f.tok.terms.forEach((t, i) => {
    maxFreq = Math.max(maxFreq, freq[i]!);
    maxSum = Math.max(maxSum, freq[i]! * t.length);
  });
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const words = f.tok.words[i]!;
    const row = new Float64Array(FEATURE_NAMES.length);
    row[0] = f.rank[i]! * n;
    row[1] = dotDense(f.vecs[i]!, centroid) / cnorm;
    row[2] = Math.min(1, freq[i]! / maxFreq);
    row[3] = i === 0 ? 1 : 0;
    row[4] = n > 1 ? i / (n - 1) : 0;
    row[5] = f.inBlock[i] === 0 ? 1 : 0;
    row[6] = Math.log1p(Math.min(words, 80));
    row[7] = words < 6 ? 1 : 0;
    row[8] = f.title ? cosine(f.vecs[i]!, f.title) : 0;
    const text = f.texts[i]!;
    row[9] = /["“”«»„]/.test(text) ? 1 : 0;
    row[10] = /^["“”«»„‘']/.test(text) ? 1 : 0;
    row[11] = (freq[i]! * f.tok.terms[i]!.length) / maxSum;
    row[12] = words ? Math.min(1, new Set(f.tok.terms[i]).size / words) : 0;
    row[13] = /\d/.test(text) ? 1 : 0;
    row[14] = i > 0 ? cosine(f.vecs[i]!, f.vecs[0]!) : 1;
    row[15] = Math.log1p(i);
    row[16] = i === 1 ? 1 : 0;
    row[17] = (Math.min(words, 120) / 40) ** 2;
    row[18] = unbalancedQuotes(text) ? 1 : 0;
    row[19] = 1;
    rows.push(row);
  }
  return rows;
}

/** True when the sentence opens or closes a quotation it does not also close or open. */
function unbalancedQuotes(s: string): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c || c === 0x00ab || c === 0x201e) curly++;
    else if (c === 0x201d || c === 0x00bb) curly--;
  }
  return straight % 2 === 1 || curly !== 0;
}
