// Ranks the sentences of an article and returns the best `count` as verbatim key quotes.
import type { DirectQuote, KeyQuote } from '../summary';
import { charStats } from './char-stats';
import { datelineLength } from './dateline';
import { ROW_LENGTH, sentenceFeatures } from './features';
import { proseLikeness } from './prose';
import { restWordCosine } from './rest-wording';
import { ECHO_SHARE, quotedShare } from './quote-echo';
import { functionWordsFor } from './stopwords';
import { pagerank } from './pagerank';
import type { Span } from './segment';
import { selectMmr } from './select';
import { tokenizeSentences } from './tokenize';
import { titleWordShare, titleWords } from './title-words';
import { namesWhen } from './when';
import { isWrapUp } from './wrap-up';
import { inverseFrequencies, tfidfVectors, type SparseVec } from './vectors';
import { LENGTH_EXPONENT, LENGTH_EXPONENT_ONE, REDUNDANCY, WEIGHTS } from './weights';

/** Feature rows, vectors, word counts and prose-likeness of the sentences (exported for the fitting script). */
export function sentenceRows(
  text: string,
  spans: readonly Span[],
  lang: string,
  title: string | undefined,
  single: boolean,
  quotes: readonly DirectQuote[],
): { rows: Float64Array[]; vecs: SparseVec[]; words: number[]; prose: Float64Array; quoted: Float64Array } {
  const texts = spans.map((s) => text.slice(s.start, s.end));
  const hasTitle = typeof title === 'string' && /[\p{L}\p{N}]/u.test(title);
  // The title shares the vocabulary (and idf) with the sentences but stays out of the graph.
  const tok = tokenizeSentences(hasTitle ? [...texts, title!] : texts, lang);
  const { vecs: all, rows: matrix } = tfidfVectors(tok, inverseFrequencies(tok));
  const n = texts.length;
  const vecs = all.slice(0, n);
  const docTok = hasTitle ? { ...tok, terms: tok.terms.slice(0, n), words: tok.words.slice(0, n), stopWords: tok.stopWords.slice(0, n) } : tok;
  const rank = pagerank(matrix, n, tok.vocabSize);
  const stats = texts.map(charStats);
  const quoted = quotedShare(spans, quotes);
  const rows = sentenceFeatures({
    tok: docTok,
    vecs,
    rank,
    stats,
    inBlock: spans.map((s) => s.inBlock),
    block: spans.map((s) => s.block),
    lastInBlock: spans.map((s, i) => spans[i + 1]?.block !== s.block),
    single,
    title: hasTitle ? all[n]! : null,
    quoted,
    titleWords: titleWordShare(texts, hasTitle ? titleWords(title!) : []),
    when: Float64Array.from(texts, (t) => (namesWhen(t, lang) ? 1 : 0)),
    // A one-sentence feature only: not computed for longer extracts.
    restWords: single ? restWordCosine(texts) : new Float64Array(n),
  });
  const hasStop = functionWordsFor(lang).size > 0;
  const prose = new Float64Array(n);
  for (let i = 0; i < n; i++) prose[i] = proseLikeness(texts[i]!, tok.words[i]!, tok.stopWords[i]!, hasStop, stats[i]);
  return { rows, vecs, words: tok.words.slice(0, n), prose, quoted };
}

/** Linear score of each row with the shipped weights (non-finite values count as 0). */
export function linearScores(rows: readonly Float64Array[], weights: readonly number[] = WEIGHTS): Float64Array {
  const scores = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    let s = 0;
    for (let k = 0; k < ROW_LENGTH; k++) s += row[k]! * weights[k]!;
    scores[i] = Number.isFinite(s) ? s : 0;
  });
  return scores;
}

/**
 * What a sentence is worth in the summary: P(key sentence) from the fitted logistic model, times
 * words^exponent (LENGTH_EXPONENT, or LENGTH_EXPONENT_ONE for one sentence), since a longer
 * sentence that belongs carries more of the story (the exponent trades length for precision and
 * keeps the output no longer than the peers'; for one sentence the exponent is slightly negative, see
 * weights.ts), times its prose-likeness, so code, link lists and
 * number tables only come when nothing else is left.
 */
export function selectionValues(z: Float64Array, words: readonly number[], prose: Float64Array, exponent: number): Float64Array {
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) {
    out[i] = (1 / (1 + Math.exp(-z[i]!))) * Math.max(1, words[i]!) ** exponent * (0.001 + prose[i]!);
  }
  return out;
}

/**
 * Sentences that come only when nothing else is left: those that are mostly a quotation *Who said
 * what* shows, and the article's closing sentence when it is a wrap-up naming nothing new (wrap-up.ts).
 */
export function heldBack(text: string, spans: readonly Span[], quoted: Float64Array): Uint8Array {
  const held = Uint8Array.from(quoted, (q) => (q >= ECHO_SHARE ? 1 : 0));
  const last = spans[spans.length - 1];
  if (last && spans.length > 1 && isWrapUp(text.slice(last.start, last.end), text.slice(0, last.start))) held[spans.length - 1] = 1;
  return held;
}

/** What the selection needs about every sentence: its value, vector, words and whether it is held back. */
export interface Ranking {
  scores: Float64Array;
  vecs: SparseVec[];
  words: number[];
  /** Prose-likeness 0…1 (see prose.ts). */
  prose: Float64Array;
  held: Uint8Array;
}

/** Scores the sentences once; key quotes and the outline both select from this. */
export function rankSentences(text: string, spans: readonly Span[], lang: string, title: string | undefined, single: boolean, quotes: readonly DirectQuote[] = []): Ranking {
  const { rows, vecs, words, prose, quoted } = sentenceRows(text, spans, lang, title, single, quotes);
  return { scores: selectionValues(linearScores(rows), words, prose, single ? LENGTH_EXPONENT_ONE : LENGTH_EXPONENT), vecs, words, prose, held: heldBack(text, spans, quoted) };
}

/** Sentence i as a key quote: verbatim, with its offsets (a wire story's dateline left out). */
export function keyQuoteAt(text: string, spans: readonly Span[], r: Ranking, i: number): KeyQuote {
  const span = spans[i]!;
  let start = span.start;
  // A dateline opens a wire story's first sentence; it is not part of what was said.
  if (span.inBlock === 0) start += datelineLength(text.slice(span.start, span.end));
  return { text: text.slice(start, span.end), score: round(r.scores[i]!), start, end: span.end };
}

/** The `count` best sentences of the ranking in article order, each verbatim with its offsets (datelines skipped). */
export function keyQuotes(text: string, spans: readonly Span[], count: number, r: Ranking): KeyQuote[] {
  if (spans.length === 0 || count <= 0) return [];
  return selectMmr(r.scores, r.vecs, count, REDUNDANCY, r.held).map((i) => keyQuoteAt(text, spans, r, i));
}

/** Rounded so scores print and compare identically across runs and platforms. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
