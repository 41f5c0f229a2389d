import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '@/utils/extract/block-texts';
import { normalizeText } from '@/utils/normalize-text';
import { extractArticle } from '@/utils/extract/extract-article';
import { readFixture } from './fixture';

const page = (name: string) => readFixture(`pages/${name}`);
const dom = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractArticle on the sample article', () => {
  const html = page('seed-politics.html');
  const a = extractArticle(dom(html), { url: 'https://ledger.example/politics/trump' });

  it('finds the article and its metadata', () => {
    expect(a.isArticle).toBe(true);
    expect(a.source).toBe('readability');
    expect(a.title).toBe('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(a.site).toBe('The Daily Ledger');
    expect(a.lang).toBe('en');
    expect(a.published?.slice(0, 10)).toBe('2025-06-23');
  });

  it('keeps the body and leaves out navigation, sidebar, comments and cookie banner', () => {
    const text = a.paragraphs.join('\n');
    expect(text).toContain('The enemy spared neither drones nor missiles');
    for (const noise of ['Recent Posts', 'Bezos and Sanchez', 'Comments are closed', 'We use cookies', 'Privacy'])
      expect(text).not.toContain(noise);
  });

  it('does not change the page it reads', () => {
    const doc = dom(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: 'https://ledger.example/' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('an empty body gives no text and no article', () => {
    const a = extractArticle(dom('<html><body></body></html>'), { url: 'https://ex.com/' });
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs).toEqual([]);
  });

  it('a search page falls back to its visible text', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li><a href="/r${i}">Result ${i}</a> short snippet ${i}</li>`).join('');
    const a = extractArticle(dom(`<html><body><form><input name=q></form><ul>${items}</ul><p hidden>secret</p></body></html>`), {
      url: 'https://search.example/?q=x',
    });
    expect(a.isArticle).toBe(false);
    expect(a.source).toBe('visible-text');
    expect(a.paragraphs).toContain('Result 3 short snippet 3');
    expect(a.paragraphs.join(' ')).not.toContain('secret');
  });

  it('caps work on huge pages and says so', () => {
    const body = '<p>' + 'word '.repeat(50) + '</p>';
    const a = extractArticle(dom(`<html><body>${body.repeat(400)}</body></html>`), { url: 'https://ex.com/', maxElements: 100, maxChars: 5000 });
    expect(a.truncated).toBe(true);
    expect(a.paragraphs.join('').length).toBeLessThan(6000);
  });
});

describe('blockTexts', () => {
  it('joins inline markup and splits at blocks', () => {
    const d = dom('<div><p>A <a href="#">link</a> and <em>emphasis</em>.</p><ul><li>one</li><li>two<br>lines</li></ul></div>');
    expect(blockTexts(d.querySelector('div')!).blocks).toEqual(['A link and emphasis.', 'one', 'two lines']);
  });

  it('survives nesting deeper than the call stack', () => {
    const deep = '<div>'.repeat(20000) + 'deep text' + '</div>'.repeat(20000);
    const d = dom(`<html><body>${deep}</body></html>`);
    expect(blockTexts(d.body).blocks).toEqual(['deep text']);
  });

  it('normalizes NBSP, soft hyphens and runs of white space', () => {
    expect(normalizeText('  a\u00A0\u00A0b\n\tc soft\u00ADhyphen ')).toBe('a b c softhyphen');
  });
});
