// Pulls the article out of a page as plain data: Readability on a clone, visible text as fallback.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleData } from '../article';
import { countWords } from '../reading-time';
import { splitParagraphs } from '../text-article';
import { normalizeText } from '../normalize-text';
import { gatherEvidence, looksLikeArticle, looksLikeShortArticle } from './article-evidence';
import { blockTexts, blockTextsSliced, nextTask, type BlockOptions, type BlockResult } from './block-texts';
import { boilerplateTest, cleanArticle } from './clean-article';
import { mainSubtree } from './main-subtree';
import { cleanBlocks } from './clean-blocks';
import { pageDir, pageLang, pagePublished, pageSite } from './page-meta';

/** Above this many elements Readability's scoring costs too much: read the main subtree in place instead. */
export const MAX_ELEMENTS = 60_000;
/** About 300k words: the most text Keyquote reads from one page. */
export const MAX_CHARS = 2_000_000;
/** Fewer words than this is an article only with more evidence than Readability's say-so (see article-evidence). */
const MIN_ARTICLE_WORDS = 80;

export interface ExtractOptions {
  url: string;
  maxElements?: number;
  maxChars?: number;
}

/** Enough of the text to tell its direction, without scanning a whole book. */
const sampleOf = (blocks: string[]) => blocks.slice(0, 20).join(' ').slice(0, 4000);

function runReadability(doc: Document, maxElements: number) {
  // Readability mutates the document it reads: it always gets a clone, never the live page.
  const clone = doc.cloneNode(true) as Document;
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
  if (!root) return { blocks: [] as string[], truncated: false };
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
  const isArticle = countWords(paragraphs.join(' ')) >= MIN_ARTICLE_WORDS;
  const dir = pageDir(doc, base.lang, null, sampleOf(paragraphs));
  return { ...base, dir, paragraphs, source: isArticle ? 'readability' : 'visible-text', isArticle, truncated: raw.length > maxChars };
}

type Parsed = ReturnType<typeof runReadability>;

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

/** Elements in the page (linkedom, the CLI's DOM, answers 0 to getElementsByTagName('*')). */
const elementCount = (doc: Document) => doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;

/** Whether the page has more elements than Readability can score in time. */
const isHuge = (doc: Document, opts: ExtractOptions) => elementCount(doc) > (opts.maxElements ?? MAX_ELEMENTS);

/**
 * How a huge page is read: its main subtree in place (no clone, no Readability), leaving out what
 * cleanArticle would remove. Pages of 100k elements are long articles, specifications, threads.
 */
function hugeReading(doc: Document, opts: ExtractOptions): { root: Element | null; opts: BlockOptions } {
  const root = mainSubtree(doc);
  return { root, opts: { skipHidden: true, maxChars: opts.maxChars ?? MAX_CHARS, skip: root ? boilerplateTest(root, opts.url) : undefined } };
}

/** The article of a huge page from its read and cleaned blocks; when it is not one, the read blocks are its visible text. */
function hugeArticle(doc: Document, opts: ExtractOptions, read: BlockResult, blocks: string[]): ArticleData {
  const base = metaOf(doc, opts.url, null);
  const isArticle = looksLikeArticle(gatherEvidence(doc, blocks), MIN_ARTICLE_WORDS);
  const paragraphs = isArticle ? blocks : read.blocks;
  const dir = pageDir(doc, base.lang, null, sampleOf(paragraphs));
  return { ...base, dir, paragraphs, source: isArticle ? 'readability' : 'visible-text', isArticle, truncated: read.truncated };
}

/** Blocks cleaned between two pauses on a huge page. */
const CLEAN_CHUNK = 4000;

const cleanHuge = (doc: Document, opts: ExtractOptions, read: BlockResult) => cleanBlocks(read.blocks, metaOf(doc, opts.url, null).title, opts.url);

const readHuge = (doc: Document, opts: ExtractOptions) => {
  const { root, opts: walk } = hugeReading(doc, opts);
  const read = root ? blockTexts(root, walk) : { blocks: [], truncated: false };
  return hugeArticle(doc, opts, read, cleanHuge(doc, opts, read));
};

/**
 * extractArticle for the page's own thread (the content script): a huge page is read in slices with
 * pauses between them, so the page stays responsive; other pages as extractArticle reads them.
 */
export async function extractArticleSliced(doc: Document, opts: ExtractOptions): Promise<ArticleData> {
  if (doc.contentType === 'text/plain' || !isHuge(doc, opts)) return extractArticle(doc, opts);
  await nextTask();
  const { root, opts: walk } = hugeReading(doc, opts);
  const read = root ? await blockTextsSliced(root, walk) : { blocks: [], truncated: false };
  // cleanBlocks judges each block alone, so cleaning in chunks gives the same blocks.
  const blocks: string[] = [];
  for (let i = 0; i < read.blocks.length; i += CLEAN_CHUNK) {
    await nextTask();
    blocks.push(...cleanHuge(doc, opts, { blocks: read.blocks.slice(i, i + CLEAN_CHUNK), truncated: false }));
  }
  await nextTask();
  return hugeArticle(doc, opts, read, blocks);
}

export function extractArticle(doc: Document, opts: ExtractOptions): ArticleData {
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const plain = doc.contentType === 'text/plain';
  if (!plain && isHuge(doc, opts)) return readHuge(doc, opts);
  const parsed = plain ? null : runReadability(doc, maxElements);
  const base = metaOf(doc, opts.url, parsed);
  const lang = base.lang;
  if (plain) return plainText(doc, base, maxChars);
  const content = parsed?.content as unknown as Node | null | undefined;
  if (content && typeof content === 'object') {
    cleanArticle(content as Element, opts.url);
    const read = blockTexts(content, { maxChars });
    const blocks = cleanBlocks(read.blocks, base.title, opts.url);
    const truncated = read.truncated;
    const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
    // Words as the reader counts them: Chinese and Japanese have no spaces between words.
    const words = countWords(blocks.join(' '));
    const long = words >= MIN_ARTICLE_WORDS && (readerable || words >= 3 * MIN_ARTICLE_WORDS);
    if (long || looksLikeShortArticle(gatherEvidence(doc, blocks))) {
      const dir = pageDir(doc, lang, parsed?.dir, sampleOf(blocks));
      return { ...base, dir, paragraphs: blocks, source: 'readability', isArticle: true, truncated };
    }
  }
  const { blocks, truncated } = visibleBlocks(doc, maxChars);
  const dir = pageDir(doc, lang, parsed?.dir, sampleOf(blocks));
  return { ...base, dir, paragraphs: blocks, source: 'visible-text', isArticle: false, truncated };
}
