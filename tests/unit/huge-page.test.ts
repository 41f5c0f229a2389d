import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts, blockTextsSliced } from '@/utils/extract/block-texts';
import { extractArticle, extractArticleSliced } from '@/utils/extract/extract-article';
import { hasMoreElements, hasMoreText } from '@/utils/extract/huge-page';
import { mainSubtree } from '@/utils/extract/main-subtree';

const dom = (html: string) => parseHTML(html).document as unknown as Document;
const SENTENCE = (i: number) => `The council met for the ${i}th time this year and agreed on the budget for the harbour.[${i}]`;
const MENU = `<nav><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/t${i}">Topic ${i}</a></li>`).join('')}</ul></nav>`;
const BODY = Array.from({ length: 60 }, (_, i) => `<p>${SENTENCE(i)} <a href="/wiki/x">Harbour</a> works went on.</p>`).join('');
/** More elements than maxElements: read as a huge page. */
const OPTS = { url: 'https://wiki.example/Harbour', maxElements: 200 };

describe('huge pages are read from their main subtree', () => {
  it('finds the article in <main>, leaves out the menu and the navigation boxes, and calls it an article', () => {
    const html = `<html><body>${MENU}<main><h1>Harbour</h1>${BODY}<div role="navigation">${MENU}</div></main></body></html>`;
    const a = extractArticle(dom(html), OPTS);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs[0]).toBe('Harbour');
    expect(a.paragraphs).toHaveLength(61);
    expect(a.paragraphs.join(' ')).not.toContain('Topic 1');
    expect(a.headings).toEqual([0]); // the outline of a long page needs its headings
  });

  it('tells a page over the element limit in both DOMs, the browser\'s and the CLI\'s', () => {
    const html = '<html><head></head><body><div><p>a</p><p>b</p></div></body></html>'; // 6 elements
    const browserLike = new DOMParser().parseFromString(html, 'text/html');
    for (const doc of [browserLike, dom(html)]) {
      expect(hasMoreElements(doc, 5)).toBe(true);
      expect(hasMoreElements(doc, 6)).toBe(false);
    }
  });

  it('measures a page\'s text without its scripts and styles', () => {
    const doc = dom(`<html><body><p>${'a'.repeat(100)}</p><script>${'x'.repeat(500)}</script><style>p{}</style></body></html>`);
    expect(hasMoreText(doc, 99)).toBe(true);
    expect(hasMoreText(doc, 100)).toBe(false);
  });

  it('leaves out the text of scripts wherever they sit, and counts the text around them', () => {
    const page = `<p>${'a'.repeat(60)}</p><div><script>${'x'.repeat(500)}</script>${'b'.repeat(40)}<noscript>${'y'.repeat(300)}</noscript></div>`;
    for (const doc of [dom(`<html><body>${page}</body></html>`), new DOMParser().parseFromString(`<html><body>${page}</body></html>`, 'text/html')]) {
      expect(hasMoreText(doc, 99)).toBe(true);
      expect(hasMoreText(doc, 100)).toBe(false);
    }
  });

  it('takes a lone <main> without measuring it, unless it is empty', () => {
    expect(mainSubtree(dom(`<html><body><main><h1>Harbour</h1>${BODY}</main></body></html>`))?.tagName).toBe('MAIN');
    expect(mainSubtree(dom(`<html><body><main><div></div></main><div id="text">${BODY}</div></body></html>`))?.getAttribute('id')).toBe('text');
  });

  it('without main or article, takes the element whose paragraphs hold the most text', () => {
    const doc = dom(`<html><body>${MENU}<div id="side"><p>Short note.</p></div><div id="text">${BODY}</div></body></html>`);
    expect(mainSubtree(doc)?.getAttribute('id')).toBe('text');
    expect(extractArticle(doc, OPTS).isArticle).toBe(true);
  });

  it('a huge page of fragments and links is still not an article', () => {
    const cells = Array.from({ length: 400 }, (_, i) => `<div><span>item ${i} of the board</span><b>x</b></div>`).join('');
    const a = extractArticle(dom(`<html><body>${MENU}<div>${cells}</div></body></html>`), OPTS);
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs.length).toBeGreaterThan(100);
  });

  it('the sliced reading (the content script) gives the same article as the plain one', async () => {
    const html = `<html><body>${MENU}<main><h1>Harbour</h1>${BODY.repeat(40)}<h2>Works</h2>${BODY.repeat(40)}</main></body></html>`;
    const sliced = await extractArticleSliced(dom(html), OPTS);
    expect(sliced).toEqual(extractArticle(dom(html), OPTS));
    expect(sliced.headings!.map((h) => sliced.paragraphs[h])).toEqual(['Harbour', 'Works']);
  });

  it('the sliced walk pauses between slices and reads what the plain walk reads', async () => {
    const root = dom(`<html><body>${BODY.repeat(100)}</body></html>`).body;
    let pauses = 0;
    // Slices of 0 ms: a pause at every look at the clock.
    const sliced = await blockTextsSliced(root, {}, async () => void pauses++, 0);
    expect(sliced).toEqual(blockTexts(root));
    expect(pauses).toBeGreaterThan(3);
  });

  it('a page with more text than Readability reads in time is read in place, cut where the reader stops', async () => {
    const html = `<html><body>${MENU}<article><h1>Harbour</h1>${BODY.repeat(20)}</article></body></html>`;
    // 1,260 elements, under the element limit; its text (over 100k characters) is over this limit.
    const opts = { url: OPTS.url, maxReadabilityChars: 50_000 };
    const a = extractArticle(dom(html), opts);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs.join(' ')).not.toContain('Topic 1');
    expect(await extractArticleSliced(dom(html), opts)).toEqual(a);
    // The extension reads a page's first part only (PAGE_READ_CHARS), and says so.
    const cut = await extractArticleSliced(dom(html), { ...opts, maxChars: 20_000 });
    expect(cut.truncated).toBe(true);
    expect(cut.paragraphs.join('').length).toBeLessThan(20_000 + 200);
    expect(a.paragraphs.slice(0, cut.paragraphs.length)).toEqual(cut.paragraphs);
  });
});
