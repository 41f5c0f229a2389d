// Fallback painter for browsers without the CSS Custom Highlight API: wraps the text of a range
// in <mark data-keyquote-id> elements (one per text node), and unwraps them on erase.
import type { Painter } from './paint';
import { COLOR_CSS } from './types';

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

export function createMarkPainter(doc: Document): Painter {
  return {
    paint(id, range, color) {
      this.erase(id);
      const { startContainer, startOffset, endContainer, endOffset } = range;
      for (let node of textNodesIn(range)) {
        const from = node === startContainer ? startOffset : 0;
        const to = node === endContainer ? endOffset : node.data.length;
        if (to <= from || !node.data.slice(from, to).trim()) continue;
        if (to < node.data.length) node.splitText(to);
        if (from > 0) node = node.splitText(from);
        const mark = doc.createElement('mark');
        mark.dataset.keyquoteId = id;
        mark.style.backgroundColor = COLOR_CSS[color];
        mark.style.color = 'inherit';
        node.replaceWith(mark);
        mark.append(node);
      }
    },
    erase(id) {
      for (const mark of doc.querySelectorAll(`mark[data-keyquote-id="${CSS.escape(id)}"]`)) {
        const parent = mark.parentNode;
        mark.replaceWith(...mark.childNodes);
        parent?.normalize();
      }
    },
  };
}
