// Text-quote and text-position selectors (W3C Web Annotation): what a passage says, what
// surrounds it, and where it was, all over the page's normalized text.

/** Characters of context kept on each side: enough to tell repeated sentences apart. */
export const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export function describeQuote(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The position hint, if the text there is still the quoted text. */
export function positionStillMatches(text: string, pos: TextPositionSelector, exact: string): boolean {
  return pos.start >= 0 && pos.end <= text.length && text.slice(pos.start, pos.end) === exact;
}
