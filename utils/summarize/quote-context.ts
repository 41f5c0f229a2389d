// The text around a quotation: its paragraph, the sentence it opens in, the words just before and after it.
import { AFTER_WINDOW } from './attribution';
import { lastSentenceStart } from './names';
import { REOPENED_ON_SAME_LINE } from './quote-spans';

/** Whether the quotation from `open` to `end` is all of the paragraph starting at `paragraph`. */
export function isWholeParagraph(text: string, paragraph: number, open: number, end: number): boolean {
  return text.slice(paragraph, open).trim() === '' && endsParagraph(text, end);
}

/**
 * Whether only closing marks and punctuation follow `end` in its paragraph, or the mark that reopens the quotation in the next
 * paragraph, where a page lost the break between them (`…everybody. "It's because…`, quote-spans.ts paragraphsOf).
 */
export function endsParagraph(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return /^[\s"”’».,!?]*$/u.test(rest) || BREAK_LOST.test(rest);
}

// A sentence's end (or the words' last mark), then the quotation's next paragraph, reopened.
const BREAK_LOST = new RegExp(String.raw`^[.!?]?${REOPENED_ON_SAME_LINE}`, 'u');

export function sameParagraph(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

/** A paragraph opening with a quotation may be introduced by the paragraph before, when that ends with a colon ("He said:"). */
export function introBefore(text: string, open: number): string {
  const end = text.lastIndexOf('\n', open);
  if (end < 0) return '';
  const previous = text.slice(text.lastIndexOf('\n', text.slice(0, end).trimEnd().length - 1) + 1, end).trimEnd();
  return previous.endsWith(':') ? previous : '';
}

/** The words of the sentence a quotation opens in, before its mark ('' when the quotation opens the sentence). */
export function sentenceBefore(block: string): string {
  if (/[.!?]["”’»“]?\s*$/u.test(block)) return '';
  // lastSentenceStart, not any dot before a capital: "new U.N. sanctions “…”" and "Sen. Tim Kaine, D-Va., as “…”" are one sentence.
  return block.slice(lastSentenceStart(block, block.length));
}

/**
 * True when the quotation mark at `open` starts a sentence (block start or after . ! ? and a space), perhaps
 * after a connective alone: "“…,” he said outside the building. But “Donald Trump’s candidacy is strengthened…”".
 */
export function opensSentence(text: string, open: number): boolean {
  let i = pastSpaces(text, open);
  const connective = CONNECTIVE_AT_END.exec(text.slice(Math.max(0, i - 6), i));
  if (connective) i = pastSpaces(text, i - connective[0].length);
  return i === 0 || /[.!?\n"”»]/u.test(text[i - 1]!);
}
const CONNECTIVE_AT_END = /(?<![\p{L}])(?:But|And|Still|Yet|So)$/u;

/** `at`, moved back over the spaces right before it. */
function pastSpaces(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\u00a0')) at--;
  return at;
}

/** The rest of the block from `from`, cut where attributionAfter stops reading (no need to find a long paragraph's end). */
export function textAfter(text: string, from: number): string {
  const window = text.slice(from, from + AFTER_WINDOW);
  const lineEnd = window.indexOf('\n');
  return lineEnd < 0 ? window : window.slice(0, lineEnd);
}

// A comma closing the words, inside or outside the mark, then the sentence going on with a word: where an attribution stands.
const UNREAD_ATTRIBUTION = /^(?:,\s*["”’»]|["”’»]\s*,)\s+\p{L}/u;

/**
 * Whether the quotation ending at `end` has an attribution the engine could not read: a comma closes the words and their
 * sentence goes on ("“…,” chanted the crowd", "“…,” came the reply from the Clinton camp"). Its words are then no one's
 * who spoke in the sentence before. (Used for English only: French inverts a verb there, often with a description of the
 * one just named, "…!", déplorait l'Antibois.)
 */
export function attributionUnread(text: string, end: number): boolean {
  return UNREAD_ATTRIBUTION.test(text.slice(end, end + 6));
}
