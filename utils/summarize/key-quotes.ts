// Ranks the sentences of an article and returns the best `count` as verbatim key quotes.
import type { KeyQuote } from '../summary';
import { datelineLength } from './dateline';
import { FEATURE_NAMES, sentenceFeatures } from './features';
import { pagerank } from './pagerank';
import type { Span } from './segment';
import { selectMmr } from './select';
import { tokenizeSentences } from './tokenize';
import { inverseFrequencies, tfidfVectors } from './vectors';
import { REDUNDANCY, WEIGHTS } from './weights';

/** Sentence scores (higher is better) for the given spans; exported for the bench and tests. */
export function scoreSentences(text: string, spans: readonly Span[], lang: string, title?: string): { scores: Float64Array; vecs: ReturnType<typeof tfidfVectors> } {
  const texts = spans.map((s) => text.slice(s.start, s.end));
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  const tok = tokenizeSentences(hasTitle ? [...texts, title!] : texts, lang);
  const idf = inverseFrequencies(tok);
  const all = tfidfVectors(tok, idf);
  const vecs = hasTitle ? all.slice(0, texts.length) : all;
  const docTok = hasTitle ? { ...tok, terms: tok.terms.slice(0, texts.length), words: tok.words.slice(0, texts.length) } : tok;
  const rank = pagerank(vecs, tok.vocabSize);
  const rows = sentenceFeatures({
    tok: docTok,
    vecs,
    rank,
    texts,
    inBlock: spans.map((s) => s.inBlock),
    title: hasTitle ? all[texts.length]! : null,
  });
  const scores = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    let s = 0;
    for (let k = 0; k < FEATURE_NAMES.length; k++) s += row[k]! * WEIGHTS[k]!;
    scores[i] = Number.isFinite(s) ? s : 0;
  });
  return { scores, vecs };
}

/** The `count` best sentences in article order, each verbatim with its offsets (datelines skipped). */
export function keyQuotes(text: string, spans: readonly Span[], count: number, lang: string, title?: string): KeyQuote[] {
  if (spans.length === 0 || count <= 0) return [];
  const { scores, vecs } = scoreSentences(text, spans, lang, title);
  const picked = selectMmr(scores, vecs, count, REDUNDANCY);
  return picked.map((i) => {
    const span = spans[i]!;
    let start = span.start;
    // A dateline opens a wire story's first sentence; it is not part of what was said.
    if (span.inBlock === 0) start += datelineLength(text.slice(span.start, span.end));
    return { text: text.slice(start, span.end), score: round(scores[i]!), start, end: span.end };
  });
}

/** Rounded so scores print and compare identically across runs and platforms. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
