// Injected on demand into the tab the user asked about: returns the article as plain data.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticleSliced, PAGE_READ_CHARS } from '@/utils/extract/extract-article';

export default defineContentScript({
  registration: 'runtime',
  // A promise: executeScript waits for it, and a huge page is read in slices meanwhile.
  // (No timing marks here: the page's own scripts can read its performance timeline.)
  main() {
    return extractArticleSliced(document, { url: location.href, maxChars: PAGE_READ_CHARS });
  },
});
