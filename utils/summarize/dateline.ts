// Finds a leading news dateline ("WASHINGTON, June 17 (Reuters) – ") so key quotes can skip it.

// City in capitals (with optional ", date" and "(Agency)"), or any place followed by "(Agency)",
// then a dash. The dash is required: without it we cannot tell a dateline from a sentence start.
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}.'’\- ]{1,40}\p{Lu}\.?(?:\/\p{Lu}[\p{Lu}.'’\- ]*)?(?:,\s*[^–—()\n]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?)|(?:\p{Lu}[\p{L}.'’\- ]{1,40}(?:,\s*[^–—()\n]{1,40}?)?\s*\((?:Reuters|AFP|AP|dpa|EFE|ANSA|Bloomberg|Xinhua|Belga|ANP|Lusa|Agence France-Presse|Associated Press)\)))\s*(?:[–—]|-{1,2})\s+/u;

/** Length of the dateline at the start of `sentence` (0 when there is none). */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  // Leave at least a few words: a "dateline" that is the whole sentence is not one.
  const rest = sentence.slice(m[0].length);
  return /[\p{L}\p{N}]+\s+[\p{L}\p{N}]+/u.test(rest) ? m[0].length : 0;
}
