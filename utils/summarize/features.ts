// Per-sentence features the scorer combines: centrality, word frequency, position, length, title, quotes.
import { HAS_DIGIT, HAS_QUOTE, OPENS_QUOTE, UNBALANCED, type CharStats } from './char-stats';
import { ECHO_SHARE } from './quote-echo';
import { mainTermCover } from './main-terms';
import { sharedTerms, termOverlap } from './same-point';
import { float64Scratch, int32Scratch } from './scratch';
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
  'freqUniq', // mean document frequency of its distinct content words ÷ the article's maximum (repeats do not inflate it)
  'logFreq', // mean log document frequency of its content words: the article's recurring vocabulary
  'caps', // capitalised words inside the sentence ÷ words: names (who, where) carry the story
  'paraPos', // relative position of its paragraph 0…1
  'paraLast', // closes a paragraph of several sentences
  'titleCover', // share of the title's content words that the sentence contains
  'freqUniqZ', // freqUniq as a z-score within the article: how it stands against its neighbours
  'sumFreqZ', // sumFreq likewise
  'rankZ', // pagerank likewise
  'quoted', // share of its characters inside direct quotations (Who said what shows those already)
  'backed', // most of a quotation-led sentence's terms recur in it: the statement a quotation backs up
  'last', // last sentence of the article: often a wrap-up with nothing new
  'abstract', // names no one and nothing (no capitalised word after the first) and has no number: only abstractions
  'mainTerms', // share of the article's ten most widespread content terms it contains: names the story's subjects (main-terms.ts)
  'titleWords', // share of the title's words it contains as written, function words included (title-words.ts)
  'when', // names a weekday or a month: tells an event with its date (when.ts)
  'restWords', // one sentence only: cosine of its words, as written, with the rest of the article's (rest-wording.ts)
  'bias',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const col = (f: FeatureName) => FEATURE_NAMES.indexOf(f);
const BIAS = col('bias');
const QUOTED = col('quoted');
const BACKED = col('backed');
const LAST = col('last');
const ABSTRACT = col('abstract');
const MAIN_TERMS = col('mainTerms');
const TITLE_WORDS = col('titleWords');
const WHEN = col('when');
const REST_WORDS = col('restWords');

/**
 * Every feature gets a second weight when the summary is a single sentence. A one-line summary is
 * a headline-like statement of the story (it restates the title, names who and where), while a
 * longer extract favours central, frequent-vocabulary sentences: one model cannot serve both. The
 * copies are filled only for a single sentence, so its weight is the shared weight plus a deviation
 * fitted on the one-sentence task (OrangeSum); the regularisation keeps that deviation small where
 * the tasks agree. Same features, all languages.
 */
export const ROW_LENGTH = 2 * FEATURE_NAMES.length;

export interface FeatureInput {
  tok: Tokenized;
  vecs: readonly SparseVec[];
  rank: Float64Array;
  /** Character statistics of each sentence (quotation marks, digits, capitals). */
  stats: readonly CharStats[];
  /** Index of each sentence within its block (0 = opens a paragraph). */
  inBlock: readonly number[];
  /** Index of each sentence's block (paragraph), and whether it is the block's last sentence. */
  block: readonly number[];
  lastInBlock: readonly boolean[];
  /** True when one sentence is asked for (turns the one-sentence copies on). */
  single: boolean;
  /** Title as a unit vector in the same space, or null. */
  title: SparseVec | null;
  /** Share of each sentence's characters inside direct quotations (quotedShare). */
  quoted: Float64Array;
  /** Share of the title's words each sentence contains as written (titleWordShare; 0 without a title). */
  titleWords: Float64Array;
  /** 1 where the sentence names a weekday or a month (namesWhen). */
  when: Float64Array;
  /** Cosine of each sentence's words with the rest of the article's (restWordCosine); read only when `single`. */
  restWords: Float64Array;
}

