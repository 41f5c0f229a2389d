// pdf.js and Keyquote's PDF reader, in a script of its own that is loaded only to read a PDF, into an
// extension page: Chrome's offscreen document or Firefox's background page. It defines
// `keyquotePdf.readUrl(url)` and `keyquotePdf.readBytes(bytes, url)`: the article as plain data, or the
// error as data.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as pdfjs from 'pdfjs-dist';
import { readPdf, type PdfJs } from '@/utils/pdf/read-pdf';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { toKeyquoteError } from '@/utils/errors';
import { PDF_WORKER_FILE, type PdfReaderGlobal, type PdfReadResult } from '@/utils/pdf/reader-global';

/**
 * One worker for every PDF this page reads: started on the first, kept warm for the next (a fresh
 * thread compiles pdf.js's parser again). Parsing there leaves this page's thread free.
 */
function useWorker(): void {
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(PDF_WORKER_FILE);
}

/** The error as plain data: it crosses to other extension pages as a message. */
function asData(err: unknown): PdfReadResult {
  const e = toKeyquoteError(err);
  return { error: { code: e.code, message: e.message } };
}

async function readBytes(bytes: Uint8Array, url: string): Promise<PdfReadResult> {
  useWorker();
  return readPdf(pdfjs as unknown as PdfJs, bytes, { url }).catch(asData);
}

async function readUrl(url: string): Promise<PdfReadResult> {
  return fetchPdfBytes(url).then((bytes) => readBytes(bytes, url), asData);
}

export default defineUnlistedScript(() => {
  (globalThis as PdfReaderGlobal).keyquotePdf = { readUrl, readBytes };
});
