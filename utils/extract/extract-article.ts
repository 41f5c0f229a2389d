// Pulls the article out of a page as plain data: Readability on a clone, cleaned; huge pages read in place; visible text as fallback.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleData } from '../article';
import { countWords } from '../reading-time';
import { splitParagraphs, textHeadings } from '../text-article';
import { normalizeText } from '../normalize-text';
import { gatherEvidence, looksLikeShortArticle } from './article-evidence';
import { articleElementInstead } from './article-element';
import { blockTexts, nextTask } from './block-texts';
import { cleanArticle } from './clean-article';
import { cleanBlocks } from './clean-blocks';
import { unwrapQuotations } from './quoted-posts';
import { hasMoreElements, hasMoreText, readHugePage, readHugePageSliced, type HugeOptions, type HugeReading } from './huge-page';
import { pageDir, pageLang, pagePublished, pageSite } from './page-meta';

/** Above this many elements Readability's scoring costs too much: read the main subtree in place instead. */
export const MAX_ELEMENTS = 60_000;
/** About 300k words: the most text Keyquote reads from one page (the CLI's --text). */
export const MAX_CHARS = 2_000_000;
/**
 * About 40k words of English: the most the extension reads from one page, since the popup must answer
 * at once. Summarizing costs time in proportion to the text (and the text crosses from the page to the
 * worker and into the cache). This covers the long encyclopedia articles and reports people read
 * (a 30k-word article is read whole) while the 100k-element bench page still answers within a second
 * (~0.5 s here). Past this, the popup says that it read the page's first part.
 */
export const PAGE_READ_CHARS = 250_000;
/**
 * Above this much text (scripts and styles left out) Readability costs too much as well: its scoring
 * rereads the text of every container, ~1.5 s of the page's thread for a 5 MB page. Read the main
 * subtree in place instead. The longest real page of the test sets has half of this (a Wikipedia
 * article, 490k characters with its navigation boxes), and Readability stays what reads it.
 */
export const MAX_READABILITY_CHARS = 1_000_000;
/** Fewer words than this is an article only with more evidence than Readability's say-so (see article-evidence). */
const MIN_ARTICLE_WORDS = 80;

export interface ExtractOptions {
  url: string;
  maxElements?: number;
  maxChars?: number;
  maxReadabilityChars?: number;
}

/** Enough of the text to tell its direction, without scanning a whole book. */
const sampleOf = (blocks: string[]) => blocks.slice(0, 20).join(' ').slice(0, 4000);

/** Readability on a clone of the page; with `only`, on a clone whose body holds only that element (the page's article). */
function runReadability(doc: Document, maxElements: number, only?: Element) {
  // Readability mutates the document it reads: it always gets a clone, never the live page.
  const clone = doc.cloneNode(true) as Document;
  if (only) narrowTo(clone, pathOf(doc, only));
  unwrapQuotations(clone);
  try {
    return new Readability(clone, {
      maxElemsToParse: maxElements,
      // Class names feed cleanArticle's vocabulary rule.
      keepClasses: true,
      // Keep the DOM node: we read its blocks as text and never serialize page HTML.
      serializer: (el: Node) => el as unknown as string,
    }).parse();
  } catch {
    return null; // too many elements, or markup Readability cannot handle: fall back to visible text
  }
}

/** The page's visible text as blocks, for pages that are not articles ("Summarize anyway"). */
export function visibleBlocks(doc: Document, maxChars = MAX_CHARS) {
  const root = doc.body ?? doc.documentElement;
  if (!root) return { blocks: [] as string[], truncated: false, headings: [] as number[] };
  return blockTexts(root, { skipHidden: true, maxChars });
}

type Meta = Omit<ArticleData, 'paragraphs' | 'isArticle' | 'source' | 'truncated' | 'dir'>;

/**
 * A text file shown by the browser (one <pre>): its blank lines are its paragraph breaks, and the
 * whole file is the text, so it is an article when it is long enough.
 */
function plainText(doc: Document, base: Meta, maxChars: number): ArticleData {
  const raw = doc.body?.textContent ?? '';
  const paragraphs = splitParagraphs(raw.slice(0, maxChars));
  const headings = textHeadings(paragraphs);
  const isArticle = countWords(paragraphs.join(' ')) >= MIN_ARTICLE_WORDS;
  const dir = pageDir(doc, base.lang, null, sampleOf(paragraphs));
  return { ...base, dir, paragraphs, headings, source: isArticle ? 'readability' : 'visible-text', isArticle, truncated: raw.length > maxChars };
}

type Parsed = ReturnType<typeof runReadability>;

/** Readability's pick, cleaned, as blocks of text; null when it picked nothing. */
function readPicked(parsed: NonNullable<Parsed>, title: string, url: string, maxChars: number) {
  const content = parsed.content as unknown as Node | null | undefined;
  if (!content || typeof content !== 'object') return null;
  cleanArticle(content as Element, url);
  const read = blockTexts(content, { maxChars });
  return { ...cleanBlocks(read, title, url), truncated: read.truncated };
}

