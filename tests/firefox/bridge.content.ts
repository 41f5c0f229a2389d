// Firefox test build only (added by wxt.config.ts): lets a 127.0.0.1 test page ask for its summary as plain data.
// Automation cannot open moz-extension:// pages, so the popup's path is driven from the page instead.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleText } from '@/utils/article';
import { buildSummary } from '@/utils/build-summary';
import { extractArticle } from '@/utils/extract/extract-article';

export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main() {
    window.addEventListener('message', async (e) => {
      if (e.source !== window || (e.data as { keyquoteTest?: string })?.keyquoteTest !== 'summarize') return;
      // The same extraction and engine as the worker's path, run here in Firefox's DOM.
      const article = extractArticle(document, { url: location.href });
      const summary = buildSummary(article, 'short');
      // The real background must refuse an envelope from a content script (only extension pages may ask).
      const workerReply = await browser.runtime
        .sendMessage({ keyquote: 1, type: 'summarize', data: { tabId: 1, length: 'short' } })
        .catch((err: unknown) => ({ thrown: String(err) }));
      const { paragraphs, ...meta } = article;
      const result = { meta, paragraphCount: paragraphs.length, text: articleText(paragraphs), summary, workerReply };
      // A string, not an object: nothing of the extension's world is handed to the page.
      window.postMessage(JSON.stringify({ keyquoteTestResult: result }), '*');
    });
  },
});
