import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gatherEvidence, isProse, looksLikeShortArticle } from '@/utils/extract/article-evidence';
import { extractArticle } from '@/utils/extract/extract-article';
import { readFixture } from './fixture';

const dom = (html: string) => parseHTML(html).document as unknown as Document;
const extract = (html: string) => extractArticle(dom(html), { url: 'https://news.example/story' });
const STORY =
  'The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room. ' +
  'The council agreed to pay for heating and cleaning for a trial of six months. “People asked for this for years,” said the head librarian, Ines Moro. ' +
  'Children’s story hour will move to Sunday afternoons.';
const MENU = '<nav><ul>' + ['Home', 'News', 'Sport', 'Culture', 'Weather', 'Contact'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('') + '</ul></nav>';

describe('short articles are articles', () => {
  it('a news brief of about 70 words keeps its body and leaves out menus, most-read list and footer', () => {
    const a = extract(readFixture('pages/news-brief.html'));
    expect(a.isArticle).toBe(true);
    const text = a.paragraphs.join('\n');
    expect(text).toContain('“We chose the quietest weekend of the month,” said the city engineer, Tomas Berg.');
    for (const noise of ['Subscribe', 'Most read', 'Storm warning', 'Privacy policy', 'All rights reserved']) expect(text).not.toContain(noise);
  });

  it('a one-paragraph story under a heading, with no metadata at all', () => {
    const a = extract(`<html><body>${MENU}<h1>Library to open on Sundays</h1><p>${STORY}</p><footer><a href="/a">About</a></footer></body></html>`);
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs.join(' ')).toContain('Ines Moro');
  });
});

describe('pages without prose are still not articles', () => {
  it.each(['search-results.html', 'odd/login.html', 'odd/iframe.html', 'odd/shadow.html', 'odd/web-app.html', 'odd/video-only.html'])('%s', (name) => {
    expect(extract(readFixture(`pages/${name}`)).isArticle).toBe(false);
  });

  it('a list of headlines with Article metadata and a heading is not an article', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">Council news item number ${i} about the harbour and the parking rules</a></li>`).join('');
    const html = `<html><head><meta property="og:type" content="article"></head><body>${MENU}<main><h1>Local news</h1><ul>${links}</ul></main></body></html>`;
    expect(extract(html).isArticle).toBe(false);
  });
});

describe('evidence', () => {
  it('prose is a sentence-ending paragraph of some length; labels and headlines are not', () => {
    expect(isProse(STORY)).toBe(true);
    expect(isProse('Council votes on new parking rules')).toBe(false);
    expect(isProse('Read more.')).toBe(false);
    expect(isProse(`${STORY}[12][note 3]`)).toBe(true);
  });

  it('reads schema.org Article from JSON-LD, microdata and og:type, and article semantics around the prose', () => {
    const e = gatherEvidence(dom(readFixture('pages/news-brief.html')), [STORY]);
    expect(e).toMatchObject({ metadata: true, heading: true, semantics: false });
    const ld = dom(`<html><head><script type="application/ld+json">{"@graph":[{"@type":["BlogPosting"]}]}</script></head><body><article><p>${STORY}</p></article></body></html>`);
    expect(gatherEvidence(ld, [STORY])).toMatchObject({ metadata: true, semantics: true, heading: false });
    expect(gatherEvidence(dom(`<div itemscope itemtype="https://schema.org/NewsArticle"><p>${STORY}</p></div>`), [STORY]).metadata).toBe(true);
    expect(gatherEvidence(dom(`<div itemscope itemtype="https://schema.org/Product"><p>${STORY}</p></div>`), [STORY]).metadata).toBe(false);
  });

  it('needs two signs besides prose, and enough text', () => {
    const base = { words: 70, proseWords: 30, metadata: false, semantics: false, heading: false };
    expect(looksLikeShortArticle(base)).toBe(false);
    expect(looksLikeShortArticle({ ...base, metadata: true })).toBe(false);
    expect(looksLikeShortArticle({ ...base, metadata: true, heading: true })).toBe(true);
    expect(looksLikeShortArticle({ ...base, proseWords: 60, heading: true })).toBe(true);
    expect(looksLikeShortArticle({ ...base, words: 30, proseWords: 30, metadata: true, heading: true })).toBe(false);
    expect(looksLikeShortArticle({ ...base, proseWords: 10, metadata: true, heading: true, semantics: true })).toBe(false);
  });
});