// Scratch buffers reused from call to call (zeroed on each use); nothing in them outlives a call.
const scratchF64 = float64Scratch();
const scratchI32 = int32Scratch();

/** Feature rows, one per sentence, in FEATURE_NAMES order. Every feature is O(non-zeros). */
export function sentenceFeatures(f: FeatureInput): Float64Array[] {
  const n = f.vecs.length;
  const vocab = f.tok.vocabSize;
  const centroid = weightedSum(f.vecs, new Array<number>(n).fill(1), vocab);
  // Scratch arrays as views into two buffers: a typed array each would be an off-heap allocation.
  const fbuf = scratchF64(2 * vocab + 2 * n);
  const ibuf = scratchI32(vocab + n);
  let cnorm = 0;
  for (let k = 0; k < centroid.length; k++) cnorm += centroid[k]! * centroid[k]!;
  cnorm = Math.sqrt(cnorm) || 1;
  const tf = fbuf.subarray(0, vocab);
  for (const t of f.tok.terms) for (let k = 0; k < t.length; k++) tf[t[k]!]!++;
  const freq = f.tok.terms.map((t) => {
    let s = 0;
    for (let k = 0; k < t.length; k++) s += tf[t[k]!]!;
    return t.length ? s / t.length : 0;
  });
  const logTf = fbuf.subarray(vocab, 2 * vocab);
  for (let k = 0; k < tf.length; k++) logTf[k] = tf[k]! > 0 ? Math.log(tf[k]!) : 0;
  // Distinct-term variants: a word repeated inside one sentence should not count twice.
  const mark = ibuf.subarray(0, vocab).fill(-1);
  const uniq = fbuf.subarray(2 * vocab, 2 * vocab + n);
  const distinct = ibuf.subarray(vocab, vocab + n);
  const logF = fbuf.subarray(2 * vocab + n, 2 * vocab + 2 * n);
  for (let i = 0; i < n; i++) {
    const t = f.tok.terms[i]!;
    let s = 0;
    let d = 0;
    let l = 0;
    for (let k = 0; k < t.length; k++) {
      const id = t[k]!;
      l += logTf[id]!;
      if (mark[id] === i) continue;
      mark[id] = i;
      s += tf[id]!;
      d++;
    }
    distinct[i] = d;
    uniq[i] = d ? s / d : 0;
    logF[i] = t.length ? l / t.length : 0;
  }
  let maxUniq = 1e-9;
  for (let i = 0; i < n; i++) maxUniq = Math.max(maxUniq, uniq[i]!);
  let maxFreq = 1e-9;
  let maxSum = 1e-9;
  f.tok.terms.forEach((t, i) => {
    maxFreq = Math.max(maxFreq, freq[i]!);
    maxSum = Math.max(maxSum, freq[i]! * t.length);
  });
  const main = mainTermCover(f.tok.terms, vocab);
  const rows: Float64Array[] = [];
  // One buffer for all rows: a typed array of this size each costs a separate off-heap allocation.
  const buf = new Float64Array(n * ROW_LENGTH);
  for (let i = 0; i < n; i++) {
    const words = f.tok.words[i]!;
    const row = buf.subarray(i * ROW_LENGTH, (i + 1) * ROW_LENGTH);
    row[0] = f.rank[i]! * n;
    row[1] = dotDense(f.vecs[i]!, centroid) / cnorm;
    row[2] = Math.min(1, freq[i]! / maxFreq);
    row[3] = i === 0 ? 1 : 0;
    row[4] = n > 1 ? i / (n - 1) : 0;
    row[5] = f.inBlock[i] === 0 ? 1 : 0;
    row[6] = Math.log1p(Math.min(words, 80));
    row[7] = words < 6 ? 1 : 0;
    row[8] = f.title ? cosine(f.vecs[i]!, f.title) : 0;
    const { flags, caps } = f.stats[i]!;
    row[9] = flags & HAS_QUOTE ? 1 : 0;
    row[10] = flags & OPENS_QUOTE ? 1 : 0;
    row[11] = (freq[i]! * f.tok.terms[i]!.length) / maxSum;
    row[12] = words ? Math.min(1, distinct[i]! / words) : 0;
    row[13] = flags & HAS_DIGIT ? 1 : 0;
    row[14] = i > 0 ? cosine(f.vecs[i]!, f.vecs[0]!) : 1;
    row[15] = Math.log1p(i);
    row[16] = i === 1 ? 1 : 0;
    row[17] = (Math.min(words, 120) / 40) ** 2;
    row[18] = flags & UNBALANCED ? 1 : 0;
    row[19] = uniq[i]! / maxUniq;
    row[20] = logF[i]!;
    row[21] = words ? Math.min(1, caps / words) : 0;
    row[22] = f.block[n - 1]! > 0 ? f.block[i]! / f.block[n - 1]! : 0;
    row[23] = f.lastInBlock[i] && f.inBlock[i]! > 0 ? 1 : 0;
    row[24] = f.title ? titleCover(f.vecs[i]!, f.title) : 0;
    row[QUOTED] = f.quoted[i]!;
    row[BACKED] = backedBy(i, f.vecs, f.quoted);
    row[LAST] = i === n - 1 && n > 1 ? 1 : 0;
    row[ABSTRACT] = caps === 0 && !(flags & HAS_DIGIT) ? 1 : 0;
    row[MAIN_TERMS] = main[i]!;
    row[TITLE_WORDS] = f.titleWords[i]!;
    row[WHEN] = f.when[i]!;
    row[BIAS] = 1;
    rows.push(row);
  }
  zScores(rows, col('freqUniq'), col('freqUniqZ'));
  zScores(rows, col('sumFreq'), col('sumFreqZ'));
  zScores(rows, col('pagerank'), col('rankZ'));
  if (f.single) {
    for (const row of rows) row.copyWithin(FEATURE_NAMES.length, 0, FEATURE_NAMES.length);
    // Only in the one-sentence copy: the shared column stays 0, so a longer extract is scored as before
    // (on BBC's 3-sentence extracts it made the output longer rather than better).
    rows.forEach((row, i) => (row[FEATURE_NAMES.length + REST_WORDS] = f.restWords[i]!));
  }
  return rows;
}

