// Turns sentences into content-term ids: words lower-cased, stopwords out, stemmed; CJK as bigrams.
import { stemmerFor } from './stem';
import { stopwordsFor } from './stopwords';

/** Sentences as arrays of term ids (repeats kept), with the shared vocabulary size. */
export interface Tokenized {
  terms: Int32Array[];
  /** Number of words (CJK: characters / 2) in each sentence, for length features. */
  words: number[];
  vocabSize: number;
}

// Han, Hiragana, Katakana, Hangul: scripts written without spaces, where words are not delimited.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /[\p{L}\p{N}]+/gu;

/** Tokenizes every sentence with one vocabulary. Stems are memoised per call (a word stems once). */
export function tokenizeSentences(sentences: readonly string[], lang: string): Tokenized {
  const stop = stopwordsFor(lang);
  const stem = stemmerFor(lang);
  const vocab = new Map<string, number>();
  const seen = new Map<string, number>(); // surface word → term id (−1: stopword)
  const idOf = (key: string) => {
    let id = vocab.get(key);
    if (id === undefined) vocab.set(key, (id = vocab.size));
    return id;
  };
  const terms: Int32Array[] = [];
  const words: number[] = [];
  const buf: number[] = [];
  for (const sentence of sentences) {
    buf.length = 0;
    let nWords = 0;
    for (const m of sentence.toLowerCase().matchAll(RUN)) {
      const w = m[0];
      if (CJK.test(w)) {
        nWords += cjkBigrams(w, buf, idOf);
        continue;
      }
      nWords++;
      let id = seen.get(w);
      if (id === undefined) {
        id = stop.has(w) || (w.length < 2 && !/\d/.test(w)) ? -1 : idOf(stem(w));
        seen.set(w, id);
      }
      if (id >= 0) buf.push(id);
    }
    terms.push(Int32Array.from(buf));
    words.push(nWords);
  }
  return { terms, words, vocabSize: vocab.size };
}

/**
 * Character bigrams of a run mixing CJK and other letters: CJK characters pair with their neighbour,
 * other letters form words. Returns the "word" count (half the CJK characters, at least one).
 */
function cjkBigrams(run: string, out: number[], idOf: (k: string) => number): number {
  const chars = Array.from(run);
  let count = 0;
  let latin = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!CJK.test(c)) {
      latin += c;
      continue;
    }
    if (latin) {
      out.push(idOf(latin));
      latin = '';
      count++;
    }
    const next = chars[i + 1];
    if (next !== undefined && CJK.test(next)) out.push(idOf(c + next));
    else if (i === 0 || !CJK.test(chars[i - 1]!)) out.push(idOf(c)); // a lone CJK character
    count += 0.5;
  }
  if (latin) {
    out.push(idOf(latin));
    count++;
  }
  return Math.max(1, Math.round(count));
}
