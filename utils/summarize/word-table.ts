// An open-addressed word → integer table that looks words up in place (a range of a string), with no substring.
// Each slot is one 4-int record (hash, length, offset of the word's characters, value) and the
// characters live in one packed arena: a lookup touches one record and one arena run, where a
// table of string keys touched the hash array, the key array, the key string and the value array
// (four cache misses on a large table, the tokenizer's main cost).

export interface WordTable {
  mask: number; // slots − 1 (slots a power of two)
  size: number;
  rec: Int32Array; // 4 ints per slot: hash (0 = empty), length, arena offset, value
  arena: Uint16Array;
  used: number; // arena characters in use
}

export function newWordTable(slots = 1 << 9): WordTable {
  return { mask: slots - 1, size: 0, rec: new Int32Array(slots * 4), arena: new Uint16Array(slots * 8), used: 0 };
}

/**
 * Record index (slot × 4) of the word s[a, b) with hash h (never 0): its own record when present,
 * else the empty one where it goes. `t.rec[i] === 0` tells which.
 */
export function findWord(t: WordTable, s: string, a: number, b: number, h: number): number {
  const len = b - a;
  const rec = t.rec;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const i = slot << 2;
    const hs = rec[i]!;
    if (hs === 0) return i;
    if (hs !== h || rec[i + 1] !== len) continue;
    const arena = t.arena;
    const off = rec[i + 2]!;
    let k = 0;
    while (k < len && arena[off + k] === s.charCodeAt(a + k)) k++;
    if (k === len) return i;
  }
}

/** Stores the word s[a, b) with hash h and `value` at the empty record `i` found by findWord. */
export function insertWord(t: WordTable, i: number, s: string, a: number, b: number, h: number, value: number): void {
  const len = b - a;
  if (t.used + len > t.arena.length) {
    const arena = new Uint16Array(Math.max(2 * t.arena.length, t.used + len));
    arena.set(t.arena);
    t.arena = arena;
  }
  const off = t.used;
  for (let k = 0; k < len; k++) t.arena[off + k] = s.charCodeAt(a + k);
  t.used += len;
  if (2 * (t.size + 1) > t.mask + 1) {
    grow(t);
    i = findWord(t, s, a, b, h);
  }
  t.rec[i] = h;
  t.rec[i + 1] = len;
  t.rec[i + 2] = off;
  t.rec[i + 3] = value;
  t.size++;
}

/** Doubles the slots and rehashes, so probes stay short (the arena is kept as is). */
function grow(t: WordTable): void {
  const old = t.rec;
  const slots = (t.mask + 1) * 2;
  const rec = new Int32Array(slots * 4);
  const mask = slots - 1;
  for (let i = 0; i < old.length; i += 4) {
    const h = old[i]!;
    if (h === 0) continue;
    let j = h & mask;
    while (rec[j << 2] !== 0) j = (j + 1) & mask;
    rec.set(old.subarray(i, i + 4), j << 2);
  }
  t.rec = rec;
  t.mask = mask;
}