/** Share of the title's terms found in the sentence. */
const titleCover = (v: SparseVec, title: SparseVec): number => (title.ids.length ? sharedTerms(v, title) / title.ids.length : 0);

/** How near a statement and the quotation that backs it stand: within this many sentences. */
const BACKING_WINDOW = 3;

/**
 * How far sentence i is the statement that a nearby quotation backs: the largest share of a
 * mostly-quoted sentence's terms that recur in it (quotation sentences themselves score 0). Only
 * neighbours count, which keeps the feature linear on a book with thousands of quotations.
 */
function backedBy(i: number, vecs: readonly SparseVec[], quoted: Float64Array): number {
  if (quoted[i]! >= ECHO_SHARE) return 0;
  let best = 0;
  const end = Math.min(vecs.length - 1, i + BACKING_WINDOW);
  for (let j = Math.max(0, i - BACKING_WINDOW); j <= end; j++) if (quoted[j]! >= ECHO_SHARE) best = Math.max(best, termOverlap(vecs[j]!, vecs[i]!));
  return best;
}

/** Writes column `from`'s within-article z-score into column `to` (0 when constant). */
function zScores(rows: Float64Array[], from: number, to: number): void {
  const n = rows.length;
  if (n === 0) return;
  let mean = 0;
  for (const r of rows) mean += r[from]!;
  mean /= n;
  let v = 0;
  for (const r of rows) v += (r[from]! - mean) ** 2;
  const sd = Math.sqrt(v / n);
  for (const r of rows) r[to] = sd > 1e-9 ? (r[from]! - mean) / sd : 0;
}
