// Nicknames in quotation marks inside a name (Marcia "Cia" Price) belong to the name, not to the quotations.

// One capitalised word in double quotation marks, between a capitalised word (or an initial) and the
// capitalised surname: `Rep. Robert C. "Bobby" Scott`. Lower-case or several words in the marks, or no
// name on either side, and it is a quotation ("Bobby!" chanted the crowd).
// The mark comes first so that only marks are looked behind.
const NICKNAME = /["“](?<=(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*\.?\s+["“])\p{Lu}[\p{L}\p{M}'’.-]*["”](?=\s+\p{Lu}\p{Ll})/gu;

/**
 * The text with each nickname and its marks blanked to spaces, so the name reads "Marcia Price" and the
 * marks open no quotation. Offsets are unchanged: what is found in it points into the original text.
 */
export function withoutNicknames(text: string): string {
  return text.replace(NICKNAME, (m) => ' '.repeat(m.length));
}
