// Scrolls the page to a passage and marks it briefly. Runs inside the page through
// scripting.executeScript, so it must stay self-contained: no imports, no outer helpers.

export function revealInPage(quote: string): boolean {
  // Compare with all white space removed: extraction and the DOM disagree on where blocks and
  // line breaks put spaces, but never on the other characters.
  const isGap = (ch: string) => /[\s\u00A0\u00AD\u200B]/.test(ch);
  const needle = [...quote].filter((ch) => !isGap(ch)).join('');
  if (!needle || !document.body) return false;
  const nodes: Text[] = [];
  const map: [number, number][] = []; // index in `text` -> [node index, offset in node]
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentElement?.tagName ?? '')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    nodes.push(n as Text);
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (isGap(ch)) continue;
      text += ch;
      map.push([nodes.length - 1, i]);
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
