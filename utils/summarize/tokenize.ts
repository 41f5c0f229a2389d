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
// Cheap pre-check: CJK scripts live at U+2E80 and above; most runs never reach the Unicode test.
const HIGH = /[\u2e80-\ud7ff\uf900-\ufaff\uff66-\uff9f]|[\ud840-\ud87f]/;

// word → stem ('' for a stopword), per language, shared across calls. Stemming is a pure function, so
// caching keeps results identical while skipping most of the work on the next article. Bounded: the
// cache is dropped when it grows past MAX_CACHED words (huge or random inputs).
const stemCache = new Map<string, Map<string, string>>();
const MAX_CACHED = 200_000;

function termCache(lang: string): Map<string, string> {
  let c = stemCache.get(lang);
  if (!c || c.size > MAX_CACHED) stemCache.set(lang, (c = new Map()));
  return c;
}

/** Tokenizes every sentence with one vocabulary of stems. */
export function tokenizeSentences(sentences: readonly string[], lang: string): Tokenized {
  const stop = stopwordsFor(lang);
  const stem = stemmerFor(lang);
  const cache = termCache(lang);
  const vocab = new Map<string, number>();
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
    RUN.lastIndex = 0;
    const lower = sentence.toLowerCase();
    for (let m = RUN.exec(lower); m; m = RUN.exec(lower)) {
      const w = m[0];
      if (HIGH.test(w) && CJK.test(w)) {
        nWords += cjkBigrams(w, buf, idOf);
        continue;
      }
      nWords++;
      let t = cache.get(w);
      if (t === undefined) {
        t = stop.has(w) || (w.length < 2 && !(w >= '0' && w <= '9')) ? '' : stem(w);
        cache.set(w, t);
      }
      if (t !== '') buf.push(idOf(t));
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
