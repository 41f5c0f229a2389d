// Which <br> line breaks inside a block start a new paragraph: "<b>Store Consumer<br></b> The Store Consumer is…".
import { normalizeText } from '../normalize-text';

// The line before ends a sentence or introduces what follows.
const ENDS_SENTENCE = /[.!?:;…。！？]["”»’)\]]?$/u;
// The line after opens like a sentence or a label: a capital or a digit, perhaps after an opening mark.
const OPENS_LINE = /^["“«‘(]?[\p{Lu}\p{N}]/u;
// The line before stops mid-phrase: a comma, a dash, a hyphen, or a word that needs what follows ("delivered to<br>your door").
const MID_PHRASE = /(?:[,\-–—&/]|(?<![\p{L}])(?:a|an|the|and|or|of|to|in|for|with|by|on|at|from|de|la|le|et|der|die|das|und)\s*)$/iu;
/** A line this short, with no stop, is a label or a heading run into its paragraph ("Fallakte (eFA)<br>Die eFA ist…"). */
const LABEL_WORDS = 8;

const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

/**
 * Whether a line break between two lines (each normalized) separates paragraphs: the next line opens
 * like a sentence, and the line before either ends a sentence or is a short label. A break inside a
 * sentence ("…weekly magazine, delivered<br>to your door") is only the page's wrapping: a space.
 */
export function breaksParagraph(before: string, after: string): boolean {
  if (!before || !OPENS_LINE.test(after)) return false;
  return ENDS_SENTENCE.test(before) || (wordCount(before) <= LABEL_WORDS && !MID_PHRASE.test(before));
}

/**
 * A block's text cut at its line breaks (`breaks`: offsets into `text`, ascending) into the paragraphs
 * a reader sees, each normalized; the lines of one paragraph are joined by a space.
 */
export function paragraphsAtBreaks(text: string, breaks: readonly number[]): string[] {
  const out: string[] = [];
  let current = '';
  let from = 0;
  for (const at of [...breaks, text.length]) {
    const line = normalizeText(text.slice(from, at));
    from = at;
    if (!line) continue;
    if (current && breaksParagraph(current, line)) {
      out.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