/** The child indices from the body down to `el`, to find its copy in a clone. */
function pathOf(doc: Document, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element = el; node !== doc.body && node.parentElement; node = node.parentElement)
    path.unshift([...node.parentElement.children].indexOf(node));
  return path;
}

/** Leaves in the clone's body only the element at `path` (its head kept: title, language, metadata). */
function narrowTo(clone: Document, path: readonly number[]): void {
  let target: Element | undefined = clone.body ?? undefined;
  for (const i of path) target = target?.children[i];
  if (target && clone.body) clone.body.replaceChildren(target);
}

function metaOf(doc: Document, url: string, parsed: Parsed): Meta {
  return {
    url,
    title: normalizeText(parsed?.title || doc.title || ''),
    site: pageSite(doc, url, parsed?.siteName),
    byline: parsed?.byline ? normalizeText(parsed.byline) : null,
    published: pagePublished(doc, parsed?.publishedTime),
    lang: pageLang(doc, parsed?.lang),
    contentType: doc.contentType || 'text/html',
  };
}

/** Whether the page has more elements or text than Readability can score in time. */
const isHuge = (doc: Document, opts: ExtractOptions) =>
  hasMoreElements(doc, opts.maxElements ?? MAX_ELEMENTS) || hasMoreText(doc, opts.maxReadabilityChars ?? MAX_READABILITY_CHARS);

const hugeOptions = (opts: ExtractOptions, base: Meta): HugeOptions => ({
  url: opts.url,
  title: base.title,
  maxChars: opts.maxChars ?? MAX_CHARS,
  minWords: MIN_ARTICLE_WORDS,
});

function hugeArticle(doc: Document, base: Meta, r: HugeReading): ArticleData {
  const dir = pageDir(doc, base.lang, null, sampleOf(r.paragraphs));
  return { ...base, dir, ...r, source: r.isArticle ? 'readability' : 'visible-text' };
}

/**
 * extractArticle for the page's own thread (the content script): a huge page is read in slices with
 * pauses between them, so the page stays responsive; other pages as extractArticle reads them.
 */
export async function extractArticleSliced(doc: Document, opts: ExtractOptions): Promise<ArticleData> {
  if (doc.contentType === 'text/plain' || !isHuge(doc, opts)) return extractNormal(doc, opts);
  // Measuring a huge page costs a walk or a textContent of megabytes: the page runs before the next step.
  await nextTask();
  const base = metaOf(doc, opts.url, null);
  return hugeArticle(doc, base, await readHugePageSliced(doc, hugeOptions(opts, base)));
}

export function extractArticle(doc: Document, opts: ExtractOptions): ArticleData {
  if (doc.contentType !== 'text/plain' && isHuge(doc, opts)) {
    // Pages of 100k elements or megabytes of text are long articles, specifications, threads, books:
    // read their main subtree in place.
    const base = metaOf(doc, opts.url, null);
    return hugeArticle(doc, base, readHugePage(doc, hugeOptions(opts, base)));
  }
  return extractNormal(doc, opts);
}

/** A page Readability can score (or a text file): the page was measured once, by the caller. */
function extractNormal(doc: Document, opts: ExtractOptions): ArticleData {
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const plain = doc.contentType === 'text/plain';
  const parsed = plain ? null : runReadability(doc, maxElements);
  const base = metaOf(doc, opts.url, parsed);
  const lang = base.lang;
  if (plain) return plainText(doc, base, maxChars);
  const picked = parsed && readPicked(parsed, base.title, opts.url, maxChars);
  if (picked) {
    const element = articleElementInstead(doc, picked.blocks);
    const narrowed = element && runReadability(doc, maxElements, element);
    const reread = narrowed && readPicked(narrowed, base.title, opts.url, maxChars);
    const { blocks, headings, truncated } = reread && reread.blocks.length ? reread : picked;
    const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
    // Words as the reader counts them: Chinese and Japanese have no spaces between words.
    const words = countWords(blocks.join(' '));
    const long = words >= MIN_ARTICLE_WORDS && (readerable || words >= 3 * MIN_ARTICLE_WORDS);
    if (long || looksLikeShortArticle(gatherEvidence(doc, blocks))) {
      const dir = pageDir(doc, lang, parsed?.dir, sampleOf(blocks));
      return { ...base, dir, paragraphs: blocks, headings, source: 'readability', isArticle: true, truncated };
    }
  }
  const { blocks, truncated, headings } = visibleBlocks(doc, maxChars);
  const dir = pageDir(doc, lang, parsed?.dir, sampleOf(blocks));
  return { ...base, dir, paragraphs: blocks, headings, source: 'visible-text', isArticle: false, truncated };
}
