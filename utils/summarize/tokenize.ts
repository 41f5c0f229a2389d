// Turns sentences into content-term ids: words lower-cased, stopwords out, stemmed; CJK as bigrams.
import { stemmerFor } from './stem';
import { stopwordsFor } from './stopwords';

/** Sentences as arrays of term ids (repeats kept), with the shared vocabulary size. */
export interface Tokenized {
  terms: Int32Array[];
  /** Number of words (CJK: characters / 2) in each sentence, for length features. */
  words: number[];
  /** Number of those words that are stopwords (function words) of the language. */
  stopWords: number[];
  vocabSize: number;
}

// Han, Hiragana, Katakana, Hangul: scripts written without spaces, where words are not delimited.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Character classes of the BMP, filled lazily: 1 = part of a word, 2 = CJK (own token), 3 = neither.
// A regex per character would dominate the engine's time; a table lookup does not.
const charClass = new Uint8Array(0x10000);
function classOf(code: number): number {
  let c = charClass[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = CJK.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 3;
    charClass[code] = c;
  }
  return c;
}

/**
 * Global, per language: word → term key ('' for a stopword) and term key → global id. Stemming is a
 * pure function, so caching keeps results identical while the next article skips most of the work.
 * Bounded: dropped when past MAX_CACHED entries (huge or random inputs).
 */
interface LangCache {
  termOf: Map<string, number>; // word → global term id, −1 = stopword
  idOfKey: Map<string, number>; // stem or bigram → global term id
}
const caches = new Map<string, LangCache>();
const MAX_CACHED = 200_000;

function cacheFor(lang: string): LangCache {
  let c = caches.get(lang);
  if (!c || c.termOf.size + c.idOfKey.size > MAX_CACHED) caches.set(lang, (c = { termOf: new Map(), idOfKey: new Map() }));
  return c;
}

// Scratch arrays of localId (see tokenizeSentences), indexed by global term id; grown on demand.
let localOf = new Int32Array(1 << 14);
let stampOf = new Int32Array(1 << 14);
let calls = 0;
function nextCall(): number {
  if (++calls === 0x7fffffff) {
    calls = 1;
    stampOf.fill(0);
  }
  return calls;
}
function growLocal(g: number): void {
  let size = localOf.length;
  while (size <= g) size *= 2;
  const l = new Int32Array(size);
  l.set(localOf);
  const st = new Int32Array(size);
  st.set(stampOf);
  localOf = l;
  stampOf = st;
}

/** Tokenizes every sentence with one vocabulary; local term ids follow first appearance (deterministic). */
export function tokenizeSentences(sentences: readonly string[], lang: string): Tokenized {
  const stop = stopwordsFor(lang);
  const stem = stemmerFor(lang);
  const cache = cacheFor(lang);
  // global id → local dense id, in a reused typed array stamped with this call's number: a Map
  // lookup per token was the tokenizer's main cost.
  const call = nextCall();
  let localSize = 0;
  const keyId = (key: string) => {
    let g = cache.idOfKey.get(key);
    if (g === undefined) cache.idOfKey.set(key, (g = cache.idOfKey.size));
    return g;
  };
  const localId = (g: number) => {
    if (g >= localOf.length) growLocal(g);
    if (stampOf[g] === call) return localOf[g]!;
    stampOf[g] = call;
    localOf[g] = localSize;
    return localSize++;
  };
  const terms: Int32Array[] = [];
  const words: number[] = [];
  const stopWords: number[] = [];
  const buf: number[] = [];
  for (const sentence of sentences) {
    buf.length = 0;
    let nWords = 0;
    let nStop = 0;
    let cjkRun = 0;
    let prevCjk = '';
    const s = sentence.toLowerCase();
    const n = s.length;
    let i = 0;
    while (i < n) {
      const code = s.charCodeAt(i);
      const cls = code < 128 ? ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : 3) : classOf(code);
      if (cls === 2) {
        // CJK: character bigrams (a lone character stands for itself).
        const ch = s[i]!;
        if (prevCjk) buf.push(localId(keyId(prevCjk + ch)));
        else if (i + 1 >= n || classOf(s.charCodeAt(i + 1)) !== 2) buf.push(localId(keyId(ch)));
        prevCjk = ch;
        cjkRun++;
        i++;
        continue;
      }
      if (prevCjk) {
        nWords += Math.max(1, Math.round(cjkRun / 2));
        prevCjk = '';
        cjkRun = 0;
      }
      if (cls === 3) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const c = s.charCodeAt(j);
        const k = c < 128 ? ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 3) : classOf(c);
        if (k !== 1) break;
        j++;
      }
      const w = s.slice(i, j);
      i = j;
      nWords++;
      let g = cache.termOf.get(w);
      if (g === undefined) {
        g = stop.has(w) || (w.length < 2 && !(w >= '0' && w <= '9')) ? -1 : keyId(stem(w));
        cache.termOf.set(w, g);
      }
      if (g >= 0) buf.push(localId(g));
      else if (stop.has(w)) nStop++;
    }
    if (prevCjk) nWords += Math.max(1, Math.round(cjkRun / 2));
    terms.push(Int32Array.from(buf));
    words.push(nWords);
    stopWords.push(nStop);
  }
  return { terms, words, stopWords, vocabSize: localSize };
}
