// Injected on demand into the tab the user asked about: returns the article as plain data.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticleSliced, PAGE_READ_CHARS } from '@/utils/extract/extract-article';

// An unlisted script, not a content script: WXT wraps a content script in a context that announces
// it to the page (a window message and a document event the page's own scripts can listen to) and
// watches for newer copies of itself, which a one-shot reading needs neither of; the page learns
// nothing, and the script is smaller.
export default defineUnlistedScript(() =>
  // A promise: executeScript waits for it, and a huge page is read in slices meanwhile.
  // (No timing marks here: the page's own scripts can read its performance timeline.)
  extractArticleSliced(document, { url: location.href, maxChars: PAGE_READ_CHARS }),
);
