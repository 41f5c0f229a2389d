// Prose-likeness: tells sentences of prose from code, link lists, tables of numbers and symbol lines.
// Key quotes are things a person wrote to be read; a code fragment ranks high on term statistics
// (its identifiers repeat) but is no summary. Cheap: it reads the sentence's one character pass (char-stats).
import { charStats, type CharStats } from './char-stats';

/**
 * 1 for ordinary prose, down to 0 for text that is mostly symbols, digits, brackets or braces, or
 * that has no function word at all (a run of names, links or identifiers). `words` is the sentence's
 * word count and `stopwords` how many of them are function words of its language; `stats` its
 * character statistics, when the caller has them already.
 */
export function proseLikeness(s: string, words: number, stopwords: number, hasStopwordList: boolean, stats: CharStats = charStats(s)): number {
  const { letters, brackets, symbols, visible, capStarts } = stats;
  if (visible === 0) return 0;
  let score = 1;
  const letterShare = letters / visible;
  if (letterShare < 0.6) score *= Math.max(0, (letterShare - 0.3) / 0.3); // digits and symbols
  const odd = (2 * brackets + symbols) / visible;
  if (odd > 0.03) score *= Math.max(0, 1 - (odd - 0.03) / 0.07); // braces, brackets, operators
  // Prose of a language with a stopword list uses function words; a long run without any is a list.
  if (hasStopwordList && words >= 6 && stopwords === 0) score *= 0.2;
  // Navigation and link lists: nearly every word capitalised and no closing punctuation.
  if (words >= 6 && capStarts >= 0.8 * words && !/[.!?…]["'”’»)]*$/u.test(s)) score *= 0.2;
  return score;
}
