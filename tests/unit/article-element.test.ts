// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleElementInstead } from '@/utils/extract/article-element';
import { extractArticle } from '@/utils/extract/extract-article';
import { fixturePath, readFixture } from './fixture';

const dom = (html: string) => parseHTML(html).document as unknown as Document;
const extract = (html: string) => extractArticle(dom(html), { url: 'https://news.example/story' });

const STORY =
  '<p>The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room for the winter.</p>' +
  '<p>The council agreed to pay for heating and cleaning for a trial of six months, and will count the visitors before it decides.</p>';
/** Legal text long enough to outscore a two-paragraph story in Readability's eyes. */
const LEGAL = Array.from({ length: 6 }, (_, i) => `<p>Registered media outlet, licence number ${i}, issued by the federal service for supervision of communications, information technology and mass media, with all rights reserved.</p>`).join('');
/** Deal cards, each an <article> with its blurb: what a sidebar of offers looks like. */
const DEALS = Array.from({ length: 8 }, (_, i) => `<article><h3><a href="/deal${i}">Deal ${i}: headphones at a discount</a></h3><p>The wireless headphones number ${i} are on sale this week, down from their usual price, making it a saving of twenty percent, with free delivery.</p></article>`).join('');

describe('a short story is read from the page’s article element, not from the block beside it that Readability picked', () => {
  it.each([
    ['the footer’s legal notice, while the article element holding the main heading has the story', `<main><article><h1>Library to open on Sundays</h1>${STORY}</article></main><footer><div class="info">${LEGAL}</div></footer>`],
    ['a sidebar of deal cards, each an <article>, while the one article element outside the sidebar holds the story', `<header><h1>Library to open on Sundays</h1></header><main><article class="post">${STORY}</article><aside>${DEALS}</aside></main>`],
    ['the story together with a list of other stories around it, each an <article> with its excerpt ("More news")', `<div id="content"><article><h1>Library to open on Sundays</h1>${STORY}</article><ul class="more">${DEALS.replace(/<article>/g, '<li><article>').replace(/<\/article>/g, '</article></li>')}</ul></div>`],
  ])('%s', (_name, body) => {
    const a = extract(`<html><body>${body}</body></html>`);
    const text = a.paragraphs.join('\n');
    expect(text).toContain('The council agreed to pay for heating');
    expect(text).not.toContain('licence number');
    expect(text).not.toContain('headphones');
  });

  it('guard: a page whose story lies outside article elements and whose one comment is an <article> keeps its story', () => {
    const long = Array.from({ length: 4 }, () => STORY).join('');
    const comment = '<article class="comment"><p>Great news for the families of our street, who have asked the council for longer opening hours for many years now. My children will finally have somewhere warm and quiet to read and do their homework at the weekend, and I hope the trial becomes permanent.</p></article>';
    const doc = dom(`<html><body><h1>Library to open on Sundays</h1><div class="entry">${long}</div><div id="comments">${comment}</div></body></html>`);
    expect(articleElementInstead(doc, ['The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room for the winter.'])).toBeNull();
    expect(extractArticle(doc, { url: 'https://news.example/story' }).paragraphs.join('\n')).toContain('The library on Mill Street');
  });

  it('guard: a story whose page wraps only its heading and lede in <article> goes on in the text after it', () => {
    const body = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the story: the volunteers will work in pairs, the council will review the trial in the spring, and the reading room will keep its weekday hours.</p>`).join('');
    const lede = '<p>The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room for the winter, the council said on Tuesday evening after a long debate in which members of every party spoke for the plan and asked how many people would come.</p>';
    const a = extract(`<html><body><div class="story"><article><h1>Library to open on Sundays</h1>${lede}</article>${body}</div><article class="teaser"><p>Short teaser.</p></article></body></html>`);
    expect(a.paragraphs.join('\n')).toContain('Paragraph 4 of the story');
  });

  it('guard: a pick inside the article element is left as it is', () => {
    const doc = dom(`<html><body><article><h1>Library to open on Sundays</h1>${STORY}</article><footer>${LEGAL}</footer></body></html>`);
    expect(articleElementInstead(doc, ['The library on Mill Street will open on Sundays from next month, after volunteers offered to staff the reading room for the winter.'])).toBeNull();
  });

  it('guard: a card with a line of text is no story to read instead', () => {
    const doc = dom(`<html><body><article><h1>Library to open on Sundays</h1><p>Open on Sundays.</p></article><footer>${LEGAL}</footer></body></html>`);
    expect(articleElementInstead(doc, ['Registered media outlet, licence number 0, issued by the federal service'])).toBeNull();
  });
});

describe('on real pages cut to a news brief (Article Extraction Benchmark pages with their body cut to its first 60-95 words)', () => {
  it('wday.ru: the brief, not the footer’s registration notice', () => {
    const a = extractArticle(dom(readFixture('pages/real/wday-short-brief.html')), { url: 'http://www.wday.ru/articles/53-letnyaya-model' });
    const text = a.paragraphs.join('\n');
    expect(text).toContain('В восьмидесятых годах чешская красавица заявила о себе на весь мир.');
    expect(text).toContain('Сейчас Полине исполнилось 53 года');
    expect(text).not.toContain('Роскомнадзор');
  });

  it('mspoweruser.com, as the CLI’s --text prints it: the brief, not the sidebar of deals', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--text', fixturePath('pages/real/mspoweruser-short-brief.html')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('the Google Stadia Red Dead Redemption 2 port doesn’t run at a solid 60fps');
    expect(r.stdout).toContain('Posted on social media by the performance analysts at Digital Foundry');
    expect(r.stdout).not.toContain('AirPods Pro');
  });
});
