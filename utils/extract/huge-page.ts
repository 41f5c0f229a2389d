// Reads a page too big for Readability: its main subtree in place (no clone), cleaned as an article would be.
import { gatherEvidence, looksLikeArticle } from './article-evidence';
import { blockTexts, blockTextsSliced, nextTask, type BlockResult } from './block-texts';
import { boilerplateTest } from './clean-article';
import { cleanBlocks, type ReadBlocks } from './clean-blocks';
import { mainSubtree } from './main-subtree';

export interface HugeOptions {
  url: string;
  /** The page's title: its repetition is dropped like any article's. */
  title: string;
  maxChars: number;
  /** Fewer words than this, and the text needs a short article's signs. */
  minWords: number;
}

export interface HugeReading {
  /** The article's blocks, or the subtree's visible text when it is not an article. */
  paragraphs: string[];
  /** Which paragraphs are headings (for a long page's outline). */
  headings: number[];
  isArticle: boolean;
  truncated: boolean;
}

/** Blocks cleaned between two pauses of a sliced reading. */
const CLEAN_CHUNK = 4000;

/**
 * Whether the page has more than `max` elements. The browser's live collection finds element max+1
 * without counting the rest of a 100k-element page; linkedom (the CLI's DOM) answers
 * getElementsByTagName('*') with nothing, so there the full list is asked.
 */
export function hasMoreElements(doc: Document, max: number): boolean {
  const live = doc.getElementsByTagName('*');
  // A page of fewer elements has live[0] but no live[max]: only an empty answer means linkedom.
  return !!(live[0] ? live[max] : doc.querySelectorAll('*')[max]);
}

/** The characters of text directly inside the body's scripts, styles and noscripts (raw text, never read). */
function neverTextLength(body: HTMLElement): number {
  let n = 0;
  for (const el of body.querySelectorAll('script, style, noscript')) for (const c of el.childNodes) if (c.nodeType === 3) n += (c as Text).data.length;
  return n;
}

/**
 * Whether the page's body has more than `max` characters of text, leaving out scripts and styles
 * (news pages carry megabytes of inline script, which Readability never scores). Text nodes are
 * counted until the sum passes `max`: a 5 MB page stops a fifth of the way, where one textContent
 * of the whole body held its thread ~300 ms on a busy machine. The scripts' text is added to the
 * bound up front (a few elements) rather than tested node by node: the walk of every page then does
 * no more than add lengths (on a news page ~4-17 ms of a first open became ~2-10).
 */
export function hasMoreText(doc: Document, max: number): boolean {
  if (!doc.body) return false;
  const bound = max + neverTextLength(doc.body);
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((n += (t as Text).data.length) > bound) return true;
  return false;
}

/** The main subtree and how to walk it: leaving out what cleanArticle would remove from a clone. */
function walkOf(doc: Document, o: HugeOptions) {
  const root = mainSubtree(doc);
  return { root, opts: { skipHidden: true, maxChars: o.maxChars, skip: root ? boilerplateTest(root, o.url) : undefined } };
}

function verdict(doc: Document, o: HugeOptions, read: BlockResult, clean: ReadBlocks): HugeReading {
  const isArticle = looksLikeArticle(gatherEvidence(doc, clean.blocks), o.minWords);
  const { blocks, headings } = isArticle ? clean : read;
  return { paragraphs: blocks, headings, isArticle, truncated: read.truncated };
}

const NOTHING: BlockResult = { blocks: [], truncated: false, headings: [] };

export function readHugePage(doc: Document, o: HugeOptions): HugeReading {
  const { root, opts } = walkOf(doc, o);
  const read = root ? blockTexts(root, opts) : NOTHING;
  return verdict(doc, o, read, cleanBlocks(read, o.title, o.url));
}

/** The same reading in slices, with pauses between them, for the page's own thread: the page stays responsive. */
export async function readHugePageSliced(doc: Document, o: HugeOptions): Promise<HugeReading> {
  await nextTask();
  const { root, opts } = walkOf(doc, o);
  // Finding the subtree measured the text of its candidates: a pause before the walk.
  await nextTask();
  const read = root ? await blockTextsSliced(root, opts) : NOTHING;
  // cleanBlocks judges each block alone, so cleaning in chunks gives the same blocks and headings.
  const clean: ReadBlocks = { blocks: [], headings: [] };
  for (let i = 0; i < read.blocks.length; i += CLEAN_CHUNK) {
    await nextTask();
    const headings = read.headings.filter((h) => h >= i && h < i + CLEAN_CHUNK).map((h) => h - i);
    const part = cleanBlocks({ blocks: read.blocks.slice(i, i + CLEAN_CHUNK), headings }, o.title, o.url);
    clean.headings.push(...part.headings.map((h) => h + clean.blocks.length));
    clean.blocks.push(...part.blocks);
  }
  await nextTask();
  return verdict(doc, o, read, clean);
}
