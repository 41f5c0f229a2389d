// A text/plain document (the browser shows it in one <pre>): its blank lines split the paragraphs.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { readFixture } from '../fixture';
import { dom } from './pipeline';

function textDocument(text: string): Document {
  const doc = dom('<html><head></head><body><pre></pre></body></html>');
  doc.querySelector('pre')!.textContent = text;
  Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
  return doc;
}

describe('plain text pages', () => {
  it('keep the title line apart from the first paragraph and count as an article', () => {
    const a = extractArticle(textDocument(readFixture('pages/odd/plain.txt')), { url: 'http://x.test/a.txt' });
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs[0]).toBe('Why the lighthouse keepers stayed');
    expect(a.paragraphs[1]).toMatch(/^The last staffed lighthouse/);
    expect(a.paragraphs).toHaveLength(5);
  });

  it('a short note is not an article', () => {
    const a = extractArticle(textDocument('Buy milk.\n\nCall Sam.'), { url: 'http://x.test/todo.txt' });
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs).toEqual(['Buy milk.', 'Call Sam.']);
  });

  it('stops at the character cap and says so', () => {
    const a = extractArticle(textDocument('word '.repeat(5000)), { url: 'http://x.test/big.txt', maxChars: 1000 });
    expect(a.truncated).toBe(true);
    expect(a.paragraphs.join('').length).toBeLessThanOrEqual(1000);
  });
});
