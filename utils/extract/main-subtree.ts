// Finds the part of a huge page that holds its text, so extraction reads that subtree instead of the whole page.

/** Elements that say "the content is here". */
const CONTAINERS = 'main, [role="main"], article, [role="article"], [itemprop="articleBody"]';

const textSize = (el: Element) => (el.textContent ?? '').length;

/** Whether `el` holds any text (textSize > 0), found at its first text node instead of joining them all. */
function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.length) return true;
  return false;
}

/** The element with the largest score, or null. */
function best<T>(items: Iterable<T>, score: (item: T) => number): T | null {
  let top: T | null = null;
  let topScore = 0;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) [top, topScore] = [item, s];
  }
  return top;
}

/**
 * The main/article element with the most text (a <main> around a thread of <article> posts holds
 * them all, so it wins); without one, the element whose own paragraphs hold the most text; else the body.
 */
export function mainSubtree(doc: Document): Element | null {
  // One candidate needs no measuring, only some text (its text may be megabytes: a book in one <article>).
  const candidates = [...doc.querySelectorAll(CONTAINERS)];
  const marked = candidates.length === 1 ? (hasText(candidates[0]!) ? candidates[0]! : null) : best(candidates, textSize);
  if (marked) return marked;
  const byParent = new Map<Element, number>();
  for (const p of doc.getElementsByTagName('p')) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + textSize(p));
  }
  const parent = best(byParent.keys(), (el) => byParent.get(el)!);
  return parent ?? doc.body ?? doc.documentElement;
}
