import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '@/utils/extract/block-texts';
import { cleanArticle } from '@/utils/extract/clean-article';
import { cleanBlocks } from '@/utils/extract/clean-blocks';

const URL = 'https://news.example/2026/03/story';
const P1 = 'The council approved the new budget on Monday after a debate that lasted most of the night.';
const P2 = 'Opposition members said the plan cut too deeply into the library service and the youth clubs.';

function cleaned(body: string): string[] {
  const { document } = parseHTML(`<html><body><div id="root">${body}</div></body></html>`);
  const root = document.getElementById('root') as unknown as Element;
  cleanArticle(root, URL);
  return blockTexts(root).blocks;
}

describe('cleanArticle (structure)', () => {
  it('removes figures and captions, share bars, newsletter boxes and author bios, keeps the prose', () => {
    const blocks = cleaned(`<p>${P1}</p>
      <figure><img src="a.jpg"><figcaption>The council chamber on Monday. Photo: J. Smith</figcaption></figure>
      <div class="social-share-bar"><span>Share</span><span>Tweet</span></div>
      <p>${P2}</p>
      <div class="newsletter-signup"><p>Get our morning briefing in your inbox every weekday.</p></div>
      <div class="authorBio"><p>Jane Doe covers the city council for the paper.</p></div>`);
    expect(blocks).toEqual([P1, P2]);
  });

  it('removes an image box left holding only its caption, whose own box Readability made a paragraph (CNBC\'s "InlineImage-imageEmbed" on the extraction benchmark)', () => {
    const caption = 'Sheikh Mohammed bin Rashid Al Maktoum, United Arab Emirates vice president, passes a Boeing 787-10 passenger aircraft during the 15th Dubai Airshow on Monday. Christopher Pike | Bloomberg | Getty Images';
    const body = `<p>${P1}</p><p>${P2}</p>`.repeat(6); // (small beside the text, as every box the vocabulary names must be)
    expect(cleaned(`${body}<div class="InlineImage-imageEmbed hasBkg"><p>${caption}</p></div>`)).toEqual(cleaned(body));
  });

  it('keeps prose in an image box longer than a caption, and a "media-body" of any length (guards)', () => {
    const body = `<p>${P1}</p><p>${P2}</p>`.repeat(6);
    const long = `${P1} ${P2} ${P1} ${P2} ${P1}`;
    expect(cleaned(`${body}<div class="article-image-text"><p>${long}</p></div>`)).toContain(long);
    expect(cleaned(`${body}<div class="media-body"><p>${P1}</p></div>`).filter((b) => b === P1)).toHaveLength(7);
  });

  it('removes lists of links to the same site ("related", menus) but keeps lists of prose and links out to sources', () => {
    const blocks = cleaned(`<p>${P1}</p>
      <ul class="x"><li><a href="/news/1">Parking rules change</a></li><li><a href="https://news.example/news/2">Storm warning</a></li></ul>
      <ul><li>Libraries lose two hours a week.</li><li>Youth clubs merge into one.</li></ul>
      <ul><li><a href="https://shop.example/item">Get it at the shop for $20</a></li><li><a href="https://other.example/report">Read the full report</a></li></ul>`);
    expect(blocks).toEqual([P1, 'Libraries lose two hours a week.', 'Youth clubs merge into one.', 'Get it at the shop for $20', 'Read the full report']);
  });

  it('removes a reference list (links out to its sources) and its heading, which readers do not read as the article', () => {
    const refs = Array.from({ length: 3 }, (_, i) => `<li><a href="https://journal.example/${i}">Report ${i}</a>, Journal of Harbours, 2024.</li>`).join('');
    // (Small beside the text, as every box the vocabulary names must be.)
    const body = `<p>${P1}</p><p>${P2}</p>`.repeat(2);
    expect(cleaned(`${body}<h2>References</h2><div class="reflist"><ol class="references">${refs}</ol></div>`)).toEqual([P1, P2, P1, P2]);
  });

  it('removes a paragraph that is one on-site link, and the heading left with nothing under it', () => {
    const blocks = cleaned(`<p>${P1}</p><p><a href="/other-story"><strong>CLICK HERE FOR MORE CITY NEWS</strong></a></p>
      <p>${P2} <a href="/budget">The budget</a> is online.</p><h3>More stories</h3><p><a href="/a">Another story of the day</a></p>`);
    expect(blocks).toEqual([P1, `${P2} The budget is online.`]);
  });

  it('removes articles nested in the article (teasers, comments), not a second wrapper around the body', () => {
    const teaser = '<article><h2>Another story</h2><p>A different story with its own long paragraph of text about parking.</p></article>';
    expect(cleaned(`<article><p>${P1}</p>${teaser}<p>${P2}</p>${teaser}</article>`)).toEqual([P1, P2]);
    expect(cleaned(`<article><article class="body"><p>${P1}</p><p>${P2}</p></article></article>`)).toEqual([P1, P2]);
  });

  it('keeps headings made of links within the page (permalinks) and sections whose id is a heading slug', () => {
    const before = `<p>${P2}</p>`.repeat(4);
    const blocks = cleaned(`${before}<div class="section" id="sharing-with-a-single-developer"><h2><a href="#toc">Sharing with one developer</a><a href="#s1">¶</a></h2><p>${P1}</p></div>`);
    expect(blocks).toEqual([P2, P2, P2, P2, 'Sharing with one developer¶', P1]);
  });

  it('never removes the body because of its own class words', () => {
    const blocks = cleaned(`<div class="article-body related-content"><p>${P1}</p><p>${P2}</p></div>`);
    expect(blocks).toEqual([P1, P2]);
  });
});

