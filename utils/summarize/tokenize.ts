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
 * Global, per language: word → global term id (−1 stopword, −2 dropped), and term key → global id.
 * Stemming is a pure function, so caching keeps results identical while the next article skips most
 * of the work. The word table is open-addressed on a hash computed while the word is scanned, and
 * compares characters in place: no substring and no Map lookup per token, which were the tokenizer's
 * main cost. Bounded: dropped when past MAX_CACHED entries (huge or random inputs).
 */
interface LangCache {
  words: WordTable;
  idOfKey: Map<string, number>; // stem or bigram → global term id
}
interface WordTable {
  mask: number;
  size: number;
  keys: string[]; // a packed array ('' where empty) reads faster than one with holes
  hashes: Int32Array; // 0 = empty slot
  vals: Int32Array;
}
const STOP = -1;
const DROPPED = -2;
const caches = new Map<string, LangCache>();
const MAX_CACHED = 200_000;

function newTable(capacity: number): WordTable {
  return { mask: capacity - 1, size: 0, keys: new Array<string>(capacity).fill(''), hashes: new Int32Array(capacity), vals: new Int32Array(capacity) };
}

/** Drops the cross-call word caches (for measuring a cold start; results never depend on them). */
export function clearTermCaches(): void {
  caches.clear();
}

function cacheFor(lang: string): LangCache {
  let c = caches.get(lang);
  if (!c || c.words.size + c.idOfKey.size > MAX_CACHED) caches.set(lang, (c = { words: newTable(1 << 12), idOfKey: new Map() }));
  return c;
}

/** Slot of the word s[a, b) with hash h: its own slot when cached, else the empty slot where it goes. */
function findSlot(t: WordTable, s: string, a: number, b: number, h: number): number {
  const len = b - a;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    // The compact hash array first: most probes end there without touching the key string.
    const hs = t.hashes[slot]!;
    if (hs === 0) return slot;
    if (hs !== h) continue;
    const key = t.keys[slot]!;
    if (key.length !== len) continue;
    let k = 0;
    while (k < len && key.charCodeAt(k) === s.charCodeAt(a + k)) k++;
    if (k === len) return slot;
  }
}

function insertWord(c: LangCache, slot: number, key: string, h: number, val: number): void {
  let t = c.words;
  if (2 * (t.size + 1) > t.mask + 1) {
    // Grow ×2 and rehash, so probes stay short.
    const old = t;
    t = c.words = newTable((old.mask + 1) * 2);
    for (let i = 0; i <= old.mask; i++) {
      const k = old.keys[i]!;
      if (old.hashes[i] === 0) continue;
      let j = old.hashes[i]! & t.mask;
      while (t.hashes[j] !== 0) j = (j + 1) & t.mask;
      t.keys[j] = k;
      t.hashes[j] = old.hashes[i]!;
      t.vals[j] = old.vals[i]!;
    }
    t.size = old.size;
    slot = findSlot(t, key, 0, key.length, h);
  }
  t.keys[slot] = key;
  t.hashes[slot] = h;
  t.vals[slot] = val;
  t.size++;
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
      const slot = findSlot(t, s, i, j, h);
      let g: number;
      if (t.hashes[slot] !== 0) g = t.vals[slot]!;
      else {
        const w = s.slice(i, j);
        g = stop.has(w) ? STOP : w.length < 2 && !(w >= '0' && w <= '9') ? DROPPED : keyId(stem(w));
        insertWord(cache, slot, w, h, g);
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
