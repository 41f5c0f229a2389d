// A page with more quotations than the engine examines: the examined ones get their speakers, and the page is read no further
// than the paragraph of the first one left out (a book-length page must not cost what hundreds of articles do).
import { describe, expect, it } from 'vitest';
import { directQuotes } from '../../../utils/summarize/quotes';

/** `n` paragraphs, each a quotation Smith gave, then a paragraph that names him in full. */
function page(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `“We will open clinic number ${i + 1} in the spring,” Smith said.`);
  return [...paragraphs, 'The mayor, John Smith, has led the city since 2019 and is known as Jack Smith to his friends.'].join('\n\n');
}

describe('a page with more quotations than are examined', () => {
  it('lists the first 500, each with its speaker', () => {
    const quotes = directQuotes(page(520), 'en');
    expect(quotes).toHaveLength(500);
    expect(quotes.every((q) => q.speaker?.endsWith('Smith'))).toBe(true);
  });

  it('reads nothing past the paragraph of the first quotation left out', () => {
    const text = page(520);
    const cut = text.indexOf('\n', text.indexOf('clinic number 501'));
    expect(directQuotes(text, 'en')).toEqual(directQuotes(text.slice(0, cut), 'en'));
  });

  it('reads the whole page when it holds no more than that', () => {
    // The full name written after the quotations is whom "Smith" stands for.
    expect(directQuotes(page(20), 'en').every((q) => q.speaker === 'John Smith')).toBe(true);
  });
});
