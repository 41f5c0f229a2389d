// How much a sentence is worded like the rest of its article: the cosine of their word counts, as written.

/**
 * For each sentence, the cosine between its word counts and those of all the other sentences
 * together; words lower-cased as written (runs of letters and digits), function words included, no
 * stemming, no idf. A one-sentence standfirst retells the article in the article's own phrasing:
 * its recurring names and also the little words that bind them ("le gouvernement a", "de la"),
 * which is what ROUGE counts. The content-term features (centroid, pagerank) drop those words,
 * stem the rest and weight by idf, and they count the sentence itself in the centroid, which favours
 * long sentences; here the sentence is left out of what it is compared with. The 2-fold CV of
 * tests/bench/fit-weights.ts chose it, as a one-sentence feature, over the same cosine on content
 * terms, on function words alone, on word pairs, or with the rest weighted towards the lead (with
 * the sentence left in it scored the same: left out, a sentence is never its own evidence). Linear in
 * the words: one count per word and sentence.
 */
export function restWordCosine(sentences: readonly string[]): Float64Array {
  const idOf = new Map<string, number>();
  const ids = sentences.map((s) => Int32Array.from(s.toLowerCase().match(WORD) ?? [], (w) => idOf.get(w) ?? idOf.set(w, idOf.size).size - 1));
  const all = new Float64Array(idOf.size);
  for (const t of ids) for (let k = 0; k < t.length; k++) all[t[k]!]!++;
  let allSq = 0;
  for (let k = 0; k < all.length; k++) allSq += all[k]! * all[k]!;
  const own = new Float64Array(idOf.size); // the sentence's counts, reset through its own ids
  return Float64Array.from(ids, (t) => {
    for (let k = 0; k < t.length; k++) own[t[k]!]!++;
    const c = cosineWithRest(t, own, all, allSq);
    for (let k = 0; k < t.length; k++) own[t[k]!] = 0;
    return c;
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Cosine of one sentence's counts (`own`, over its ids `t`) with the article's counts minus its own:
 * only the sentence's words change the rest's norm, so each sentence costs its own length.
 */
function cosineWithRest(t: Int32Array, own: Float64Array, all: Float64Array, allSq: number): number {
  let dot = 0;
  let ownSq = 0;
  let restSq = allSq;
  for (let k = 0; k < t.length; k++) {
    const id = t[k]!;
    const o = own[id]!;
    if (o < 0) continue; // this word was already counted (marked below)
    const rest = all[id]! - o;
    dot += o * rest;
    ownSq += o * o;
    restSq += rest * rest - all[id]! * all[id]!;
    own[id] = -o;
  }
  return ownSq > 0 && restSq > 1e-9 ? dot / Math.sqrt(ownSq * restSq) : 0;
}
