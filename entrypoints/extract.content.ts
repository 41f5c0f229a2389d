// Injected on demand into the tab the user asked about: returns the article as plain data.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '@/utils/extract/extract-article';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return extractArticle(document, { url: location.href });
  },
});
