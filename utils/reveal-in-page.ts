// Scrolls the page to a passage and marks it briefly. Runs inside the page through
// scripting.executeScript, so it must stay self-contained: no imports, no outer helpers.

export function revealInPage(quote: string): boolean {
  const norm = (s: string) => s.replace(/\u00AD/g, '').replace(/[\s\u00A0]+/g, ' ');
  const needle = norm(quote).trim();
  if (!needle || !document.body) return false;
  // Build the page's text with whitespace collapsed, remembering where each character came from.
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentElement?.tagName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const map: [number, number][] = []; // text index -> [node index, offset]
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    nodes.push(n as Text);
    starts.push(text.length);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (ch === '\u00AD') continue;
      const space = /[\s\u00A0]/.test(ch);
      if (space && text.endsWith(' ')) continue;
      text += space ? ' ' : ch;
      map.push([nodes.length - 1, i]);
    }
    // Adjacent blocks often have no white space between them in the DOM.
    if (!text.endsWith(' ')) {
      text += ' ';
      map.push([nodes.length - 1, data.length]);
    }
  }
  const at = text.indexOf(needle);
  if (at < 0) return false;
  const [sn, so] = map[at]!;
  const [en, eo] = map[at + needle.length - 1]!;
  const range = document.createRange();
  range.setStart(nodes[sn]!, so);
  range.setEnd(nodes[en]!, Math.min(eo + 1, nodes[en]!.data.length));
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const name = 'keyquote-reveal';
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    if (!document.getElementById(name)) {
      const style = document.createElement('style');
      style.id = name;
      style.textContent = `::highlight(${name}){background-color:#ffd54f;color:inherit}`;
      document.head.append(style);
    }
    css.highlights.set(name, new HighlightCtor(range));
    setTimeout(() => css.highlights?.delete(name), 2500);
  } else {
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}
