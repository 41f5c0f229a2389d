// Injected on demand into the tab the user asked about: returns the article as plain data.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticleSliced } from '@/utils/extract/extract-article';

export default defineContentScript({
  registration: 'runtime',
  // A promise: executeScript waits for it, and a huge page is read in slices meanwhile.
  main() {
    return extractArticleSliced(document, { url: location.href });
  },
});
