// Where a word stands as a whole word in a text ("Ukraine" in "Ukraine’s", never "Russia" in "Russian").

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether `word` at `at` in `text` is neither preceded nor followed by a letter, mark or digit. */
function isWholeAt(text: string, word: string, at: number): boolean {
  return !WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[at + word.length] ?? ' ');
}

/** Each position where `word` stands as a whole word in `text`, in order; lazy, so a caller can stop at the answer. */
export function* wholeWordPositions(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (isWholeAt(text, word, at)) yield at;
}

/** Whether `word` stands as a whole word somewhere in `text` (stops at the first). */
export function hasWholeWord(text: string, word: string): boolean {
  return !wholeWordPositions(text, word).next().done;
}
