// A quotation in boxes of its own (an embedded post) stays in the article text.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { unwrapQuotations } from '@/utils/extract/quoted-posts';

const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
const POST = '<blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million dollars on it</p>— Dianna Anderson (@dianna) November 18, 2019</blockquote>';

describe('unwrapQuotations', () => {
  it.each([
    ['a box holding only the quotation goes', `<div class="social-media-embed">${POST}</div>`, 'BLOCKQUOTE'],
    ['boxes inside boxes go, and a loader script beside the quotation does not count', `<div class="widget"><div class="inner"><div>${POST} <script src="x.js"></script></div></div></div>`, 'BLOCKQUOTE'],
    ['guard: a box with text of its own stays', `<div class="quote-box"><p>Read the reactions:</p>${POST}</div>`, 'DIV'],
    ['guard: only boxes, never a section or the article', `<section>${POST}</section>`, 'SECTION'],
  ])('%s', (_name, html, top) => {
    const doc = dom(html);
    unwrapQuotations(doc);
    expect(doc.body.firstElementChild?.tagName).toBe(top);
    expect(doc.body.textContent).toContain('half a million dollars');
  });
});

describe('extractArticle keeps an embedded post that the page boxed as social media', () => {
  const para = (n: number) => `<p>Paragraph ${n} of the story tells what the state did with its new slogan, who paid for it, and what the governor said about the campaign on Monday.</p>`;
  const html = `<main><article><h1>South Dakota's slogan</h1>${[1, 2, 3].map(para).join('')}<div class="social-media-embed">${POST}<script async src="https://platform.example/widgets.js"></script></div>${[4, 5, 6].map(para).join('')}</article></main>`;
  it('the post and its author line are paragraphs of the article, in place', () => {
    const a = extractArticle(dom(html), { url: 'https://news.example/story' });
    expect(a.isArticle).toBe(true);
    const at = a.paragraphs.findIndex((p) => p.includes('half a million dollars'));
    expect(at).toBeGreaterThan(a.paragraphs.findIndex((p) => p.startsWith('Paragraph 3')));
    expect(at).toBeLessThan(a.paragraphs.findIndex((p) => p.startsWith('Paragraph 4')));
    expect(a.paragraphs.join('\n')).toContain('— Dianna Anderson (@dianna) November 18, 2019');
  });
});
