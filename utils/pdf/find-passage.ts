// Finds a passage selected in a PDF viewer in the PDF's reading text, for a highlight with its page.
import { describeQuote } from '../highlights/text-quote';
import { normalizeText } from '../normalize-text';
import { pageAt, type PageStarts } from './pages';

/**
 * Where `selection` is in `text` (white space compared loosely, a hyphen at a line end forgiven),
 * with the page it starts on; null when the reading text does not have it (a header, a caption…).
 */
export function findPassage(text: string, pageStarts: PageStarts, selection: string) {
  const exact = normalizeText(selection);
  if (!exact) return null;
  const words = exact.split(' ');
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A word broken at a line end ("compre-" / "hension") may be whole, or keep its hyphen, in the text.
  const pattern = words
    .map((w, i) => {
      const gap = i < words.length - 1;
      if (gap && /\p{L}-$/u.test(w)) return `${escape(w.slice(0, -1))}-?\\s*`;
      return escape(w) + (gap ? '\\s+' : '');
    })
    .join('');
  const m = new RegExp(pattern, 'u').exec(text);
  if (!m) return null;
  const start = m.index;
  const end = start + m[0].length;
  return {
    page: pageAt(pageStarts, start) ?? 1,
    quote: { ...describeQuote(text, start, end), start, end },
  };
}
