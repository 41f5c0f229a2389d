// Firefox test build only: answers the framing test page's {keyquoteTest: 'read-pdf', url} with the
// summary of that PDF, read by pdf-reader.js in this extension page (as the background page reads it).
import { buildSummary } from '@/utils/build-summary';
import { LENGTHS } from '@/utils/summary';
import type { PdfReaderGlobal } from '@/utils/pdf/reader-global';

window.addEventListener('message', async (e) => {
  const req = (e.data as { keyquoteTest?: string; url?: string }) ?? {};
  if (req.keyquoteTest !== 'read-pdf' || typeof req.url !== 'string' || e.source !== parent) return;
  const data = await (globalThis as PdfReaderGlobal).keyquotePdf!.readUrl(req.url);
  const answer = 'error' in data ? { error: data.error } : { summary: buildSummary(data, LENGTHS.short), pageCount: data.pageCount };
  // A string, not an object: nothing of the extension's world is handed to the page.
  parent.postMessage(JSON.stringify({ keyquoteTestPdf: answer }), '*');
});
parent.postMessage(JSON.stringify({ keyquoteTestPdfReady: true }), '*');
