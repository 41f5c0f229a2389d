// pdf.js and Keyquote's PDF reader, in a script of its own that is loaded only to read a PDF: injected
// into a Chrome tab that shows one, or added to Firefox's background page (whose viewer takes no
// scripts). It defines `keyquotePdf.readUrl(url)`: the article as plain data, or the error as data.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as pdfjs from 'pdfjs-dist';
import * as pdfWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { readPdf, type PdfJs } from '@/utils/pdf/read-pdf';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { toKeyquoteError } from '@/utils/errors';
import type { PdfReaderGlobal, PdfReadResult } from '@/utils/pdf/reader-global';

async function readUrl(url: string): Promise<PdfReadResult> {
  try {
    return await readPdf(pdfjs as unknown as PdfJs, await fetchPdfBytes(url), { url });
  } catch (err) {
    const e = toKeyquoteError(err);
    return { error: { code: e.code, message: e.message } };
  }
}

export default defineUnlistedScript(() => {
  // pdf.js parses on this thread (its "fake worker"): neither a page's script nor Firefox's
  // background may start a worker from these files, and one PDF's text needs no second thread.
  const g = globalThis as PdfReaderGlobal;
  g.pdfjsWorker = pdfWorker;
  g.keyquotePdf = { readUrl };
});
