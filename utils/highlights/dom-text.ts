// The live page's text as one normalized string, with a map back to DOM positions: the common
// coordinate space of text-quote and text-position selectors (never Readability's clone).
import { isInvisible, isSpace } from '../normalize-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'svg']);
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|CAPTION|DD|DETAILS|DIALOG|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|HTML|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

export interface PageText {
  text: string;
  /** The DOM range of text[start, end). */
  rangeOf(start: number, end: number): Range;
  /** Where a DOM range lies in `text` (white space at its ends trimmed); null when it holds no text. */
  offsetsOf(range: Range): { start: number; end: number } | null;
}

function blockOf(el: Element | null, cache: Map<Element, Element | null>): Element | null {
  if (!el) return null;
  if (cache.has(el)) return cache.get(el)!;
  const b = BLOCK.test(el.tagName) ? el : blockOf(el.parentElement, cache);
  cache.set(el, b);
  return b;
}

export function readPageText(root: Element): PageText {
  const doc = root.ownerDocument;
  const nodes: Text[] = [];
  // For each character of `text`: the index of its text node and its offset in that node.
  const nodeAt: number[] = [];
  const offAt: number[] = [];
  const chars: string[] = [];
  const blocks = new Map<Element, Element | null>();
  let pendingSpace = false;
  let lastBlock: Element | null = null;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */, {
    acceptNode: (n) => (n.nodeType === 1 && SKIP.has((n as Element).tagName) ? 2 /* reject */ : 1),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') pendingSpace = true;
      continue;
    }
    const node = n as Text;
    const block = blockOf(node.parentElement, blocks);
    if (block !== lastBlock) pendingSpace = true; // Paragraphs and list items read as separate words.
    lastBlock = block;
    nodes.push(node);
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (isInvisible(ch)) continue;
      if (isSpace(ch)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && chars.length > 0) {
        chars.push(' ');
        nodeAt.push(nodes.length - 1);
        offAt.push(i);
      }
      pendingSpace = false;
      chars.push(ch);
      nodeAt.push(nodes.length - 1);
      offAt.push(i);
    }
  }
  const text = chars.join('');

  // First index whose (node, offset) is at or after the given point.
  const lowerBound = (node: number, off: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nodeAt[mid]! < node || (nodeAt[mid] === node && offAt[mid]! < off)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    text,
    rangeOf(start, end) {
      const range = doc.createRange();
      range.setStart(nodes[nodeAt[start]!]!, offAt[start]!);
      range.setEnd(nodes[nodeAt[end - 1]!]!, offAt[end - 1]! + 1);
      return range;
    },
    offsetsOf(range) {
      let first = -1;
      let last = -1;
      for (let i = 0; i < nodes.length; i++) {
        if (!range.intersectsNode(nodes[i]!)) {
          if (first >= 0) break;
          continue;
        }
        if (first < 0) first = i;
        last = i;
      }
      if (first < 0) return null;
      let start = lowerBound(first, nodes[first] === range.startContainer ? range.startOffset : 0);
      let end = lowerBound(last, nodes[last] === range.endContainer ? range.endOffset : nodes[last]!.data.length);
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      return start < end ? { start, end } : null;
    },
  };
}
