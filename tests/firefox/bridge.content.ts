// Firefox test build only (added by wxt.config.ts): lets a 127.0.0.1 test page ask for its summary as plain data.
// Automation cannot open moz-extension:// pages, so the popup's path is driven from the page instead.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { articleText } from '@/utils/article';
import { buildSummary } from '@/utils/build-summary';
import { LENGTHS } from '@/utils/summary';
import { extractArticle } from '@/utils/extract/extract-article';
import { writePages } from '@/utils/highlights/store';
import { documentKey } from '@/utils/highlights/normalize-url';

export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  main() {
    window.addEventListener('message', async (e) => {
      // Stores a highlight of this page through the extension's own store code (as the worker does).
      const store = (e.data as { keyquoteTest?: string; exact?: string }) ?? {};
      if (e.source === window && store.keyquoteTest === 'store-highlight' && typeof store.exact === 'string') {
        const url = documentKey(document);
        const highlight = { id: 'ff-1', href: url, exact: store.exact, prefix: '', suffix: '', start: -1, end: -1, color: 'green' as const, note: '', created: 1, updated: 1 };
        await writePages([{ url, title: document.title, highlights: [highlight] }]);
        window.postMessage(JSON.stringify({ keyquoteTestStored: url }), '*');
        return;
      }
      // Frames the test build's PDF probe page (an extension page) and relays a PDF URL to it.
      if (e.source === window && (e.data as { keyquoteTest?: string })?.keyquoteTest === 'frame-pdf-probe') {
        if (document.getElementById('kq-pdf-probe')) return;
        const frame = document.createElement('iframe');
        frame.id = 'kq-pdf-probe';
        frame.src = browser.runtime.getURL('/pdf-probe.html' as never);
        document.body.append(frame);
        return;
      }
      if (e.source !== window || (e.data as { keyquoteTest?: string })?.keyquoteTest !== 'summarize') return;
      // The same extraction and engine as the worker's path, run here in Firefox's DOM.
      const article = extractArticle(document, { url: location.href });
      const summary = buildSummary(article, LENGTHS.short);
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
