// The CLI-level pipeline for hardening tests: a page's HTML → extractArticle (linkedom) → summary.
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { articleText, type ArticleData } from '@/utils/article';
import { buildSummary } from '@/utils/build-summary';
import { extractArticle } from '@/utils/extract/extract-article';
import { LENGTHS, type Summary, type SummaryLength } from '@/utils/summary';

export const dom = (html: string) => parseHTML(html).document as unknown as Document;

/** A page with `paragraphs` as its article body (each string is one `<p>`, already HTML). */
export function articleHtml(paragraphs: string[], head = '<title>A story</title>', htmlAttrs = 'lang="en"'): string {
  return `<!DOCTYPE html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body><article><h1>A story</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

export function pipeline(html: string, length: SummaryLength = 'long'): { article: ArticleData; summary: Summary } {
  const article = extractArticle(dom(html), { url: 'https://example.test/story' });
  return { article, summary: buildSummary(article, LENGTHS[length]) };
}

/** Every key quote is the article text at its offsets, character for character. */
export function expectVerbatim(article: ArticleData, summary: Summary): void {
  const text = articleText(article.paragraphs);
  for (const q of summary.keyQuotes) expect(text.slice(q.start, q.end)).toBe(q.text);
}
