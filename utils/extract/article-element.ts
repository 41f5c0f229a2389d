// Catches Readability's pick of a block beside the story (a footer's legal notice, a sidebar of deals) when the story is short.
import { normalizeText } from '../normalize-text';
import { countWords } from '../reading-time';
import { isProse } from './article-evidence';

/** Elements that say "this is an article" (not main: a <main> also holds a page's lists and teasers). */
const STORY = 'article, [role="article"], [itemprop="articleBody"]';
/** Elements that say "this is beside the article": what a page puts around its story. */
const BESIDE = 'aside, footer, nav, [role="complementary"], [role="contentinfo"], [role="navigation"]';
/** An article element with fewer words of prose than this is a teaser or a card, not the story. */
const MIN_PROSE_WORDS = 40;

const textOf = (el: Element) => normalizeText(el.textContent ?? '');

/**
 * Blocks enough to tell where the pick lies. Each is looked up in the elements' text, which on a long
 * thread of <article> posts is most of the page: a few dozen lookups, not one per post.
 */
const PROBED_BLOCKS = 40;

/** Share of the picked blocks' words in blocks that lie inside one of `elements` (found by their first 60 characters). */
function shareInside(picked: readonly string[], elements: readonly Element[]): number {
  // Joined by a character no block holds, so no probe spans two elements.
  const text = elements.map(textOf).join('\u0000');
  let inside = 0;
  let total = 0;
  for (const block of picked.slice(0, PROBED_BLOCKS)) {
    const words = countWords(block);
    total += words;
    if (text.includes(block.slice(0, 60))) inside += words;
  }
  return total ? inside / total : 0;
}

/** Words in the element's paragraphs of prose: what tells a story from a list of links. */
function proseWords(el: Element): number {
  let words = 0;
  for (const p of el.getElementsByTagName('p')) {
    const t = textOf(p);
    if (isProse(t)) words += countWords(t);
  }
  return words;
}

const withStory = (elements: readonly Element[]) => elements.filter((el) => proseWords(el) >= MIN_PROSE_WORDS);

/**
 * The page's article element when Readability read its text from beside it. A short story loses
 * Readability's scoring to a longer block around it, and the key quotes would come from that
 * block. Two kinds of evidence say so:
 * - most of the picked text lies outside every article element, and the page marks the story (the
 *   article element holding its main heading, or its articleBody) with prose in it;
 * - most of the picked text lies in what a page puts beside its story (an aside, a footer, a nav:
 *   a sidebar of deals, each one an <article> card), and exactly one article element outside those
 *   holds prose. On a page whose comments are <article>s, the one comment is no story: that needs
 *   the pick to be beside the article, which a story outside article elements is not.
 * Null when nothing says the pick is misplaced, or when no one element can be the story.
 */
export function articleElementInstead(doc: Document, picked: readonly string[]): Element | null {
  const stories = [...doc.querySelectorAll(STORY)];
  if (!stories.length) return null;
  if (shareInside(picked, stories) < 0.5) {
    const heading = [...doc.getElementsByTagName('h1')].find((h) => textOf(h));
    const marked = withStory(stories.filter((el) => el.matches('[itemprop="articleBody"]') || (heading && el.contains(heading))));
    if (marked.length) return marked.reduce((a, b) => (proseWords(b) > proseWords(a) ? b : a));
  }
  const beside = [...doc.querySelectorAll(BESIDE)];
  if (beside.length && shareInside(picked, beside) >= 0.5) {
    const outside = withStory(stories.filter((el) => !el.closest(BESIDE)));
    if (outside.length === 1) return outside[0]!;
  }
  return null;
}
