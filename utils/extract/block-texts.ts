// Splits a DOM subtree into block texts (paragraphs, list items, headings) in reading order.
import { normalizeText } from '../normalize-text';
import { paragraphsAtBreaks } from './line-breaks';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO',
  'AUDIO', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export interface BlockOptions {
  /** Skip elements a reader cannot see (hidden, aria-hidden). */
  skipHidden?: boolean;
  /** Stop after this many characters of text, to bound work on huge pages. */
  maxChars?: number;
  /** Leave out elements this says are not the text (boilerplate of a page read in place). */
  skip?: (el: Element) => boolean;
}

export interface BlockResult {
  blocks: string[];
  truncated: boolean;
  /** Indices of the blocks that are headings (h1–h6): long pages are outlined by them. */
  headings: number[];
}

const HEADING_TAGS = /^H[1-6]$/;
/** Stack entry: the end of a heading element (its text is a heading block). */
const HEADING_END = 0;

/** Nodes visited between two looks at the clock of a sliced walk: well under a millisecond of work. */
const SLICE_NODES = 500;
/**
 * How long a sliced walk works before it pauses. Each pause lets the page run but costs a task
 * switch, which on a busy machine waits behind other work: a pause every few hundred nodes made the
 * reading of a 100k-element page several times longer than the walk itself. 40 ms of work at a time
 * keeps the page's longest block far under 200 ms with ten times fewer pauses.
 */
const SLICE_MS = 40;

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

type Slot = Element & { assignedNodes?: (o: { flatten: boolean }) => Node[] };

/**
 * Pushes, last first, the children a reader sees: an open shadow root's content instead of the
 * light DOM (web components render their text there), and at a <slot> the light nodes assigned
 * to it. Sibling links, not childNodes: no NodeList per element on pages with 100k of them.
 */
function pushRenderedChildren(stack: (Node | null | typeof HEADING_END)[], el: Element): void {
  const shadow = (el as { shadowRoot?: ShadowRoot | null }).shadowRoot;
  const parent: Node = shadow ?? el;
  if (!shadow && el.tagName === 'SLOT' && typeof (el as Slot).assignedNodes === 'function') {
    const assigned = (el as Slot).assignedNodes!({ flatten: false });
    if (assigned.length) {
      for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
      return;
    }
  }
  for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
}

/**
 * Walks the tree iteratively (hostile pages nest deeper than the call stack allows) and
 * flushes the running text at every block boundary, so inline markup never splits a sentence.
 * A generator: it yields every SLICE_NODES nodes, so a caller can pause between slices.
 */
function* walkBlocks(root: Node, opts: BlockOptions, out: BlockResult): Generator<void, void, void> {
  const { blocks, headings } = out;
  const maxChars = opts.maxChars ?? Infinity;
  let buf = '';
  // Where the running text had a <br>: a heading's lines stay one heading, a paragraph's may be several (line-breaks.ts).
  let breaks: number[] = [];
  let total = 0;
  let visited = 0;
  const flush = (heading = false) => {
    const texts = heading || breaks.length === 0 ? [normalizeText(buf)] : paragraphsAtBreaks(buf, breaks);
    buf = '';
    breaks = [];
    for (const t of texts) {
      if (!t) continue;
      if (heading) headings.push(blocks.length);
      blocks.push(t);
      total += t.length;
    }
  };
  // Stack entries: a node to visit, null meaning "a block ended here", HEADING_END "a heading ended here".
  const stack: (Node | null | typeof HEADING_END)[] = [root];
  while (stack.length) {
    if (total > maxChars) {
      out.truncated = true;
      return;
    }
    if (++visited % SLICE_NODES === 0) yield;
    const node = stack.pop();
    if (node === null || node === HEADING_END) {
      flush(node === HEADING_END);
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      buf += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = (el.tagName ?? '').toUpperCase();
    if (SKIP_TAGS.has(tag) || (el.nodeType === 1 && ((opts.skipHidden && isHidden(el)) || opts.skip?.(el)))) continue;
    if (tag === 'BR') {
      breaks.push(buf.length);
      buf += ' ';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push(HEADING_TAGS.test(tag) ? HEADING_END : null);
    }
    pushRenderedChildren(stack, el);
  }
  flush();
}

export function blockTexts(root: Node, opts: BlockOptions = {}): BlockResult {
  const out: BlockResult = { blocks: [], truncated: false, headings: [] };
  for (const _ of walkBlocks(root, opts, out));
  return out;
}

/** A task boundary that background tabs do not throttle (timers there wait up to a second). */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * blockTexts in slices of about `sliceMs` of work, letting the page run between them: for huge pages
 * read on the page's own thread.
 */
export async function blockTextsSliced(root: Node, opts: BlockOptions = {}, pause = nextTask, sliceMs = SLICE_MS): Promise<BlockResult> {
  const out: BlockResult = { blocks: [], truncated: false, headings: [] };
  let since = performance.now();
  for (const _ of walkBlocks(root, opts, out)) {
    if (performance.now() - since < sliceMs) continue;
    await pause();
    since = performance.now();
  }
  return out;
}
