// Turns sentences into content-term ids: words lower-cased, function words out, stemmed; CJK as bigrams.
import { stemmerFor } from './stem';
import { functionWordsFor } from './stopwords';
import { findWord, insertWord, newWordTable, type WordTable } from './word-table';

/** Sentences as arrays of term ids (repeats kept), with the shared vocabulary size. */
export interface Tokenized {
  terms: Int32Array[];
  /** Number of words (CJK: characters / 2) in each sentence, for length features. */
  words: number[];
  /** Number of those words that are function words of the language. */
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
 * Global, per language: word → global term id (−1 function word, −2 dropped), and term key → global id.
 * Stemming is a pure function, so caching keeps results identical while the next article skips most
 * of the work. The word table hashes the word while it is scanned and compares it in place (see
 * word-table.ts). Bounded: dropped when past MAX_CACHED entries (huge or random inputs).
 */
interface LangCache {
  words: WordTable;
  idOfKey: Map<string, number>; // stem or bigram → global term id
}
const STOP = -1;
const DROPPED = -2;
const caches = new Map<string, LangCache>();
const MAX_CACHED = 200_000;

/** Drops the cross-call word caches (for measuring a cold start; results never depend on them). */
export function clearTermCaches(): void {
  caches.clear();
}

function cacheFor(lang: string): LangCache {
  let c = caches.get(lang);
  if (!c || c.words.size + c.idOfKey.size > MAX_CACHED) caches.set(lang, (c = { words: newWordTable(), idOfKey: new Map() }));
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
// Term ids of the sentence being tokenized, copied out once it ends.
let scratch: Int32Array<ArrayBuffer> = new Int32Array(1 << 12);
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
  const stop = functionWordsFor(lang);
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
  const words: number[] = [];
  const stopWords: number[] = [];
  // Every sentence's ids go into one scratch run, cut into views at the end: a typed array per
  // sentence would cost an off-heap allocation each.
  const starts: number[] = [];
  let used = 0;
  for (const sentence of sentences) {
    starts.push(used);
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
        const key = prevCjk ? prevCjk + ch : i + 1 >= n || classOf(s.charCodeAt(i + 1)) !== 2 ? ch : '';
        if (key) {
          if (used === scratch.length) scratch = grow(scratch);
          scratch[used++] = localId(keyId(key));
        }
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
      // Scan the word and hash it (FNV-1a) in the same pass; 0 marks an empty slot, so never 0.
      let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      let j = i + 1;
      while (j < n) {
        const c = s.charCodeAt(j);
        const k = c < 128 ? ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 3) : classOf(c);
        if (k !== 1) break;
        h = Math.imul(h ^ c, 0x01000193);
        j++;
      }
      if (h === 0) h = 1;
      nWords++;
      const t = cache.words;
      const r = findWord(t, s, i, j, h);
      let g: number;
      if (t.rec[r] !== 0) g = t.rec[r + 3]!;
      else {
        const w = s.slice(i, j);
        g = stop.has(w) ? STOP : w.length < 2 && !(w >= '0' && w <= '9') ? DROPPED : keyId(stem(w));
        insertWord(t, r, s, i, j, h, g);
      }
      i = j;
      if (g >= 0) {
        if (used === scratch.length) scratch = grow(scratch);
        scratch[used++] = localId(g);
      } else if (g === STOP) nStop++;
    }
    if (prevCjk) nWords += Math.max(1, Math.round(cjkRun / 2));
    words.push(nWords);
    stopWords.push(nStop);
  }
  const all = scratch.slice(0, used);
  const terms: Int32Array[] = starts.map((a, k) => all.subarray(a, k + 1 < starts.length ? starts[k + 1]! : used));
  return { terms, words, stopWords, vocabSize: localSize };
}
