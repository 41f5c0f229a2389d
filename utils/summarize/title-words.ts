// How much of the title's wording a sentence repeats: its share of the title's words, as written.
import { hasWholeWord } from './whole-word';

/** The title's distinct words, lower-cased (runs of letters and digits; function words included). */
export function titleWords(title: string): string[] {
  return [...new Set(title.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * For each sentence, the share of the title's words it contains as whole words, as written: no
 * stemming, function words included. A one-sentence summary restates the headline in its own
 * phrases ("le parquet demande", "pour 12 suspects"), and the words that bind a phrase count as
 * much as its names; the stemmed content-term features (title, titleCover) miss that. The 2-fold CV
 * of tests/bench/fit-weights.ts chose it over the content words alone or stemmed. Cost: a substring
 * search per title word and sentence.
 */
export function titleWordShare(sentences: readonly string[], words: readonly string[]): Float64Array {
  if (words.length === 0) return new Float64Array(sentences.length);
  return Float64Array.from(sentences, (s) => {
    const lower = s.toLowerCase();
    let hits = 0;
    for (const w of words) if (hasWholeWord(lower, w)) hits++;
    return hits / words.length;
  });
}
