// Finds quotation marks that pair up in a block: “…” «…» »…« „…“ „…” ‚…‘ "…" and ‘…’ (not apostrophes).
import { isSpaceUnit, isWordUnit } from './char-classes';

/** A quotation: its marks' positions (open at `open`, closing mark at `close`) in the text. */
export interface QuoteSpan {
  open: number;
  close: number;
  /** The quotation goes on in the next paragraph: `close` is its own paragraph's end, where no mark is. */
  runsOn?: true;
  /** An attribution set inside the marks follows (an incise, incises.ts), from its comma or dash at `close` to here. */
  inciseTo?: number;
  /** The words follow an incise: `open` is the incise's last character, where no mark is. */
  afterIncise?: true;
}

/** True when only spaces stand between the start of the block and position `i`. */
function opensBlock(text: string, i: number): boolean {
  const start = text.lastIndexOf('\n', i - 1) + 1;
  return text.slice(start, i).trim() === '';
}

/**
 * Whether the mark at `i` opens its block's words, follows an introduction's colon ("Jay-Z said: “…" running on to the next
 * paragraph) or opens a sentence ("…, Indyk said. “That has nothing to do with… anymore." and the next paragraph "“That could…”").
 */
function opensBlockOrIntroduced(text: string, i: number): boolean {
  return opensBlock(text, i) || /(?::|[.!?]["”’]?)\s*$/u.test(text.slice(Math.max(0, i - 3), i));
}

const CLOSER: Readonly<Record<string, string>> = {
  '“': '”“', // English curly (also the German closing mark, handled below); “ closes only as a typed-over ” (findCloser)
  '„': '“”"', // German/Dutch/Polish low-high: closes with “ or ” (or a straight mark from an editing tool)
  '«': '»',
  '»': '«', // German books and some papers: »…«
  '‚': '‘’', // German single low-high: ‚…‘
  '"': '"',
  '‘': '’',
  '‹': '›',
};

/** Longest quotation we accept (characters): a missing closing mark must not swallow an article. */
const MAX_QUOTE = 3000;

// The opening marks (CLOSER's keys): the scan jumps from one to the next instead of testing every character.
const OPENERS = /["«‘“„‹»‚]/g;
const ELIDED_YEAR = /^\d\d(?!\d)/u;
// Per opening mark: its closing marks or a line break, whichever comes first.
const CLOSER_OR_BREAK: Readonly<Record<string, RegExp>> = Object.fromEntries(Object.entries(CLOSER).map(([open, closers]) => [open, new RegExp(`[\\n${closers}]`, 'g')]));

/**
 * Scans each block (line) left to right. A single ‘ opens only after a space or start and its ’ must
 * be followed by a non-letter, so apostrophes (don’t, l’État) are not taken for quotation marks.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const n = text.length;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '‘' && i > 0 && isWordUnit(text.charCodeAt(i - 1))) continue;
    // A year with its century left out, its apostrophe curled the wrong way: "in ‘08", "the class of ‘92".
    if (c === '‘' && ELIDED_YEAR.test(text.slice(i + 1, i + 4))) continue;
    // »…« only as German writes it, the marks against the words (»Wir…«): a French closing » is followed by a space.
    if (c === '»' && (i + 1 >= n || isSpaceUnit(text.charCodeAt(i + 1)) || (i > 0 && isWordUnit(text.charCodeAt(i - 1))))) continue;
    // Straight quote: an opener must not follow a letter/digit (a closer or inches) nor precede a space
    // (a closer: `lies." Chairman`), else one stray mark would shift every later pair.
    if (c === '"' && ((i > 0 && isWordUnit(text.charCodeAt(i - 1)) && !lostSpaceBefore(text, i)) || i + 1 >= n || isSpaceUnit(text.charCodeAt(i + 1)) || closesOnPunctuation(text, i))) continue;
    // Mixed marks from an editing tool: a curly opening mark closed by a straight one (“…"), also
    // when a curly closing mark comes later (“…," he said. "…”), and a straight one closed by a curly one.
    let close = findCloser(text, i + 1, c, CLOSER_OR_BREAK[c]!);
    if (c === '“') {
      const straight = findCloser(text, i + 1, '"', STRAIGHT_OR_BREAK);
      if (straight >= 0 && (close < 0 || (straight < close && !isSpaceUnit(text.charCodeAt(straight - 1)) && firstStraightCloses(text, i, straight)))) close = straight;
    }
    if (c === '"') {
      // "…,” said X. "…": a curly closing mark before the next straight one closes (unless a curly quotation opened inside).
      const curly = findCloser(text, i + 1, '”', CURLY_OR_BREAK);
      if (curly >= 0 && (close < 0 || (curly < close && !text.slice(i + 1, curly).includes('“')))) close = curly;
    }
    // A mark that lost its space opens only words closed by the next straight mark: else it is a stray one
    // (`selon Géant Casino"Une tomate…` whose closing mark the page lost, before `: "Putain mais QUI…"`).
    if (c === '"' && close >= 0 && isWordUnit(text.charCodeAt(i - 1)) && !firstStraightCloses(text, i, close)) continue;
    if (close < 0) {
      // News style: a quotation running over paragraphs opens each one with a mark and closes only
      // the last. A paragraph that opens a quotation it never closes (at its start, or after a colon that introduces
      // it), followed by one that opens with the same mark, is a quotation to its end.
      const end = text.indexOf('\n', i);
      const blockEnd = end < 0 ? n : end;
      if (opensBlockOrIntroduced(text, i) && end >= 0 && blockEnd - i <= MAX_QUOTE && text.slice(blockEnd).trimStart().startsWith(c)) out.push({ open: i, close: blockEnd, runsOn: true });
      continue;
    }
    out.push(...paragraphsOf(text, i, close));
    OPENERS.lastIndex = close + 1;
  }
  return out;
}

/**
 * Whether the straight mark at `i`, right after a letter, opens words that lost the space before them: a small letter before it
 * and a capital after (`(Rachida Dati)par France Inter"Les coups…"`). A closer there would follow the words' punctuation.
 */
function lostSpaceBefore(text: string, i: number): boolean {
  return /\p{Ll}/u.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '');
}

/**
 * Whether the straight mark at `i` is followed by punctuation that ends words, so it closes them and opens none (`…93%", entre
 * 2013 et 2019`, or a text cut inside a quotation: `…'Quel con !'", a d'abord expliqué…`).
 */
function closesOnPunctuation(text: string, i: number): boolean {
  return /^[,;)]/u.test(text[i + 1] ?? '');
}

/**
 * The quotation from `open` to `close` as the paragraphs it ran over, where a page lost the breaks between them: news opens
 * each paragraph of a quotation with a mark and closes only the last, so the mark that opened the next one stands inside the
 * words after a sentence's end (`"We did quite well… cope with that. "I think we played well…"`). Each paragraph but the
 * last runs on, as one before a break does.
 */
function paragraphsOf(text: string, open: number, close: number): QuoteSpan[] {
  const mark = text[open]!;
  if (mark !== '"' && mark !== '“') return [{ open, close }];
  const out: QuoteSpan[] = [];
  let from = open;
  for (const m of text.slice(open + 1, close).matchAll(PARAGRAPH_REOPENED)) {
    const at = open + 1 + m.index + m[0].length - 2; // the mark
    if (text[at] !== mark) continue;
    out.push({ open: from, close: at - 1, runsOn: true });
    from = at;
  }
  out.push({ open: from, close });
  return out;
}

/** After the words' last mark, if any: spaces on the same line and the mark that reopens the quotation's next paragraph. */
export const REOPENED_ON_SAME_LINE = String.raw`["”’]?[^\S\n]+["“]\p{Lu}`;
// A sentence's end, then a paragraph of the same quotation reopened.
const PARAGRAPH_REOPENED = new RegExp(String.raw`[.!?]${REOPENED_ON_SAME_LINE}`, 'gu');

const STRAIGHT_OR_BREAK = /[\n"]/g;
const FEET_INCHES = /(?<!\d)\d[’']\d{1,2}$/u;
const CURLY_OR_BREAK = /[\n”]/g;

/** Whether the first straight mark after `open` is the one at `at`: a straight mark opening a quotation inside (“He said "no" to…”) comes first otherwise. */
function firstStraightCloses(text: string, open: number, at: number): boolean {
  return text.indexOf('"', open + 1) === at;
}

/** The closing mark of a quotation opened just before `from`, -1 when its block has none. */
function findCloser(text: string, from: number, opener: string, marks: RegExp): number {
  // Searched in a slice of at most MAX_QUOTE characters so a page without closing marks stays linear.
  const window = text.slice(from, Math.min(text.length, from + MAX_QUOTE));
  marks.lastIndex = 0;
  for (let m = marks.exec(window); m; m = marks.exec(window)) {
    const j = from + m.index;
    if (m[0] === '\n') return -1; // quotations do not cross blocks here
    const next = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
    if (opener === '‘' && isWordUnit(next)) continue; // it’s
    // An opening mark typed for the closing one: right after the words' punctuation, a space after it (“It's unusual,“ said Larry Noble).
    if (opener === '“' && m[0] === '“' && !(/[,.!?]/u.test(text[j - 1]!) && isSpaceUnit(next))) continue;
    // A height in feet and inches inside the words: "he’s like 6’2”, …" (the mark after the inches closes nothing).
    if (FEET_INCHES.test(text.slice(Math.max(from, j - 5), j))) continue;
    if (opener === '"' && j === from) return -1;
    // "…"word: not a closer, unless a capital follows the words' punctuation or last letter (a lost space: `…statements,"Katie Packer
    // said`, `…c'est la panique"De leur côté, les pharmaciens…`, where a subheading was glued to the paragraph after it).
    if (opener === '"' && isWordUnit(next) && !(/[,.!?\p{Ll}]/u.test(text[j - 1]!) && /\p{Lu}/u.test(text[j + 1]!))) continue;
    return j;
  }
  return -1;
}
