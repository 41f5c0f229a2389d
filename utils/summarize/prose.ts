// Prose-likeness: tells sentences of prose from code, link lists, tables of numbers and symbol lines.
// Key quotes are things a person wrote to be read; a code fragment ranks high on term statistics
// (its identifiers repeat) but is no summary. Cheap: one pass over the characters, no regex per token.

/**
 * 1 for ordinary prose, down to 0 for text that is mostly symbols, digits, brackets or braces, or
 * that has no function word at all (a run of names, links or identifiers). `words` is the sentence's
 * word count and `stopwords` how many of them are function words of its language.
 */
export function proseLikeness(s: string, words: number, stopwords: number, hasStopwordList: boolean): number {
  let letters = 0;
  let digits = 0;
  let brackets = 0;
  let symbols = 0;
  let visible = 0;
  let capStarts = 0; // words starting with a capital (A-Z)
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) {
      prevSpace = true;
      continue;
    }
    if (prevSpace && c >= 65 && c <= 90) capStarts++;
    prevSpace = false;
    visible++;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 123 || c === 125 || c === 91 || c === 93 || c === 60 || c === 62) brackets++; // { } [ ] < >
    else if (c === 61 || c === 59 || c === 124 || c === 92 || c === 95 || c === 42 || c === 35 || c === 36 || c === 38 || c === 94 || c === 126 || c === 96 || c === 47)
      symbols++; // = ; | \ _ * # $ & ^ ~ ` /
    else if (c >= 0xc0) letters++; // other scripts: count as letters (CJK prose has no spaces or stopwords)
  }
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
