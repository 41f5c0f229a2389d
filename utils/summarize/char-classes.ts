// Character classes of single UTF-16 code units by lookup, for hot loops where a one-character regex test costs too much.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Per code unit: 1 = letter or digit, 2 = not (filled lazily; a lone surrogate is neither, as for the regex).
const wordTable = new Uint8Array(0x10000);

/** Same as /[\p{L}\p{N}]/u.test(String.fromCharCode(code)). */
export function isWordUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let k = wordTable[code]!;
  if (k === 0) wordTable[code] = k = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}

/** Same as /\s/.test(String.fromCharCode(code)): the code units JavaScript counts as white space. */
export function isSpaceUnit(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `s` without its leading white space and characters of `marks` (as a /^[\s…]+/u replace would cut it). */
export function trimStartOf(s: string, marks: string): string {
  let i = 0;
  while (i < s.length && (isSpaceUnit(s.charCodeAt(i)) || marks.includes(s[i]!))) i++;
  return i === 0 ? s : s.slice(i);
}

/** `s` without its trailing characters of `marks`, and white space unless `spaces` is false. */
export function trimEndOf(s: string, marks: string, spaces = true): string {
  let end = s.length;
  while (end > 0 && ((spaces && isSpaceUnit(s.charCodeAt(end - 1))) || marks.includes(s[end - 1]!))) end--;
  return end === s.length ? s : s.slice(0, end);
}
