// A quotation set in boxes of its own (an embedded post, a quoted statement) is part of the text: the boxes go, the quotation stays.

/**
 * Replaces every box that holds nothing but one blockquote by the blockquote itself, on Readability's
 * clone. Pages wrap an embedded post in boxes whose class names ("social-media-embed", "widget") make
 * Readability drop them as page furniture, yet readers read the post as part of the story, and so does
 * the benchmark's hand-marked article body.
 */
export function unwrapQuotations(doc: Document): void {
  for (const quote of [...doc.querySelectorAll('blockquote')]) {
    for (let box = quote.parentElement; box && box.tagName === 'DIV' && holdsOnly(box, quote); box = quote.parentElement) box.replaceWith(quote);
  }
}

/** Whether the box's text is the quotation's and nothing else (a loader script beside it has none, once trimmed of scripts). */
function holdsOnly(box: Element, quote: Element): boolean {
  for (const child of box.children) if (child !== quote && child.tagName !== 'SCRIPT' && (child.textContent ?? '').trim()) return false;
  return [...box.childNodes].every((n) => n.nodeType !== 3 || !(n.textContent ?? '').trim());
}
