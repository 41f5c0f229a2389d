// Injected on demand into a tab showing a PDF, and only there: reads the document's bytes (the tab's
// own URL, same origin) with pdf.js and returns the article as plain data, or the error as data.
import { defineContentScript } from 'wxt/utils/define-content-script';
import * as pdfjs from 'pdfjs-dist';
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { readPdf, type PdfArticle, type PdfJs } from '@/utils/pdf/read-pdf';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { toKeyquoteError, type KeyquoteErrorCode } from '@/utils/errors';

export type PdfExtractResult = PdfArticle | { error: { code: KeyquoteErrorCode; message: string } };

export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<PdfExtractResult> {
    // pdf.js runs its parser on this thread (its "fake worker"): a page's script may not start a
    // worker from an extension's files, and one PDF's text needs no second thread.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;
    try {
      const bytes = await fetchPdfBytes(location.href);
      return await readPdf(pdfjs as unknown as PdfJs, bytes, { url: location.href });
    } catch (err) {
      const e = toKeyquoteError(err);
      return { error: { code: e.code, message: e.message } };
    }
  },
});
