// Article or not, from the evidence a reader uses: prose under a heading, article semantics, Article metadata.
import { countWords } from '../reading-time';

/** A paragraph of prose: a few sentences' worth of words, ending as a sentence ends (citation marks "[12]" after it allowed). */
const PROSE_END = /[.!?…。！？]["'”’»)\]]*(?:\s*\[[\w\s]{1,8}\])*$/u;
const PROSE_MIN_WORDS = 12;
/** schema.org types that say "this page is an article" (NewsArticle, BlogPosting, Report, …). */
const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)"/;
const ARTICLE_ITEMTYPE = '[itemtype*="Article"], [itemtype*="BlogPosting"], [itemprop="articleBody"]';
const ARTICLE_ELEMENTS = 'article, [role="article"], main, [role="main"], [itemprop="articleBody"]';

export interface Evidence {
  words: number;
  /** Words in paragraphs of prose. */
  proseWords: number;
  /** schema.org Article (JSON-LD or microdata) or og:type article. */
  metadata: boolean;
  /** The prose sits inside article/main semantics. */
  semantics: boolean;
  /** The page has a main heading (h1). */
  heading: boolean;
}

export const isProse = (block: string): boolean => PROSE_END.test(block) && countWords(block) >= PROSE_MIN_WORDS;

function hasArticleMetadata(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"], ' + ARTICLE_ITEMTYPE)) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => ARTICLE_TYPE.test(s.textContent ?? ''));
}

/** Whether an article/main element holds the first paragraph of prose (its first 60 characters). */
function proseInArticleElement(doc: Document, firstProse: string | undefined): boolean {
  if (!firstProse) return false;
  const probe = firstProse.slice(0, 60);
  return [...doc.querySelectorAll(ARTICLE_ELEMENTS)].some((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(probe));
}

/** The page's signs are read only when asked: a long text never needs them, and on a huge page they cost. */
export function gatherEvidence(doc: Document, blocks: readonly string[]): Evidence {
  const prose = blocks.filter(isProse);
  return {
    words: countWords(blocks.join(' ')),
    proseWords: countWords(prose.join(' ')),
    get metadata() {
      return hasArticleMetadata(doc);
    },
    get semantics() {
      return proseInArticleElement(doc, prose[0]);
    },
    get heading() {
      return !!doc.querySelector('h1')?.textContent?.trim();
    },
  };
}

/** Below this, too little text to quote from, whatever the page says it is. */
const MIN_WORDS = 40;
const MIN_PROSE_WORDS = 25;

/**
 * A short page (a news brief, a one-paragraph story) is an article when it has prose and at least
 * two signs a reader goes by: Article metadata, article/main semantics around the prose, a main
 * heading, prose making most of the text. Menus and link lists are not prose, so they never count.
 */
export function looksLikeShortArticle(e: Evidence): boolean {
  if (e.words < MIN_WORDS || e.proseWords < MIN_PROSE_WORDS) return false;
  const signs = [e.metadata, e.semantics, e.heading, e.proseWords >= e.words / 2].filter(Boolean).length;
  return signs >= 2;
}

/** Without Readability's verdict (huge pages): enough text, most of it prose, or a short article's signs. */
export function looksLikeArticle(e: Evidence, minWords: number): boolean {
  return (e.words >= minWords && e.proseWords * 2 >= e.words) || looksLikeShortArticle(e);
}
