// Marks that pair up like a quotation's but hold no one's words: a string in a page's code, the title of a cited work.
import type { QuoteSpan } from './quote-spans';

// A string in a page's code, a function's argument: `console.log("Fetch failed!", e)`, `alert("Saved.")`. Prose sets a
// quotation in parentheses after a space ("from 1 (“Oh, I'm definitely voting for Eric”) to 6"); code writes the name against it.
const CALL_BEFORE = /[\p{L}\p{N}_$]\(\s*$/u;

/** Whether the straight mark at `open` opens a string passed to a function in code, not a quotation. */
export function isCodeArgument(text: string, open: number): boolean {
  return (text[open] === '"' || text[open] === "'") && CALL_BEFORE.test(text.slice(Math.max(0, open - 4), open));
}

// What opens a reference list's entry before a cited title: Wikipedia's back-link caret, perhaps with its letters and the
// authors ("^ ", "^ a b Alan Henry. "), an author's surname and initials or "et al." ("Rescorla, E., ", "Fielding et al., ";
// not a place's "Kenansville, N.C., "), or the date ("Zawinski, Jamie (1996). ", "Lardinois, Frederic (November 15, 2012). "), an
// editor's mark ("van Kesteren, Anne (ed), "), or a bracketed label in capitals opening the entry and its authors ("[CORS] van
// Kesteren, Anne, "; not a footnote's number, "[12] According to Mozilla's manifesto, ").
const ENTRY_BEFORE_TITLE = /(?:\^[^"“”«»^\n]{0,60}|\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\.(?:\s\p{Lu}\.)*,|et al\.,|\([^()]{0,20}\d{4}[a-z]?\)\.|\(eds?\.?\),|\[\p{Lu}[\p{Lu}\d.-]{1,19}\]\s+[^"“”\n\[\]]{1,80},)\s*$/u;
// What follows a cited title in its entry: where it was found and when ("". Macworld. 1 May 1998. Retrieved 2012-08-19."),
// or a standard's number (`", RFC 2119, March 1997`).
const ENTRY_AFTER_TITLE = /^["”’]?[.,]?\s*(?:[^"“”\n]{0,120}?(?<![\p{L}])(?:(?:Retrieved|Accessed)(?:\s+on)?\s+(?:\d|\p{Lu}\p{Ll}+\s+\d)|Archived from the original)|(?:RFC|BCP|STD)\s?\d|ISBN|doi:)/u;

/**
 * Whether the quotation at `span` is the title of a work in a list of references ("^ "Mozilla Marketplace is live…".
 * Engadget. Retrieved 2012-08-18.", `Bradner, S., "Key words for use in RFCs…", BCP 14`): a title, no one's words.
 */
export function isCitation(text: string, span: QuoteSpan): boolean {
  return ENTRY_BEFORE_TITLE.test(text.slice(Math.max(0, span.open - 80), span.open)) || ENTRY_AFTER_TITLE.test(text.slice(span.close, span.close + 160));
}

// A writer's sign-off, which a transcript's unclosed quotation mark may take in: "Follow Pam Key on Twitter @pamkeyNEN."
const SIGN_OFF = /^\s*Follow\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}on\s+(?:Twitter|X|Instagram|Facebook)\s+@\w+\.?\s*$/u;

/** Whether the words between a quotation's marks are a writer's sign-off ("Follow Pam Key on Twitter @pamkeyNEN."), no one's words. */
export function isSignOff(words: string): boolean {
  return SIGN_OFF.test(words);
}

// A subheading in quotation marks that an extraction glued between two paragraphs, as wire stories' pages lose their breaks:
// "…aurait-il assuré."Je traverse la rue, je vous en trouve !"Souvenez-vous. Il y a quelques semaines…",
// "…dans la revue Cell Metabolism."On pense qu'on a identifié une cible thérapeutique importante""Nous avons découvert…".
// The mark opens right against the end of a sentence or another quotation, closes right against a capital or another opening
// mark, and the words close on no stop: a headline's few words, which the story's own quotation says again.
const GLUED_BEFORE = /[.!?"”»]$/u;
const GLUED_AFTER = /^["“«„\p{Lu}]/u;
const HEADLINE_WORDS = /^[^.…;:]{2,120}[^.…;:,\s]$/u;

/** Whether a quotation is a subheading glued between two paragraphs (GLUED_BEFORE…), no one's words where they stand. */
export function isGluedSubheading(text: string, span: QuoteSpan, words: string): boolean {
  if (span.runsOn || span.inciseTo !== undefined || span.afterIncise || span.open === 0) return false;
  return GLUED_BEFORE.test(text.slice(span.open - 1, span.open)) && GLUED_AFTER.test(text.slice(span.close + 1, span.close + 2)) && HEADLINE_WORDS.test(words.trim());
}
