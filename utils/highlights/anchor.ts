// Re-anchors a saved highlight in the page text: position hint, then exact quote, then
// approximate match. A highlight that cannot be placed is an orphan result, never an exception.
import { matchQuote } from './match-quote';
import { positionStillMatches, type TextPositionSelector, type TextQuoteSelector } from './text-quote';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; exact: boolean }
  | { status: 'orphan' };

export function anchorQuote(text: string, sel: TextQuoteSelector & TextPositionSelector): AnchorResult {
  if (positionStillMatches(text, sel, sel.exact)) return { status: 'anchored', start: sel.start, end: sel.end, exact: true };
  const m = matchQuote(text, sel.exact, { prefix: sel.prefix, suffix: sel.suffix, hint: sel.start });
  return m ? { status: 'anchored', start: m.start, end: m.end, exact: m.exact } : { status: 'orphan' };
}
