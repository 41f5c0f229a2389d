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
  const counts = sentences.map(wordCounts);
  const all = new Map<string, number>();
  for (const own of counts) for (const [w, n] of own) all.set(w, (all.get(w) ?? 0) + n);
  let allSq = 0;
  for (const n of all.values()) allSq += n * n;
  return Float64Array.from(counts, (own) => cosineWithRest(own, all, allSq));
}

/** A sentence's words lower-cased as written (runs of letters and digits), with their counts. */
function wordCounts(sentence: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/**
 * Cosine of one sentence's counts with the article's counts minus its own: only the sentence's words change the rest's
 * norm, so each sentence costs its own length.
 */
function cosineWithRest(own: Map<string, number>, all: Map<string, number>, allSq: number): number {
  let dot = 0;
  let ownSq = 0;
  let restSq = allSq;
  for (const [w, o] of own) {
    const total = all.get(w)!;
    const rest = total - o;
    dot += o * rest;
    ownSq += o * o;
    restSq += rest * rest - total * total;
  }
  return ownSq > 0 && restSq > 1e-9 ? dot / Math.sqrt(ownSq * restSq) : 0;
}
