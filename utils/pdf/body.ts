// Keeps the paragraphs a reader reads as the document's text: drops footnotes and other small print,
// figure and table captions, the reference list, and the title block above an abstract.
import type { PdfParagraph } from './types';

const CAPTION = /^(?:fig(?:ure)?|table|tab|chart|exhibit|listing|plate|abbildung|tabelle|tableau)\.?\s*[\dIVX]+[a-z]?\s*[.:|—–-]/i;
const REFERENCES = /^(?:[\dIVX]+\.?\s+)?(?:references|bibliography|works cited|literature cited|cited literature|literatur(?:verzeichnis)?|références|bibliographie|notes and references)\.?$/i;
const AFTER_REFERENCES = /^(?:[A-Z\d]+\.?\s+)?(?:appendix|appendices|supplementary|annex|anhang|annexe)\b/i;
// "Abstract" opening a paragraph, or a heading of its own in other words.
const ABSTRACT = /^(?:abstract\b|(?:summary|résumé|zusammenfassung)\.?$)/i;
// Smaller than this share of the body's size: footnotes, affiliations, captions, fine print.
const SMALL_PRINT = 0.88;

/** The font size most of the document's characters are set in. */
function bodySize(paragraphs: readonly PdfParagraph[]): number {
  const weight = new Map<number, number>();
  for (const p of paragraphs) {
    const key = Math.round(p.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + p.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

/** Paragraphs of page 1 above its abstract are the title block: title, authors, affiliations. */
function frontMatterEnd(paragraphs: readonly PdfParagraph[]): number {
  const i = paragraphs.findIndex((p) => p.page === 1 && ABSTRACT.test(p.text));
  return i < 0 ? 0 : i;
}

export function readingParagraphs(paragraphs: readonly PdfParagraph[]): PdfParagraph[] {
  const body = bodySize(paragraphs);
  const out: PdfParagraph[] = [];
  const front = frontMatterEnd(paragraphs);
  let inReferences = false;
  paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    if (REFERENCES.test(text)) inReferences = true;
    else if (inReferences && AFTER_REFERENCES.test(text)) inReferences = false;
    if (inReferences || i < front) return;
    if (p.size < body * SMALL_PRINT || CAPTION.test(text)) return;
    out.push(p);
  });
  return out;
}