describe('cleanBlocks (text shape)', () => {
  const title = 'Council approves budget after all-night debate';
  it.each([
    ['the repeated headline', 'Council approves budget after all-night debate'],
    ['a date line', 'Updated 1:39 am EST, Wednesday, November 20, 2019'],
    ['a date line', 'PUBLISHED: 10:48, Tue, Nov 19, 2019'],
    ['a photo credit', 'Photo: Damian Dovarganes, AP'],
    ['a caption ending in a credit', 'The chamber was full until dawn (Image: GETTY)'],
    ['a caption ending in a © credit (a design site of the extraction benchmark)', 'Jewels after Jewels after Jewels, installation views, photos © Inexhibit, 2018'],
    ['a copyright line', 'Copyright © Mortons Media Group Ltd. All rights reserved.'],
    ['a label', 'Advertisement'],
    ['a label', 'Continue Reading Below'],
    ['a promo', 'READ MORE: Storm warning for the coast on Friday'],
    ['the page address', URL],
  ])('drops %s: %s', (_what, line) => {
    expect(cleanBlocks({ blocks: [P1, line, P2], headings: [] }, title, URL).blocks).toEqual([P1, P2]);
  });

  it.each([
    ['a live-blog time', '10 p.m.'],
    ['a figure', '225.86'],
    ['a subheading in capitals', 'WHAT YOU NEED TO MAKE JAM'],
    ['a sentence with a date', 'The vote was held on Monday, November 18, 2019, after the debate.'],
    ['a link to a source', 'http://www.example.org/report-2019.pdf'],
    ['a sentence about copyright', 'Copyright law is older than the printing press in some countries.'],
  ])('keeps %s: %s', (_what, line) => {
    expect(cleanBlocks({ blocks: [P1, line, P2], headings: [] }, title, URL).blocks).toEqual([P1, line, P2]);
  });
});

describe('cleanBlocks keeps headings in step', () => {
  it('renumbers the headings when blocks before them are dropped', () => {
    const title = 'Council approves budget after all-night debate';
    const read = { blocks: [title, 'Background', 'The council met for eleven hours before the vote.', 'Photo: Jane Doe', 'What comes next', 'A second vote follows in June.'], headings: [1, 4] };
    const clean = cleanBlocks(read, title, 'https://example.org/news/budget');
    expect(clean.headings.map((h) => clean.blocks[h])).toEqual(['Background', 'What comes next']);
  });
});
