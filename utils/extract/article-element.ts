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

/**
 * The picked blocks' words by where each block lies (found by its first 60 characters): in the first
 * group of elements that holds it, else in the last count. Groups are joined by a character no block
 * holds, so no probe spans two elements.
 */
function wordsWhere(picked: readonly string[], groups: readonly (readonly Element[])[]): number[] {
  const texts = groups.map((g) => g.map(textOf).join('\u0000'));
  const counts = new Array<number>(groups.length + 1).fill(0);
  for (const block of picked.slice(0, PROBED_BLOCKS)) {
    const probe = block.slice(0, 60);
    const at = texts.findIndex((t) => t.includes(probe));
    counts[at < 0 ? groups.length : at]! += countWords(block);
  }
  return counts;
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

/** The one with the most prose of those that hold some. */
function mostProse(elements: readonly Element[]): Element | null {
  let best: Element | null = null;
  let bestWords = MIN_PROSE_WORDS - 1;
  for (const el of elements) {
    const words = proseWords(el);
    if (words > bestWords) [best, bestWords] = [el, words];
  }
  return best;
}

/**
 * The page's article element when Readability read its text from beside it or with other stories
 * around it. A short story loses Readability's scoring to a longer block, and the key quotes would
 * come from that block. The markup says so in two ways:
 * - the pick lies mostly in what a page puts beside its story (an aside, a footer, a nav: a footer's
 *   legal notice, a sidebar of deals, each one an <article> card). The story is then the article
 *   element that holds the main heading (or the articleBody), else the one article element outside
 *   those with prose. On a page whose comments are <article>s, the one comment is no story: that
 *   needs the pick to be beside the article, which a story outside article elements is not;
 * - the pick holds the story and, around it, mostly other article elements (the teasers of "More
 *   news", each an <article> with its excerpt).
 * A pick of plain text outside article elements stays: the story may go on there, on a page that
 * wraps only its heading and lede in <article>.
 * Null when nothing says the pick is misplaced, or when no one element can be the story.
 */
export function articleElementInstead(doc: Document, picked: readonly string[]): Element | null {
  const stories = [...doc.querySelectorAll(STORY)];
  if (!stories.length) return null;
  const heading = [...doc.getElementsByTagName('h1')].find((h) => textOf(h));
  const marked = stories.filter((el) => !el.closest(BESIDE) && (el.matches('[itemprop="articleBody"]') || (heading && el.contains(heading))));
  const story = mostProse(marked);
  if (story) {
    const others = stories.filter((el) => !el.contains(story) && !story.contains(el));
    const [inStory = 0, inOthers = 0, elsewhere = 0] = wordsWhere(picked, [[story], others]);
    if (inStory && inOthers > elsewhere) return story;
  }
  const [besideWords = 0, rest = 0] = wordsWhere(picked, [[...doc.querySelectorAll(BESIDE)]]);
  if (besideWords <= rest) return null;
  if (story) return story;
  const outside = withStory(stories.filter((el) => !el.closest(BESIDE)));
  return outside.length === 1 ? outside[0]! : null;
}
