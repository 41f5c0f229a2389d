// Injected on demand into the tab the user asked about: returns the article as plain data.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticleSliced, PAGE_READ_CHARS } from '@/utils/extract/extract-article';
import { htmlParsed } from '@/utils/extract/html-parsed';

// An unlisted script, not a content script: WXT wraps a content script in a context that announces
// it to the page (a window message and a document event the page's own scripts can listen to) and
// watches for newer copies of itself, which a one-shot reading needs neither of; the page learns
// nothing, and the script is smaller.
export default defineUnlistedScript(() =>
  // A promise: executeScript waits for it, and a huge page is read in slices meanwhile. The worker
  // injects at once, even into a page still loading: the page is read as soon as its HTML is whole.
  // (No timing marks here: the page's own scripts can read its performance timeline.)
  htmlParsed(document).then(() => extractArticleSliced(document, { url: location.href, maxChars: PAGE_READ_CHARS })),
);
