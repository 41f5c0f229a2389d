// pdf.js and Keyquote's PDF reader, in a script of its own that is loaded only to read a PDF, into an
// extension page: Chrome's offscreen document or Firefox's background page. It defines
// `keyquotePdf.readUrl(url)` and `keyquotePdf.readBytes(bytes, url)`: the article as plain data, or the
// error as data.
// Before pdf.js: what it calls that older browsers lack.
import '@/utils/pdf/map-upsert';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as pdfjs from 'pdfjs-dist';
import { readPdf, type PdfJs } from '@/utils/pdf/read-pdf';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { errorData } from '@/utils/errors';
import { PDF_WORKER_FILE, type PdfReaderGlobal, type PdfReadResult } from '@/utils/pdf/reader-global';

/** pdf.js threads: one per core, up to four; a long file's pages are shared between them. */
const THREADS = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
/** Helper threads hold pdf.js's tens of megabytes each: they go after this long without a PDF. */
const HELPERS_IDLE_MS = 60_000;

/**
 * Workers, each started when first asked for and kept warm for the next PDF (a fresh thread compiles
 * pdf.js's parser again): the first reads every PDF, the others only long ones. Parsing there leaves
 * this page's thread free.
 */
const workers: { thread: Worker; pdf: pdfjs.PDFWorker }[] = [];
let idle: ReturnType<typeof setTimeout> | undefined;
let reading = 0;

function worker(i: number): pdfjs.PDFWorker {
  if (!workers[i]) {
    const thread = new Worker(PDF_WORKER_FILE);
    workers[i] = { thread, pdf: new pdfjs.PDFWorker({ port: thread as never }) };
  }
  return workers[i].pdf;
}

function dropHelpers(): void {
  for (const w of workers.splice(1)) {
    w.pdf.destroy();
    w.thread.terminate();
  }
}

/** pdf.js as the reader takes it, on worker i. */
const engine = (i: number): PdfJs => ({
  getDocument: (src) => pdfjs.getDocument({ ...src, worker: worker(i) }) as unknown as ReturnType<PdfJs['getDocument']>,
});

async function readBytes(bytes: Uint8Array, url: string): Promise<PdfReadResult> {
  clearTimeout(idle);
  reading++;
  const helpers = Array.from({ length: THREADS - 1 }, (_, i) => engine(i + 1));
  try {
    return await readPdf(engine(0), bytes, { url, helpers }).catch(errorData);
  } finally {
    if (--reading === 0) idle = setTimeout(dropHelpers, HELPERS_IDLE_MS);
  }
}

async function readUrl(url: string): Promise<PdfReadResult> {
  return fetchPdfBytes(url).then((bytes) => readBytes(bytes, url), errorData);
}

export default defineUnlistedScript(() => {
  (globalThis as PdfReaderGlobal).keyquotePdf = { readUrl, readBytes };
});
