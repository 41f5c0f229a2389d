// One notion of "the same text": soft hyphens and zero-width spaces vanish, any run of white
// space (NBSP included) is one space. Shared by extraction, page text, saved quotes and search.

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/;
const SPACE = /[\s\u00A0]/;

export const isInvisible = (ch: string) => INVISIBLE.test(ch);
export const isSpace = (ch: string) => SPACE.test(ch);

export function normalizeText(s: string): string {
  return s.replace(/[\u00AD\u200B\u2060\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Text without any white space: compares a DOM range's text with page text across block breaks. */
export function squash(s: string): string {
  return s.replace(/[\s\u00A0\u00AD\u200B\u2060\uFEFF]+/g, '');
}
