// The CLI's PDF input: reads a file's bytes with pdf.js (the legacy build, for Node, on threads of its own), started only for PDFs.
import type { ArticleData } from '../article';
import { readPdf } from '../pdf/read-pdf';
import { firstPdfThread, helperPdfThreads } from './pdf-client';
import { summarizeArticle, type CliResult } from './summarize-input';

/** A PDF starts with this signature (some writers put a little junk before it). */
export const isPdfBytes = (buf: Uint8Array) => Buffer.from(buf.subarray(0, 1024)).includes('%PDF-');

export async function pdfArticle(bytes: Uint8Array, url: string): Promise<ArticleData> {
  // One copy, moved to the thread: the caller's buffer stays theirs.
  return readPdf(firstPdfThread, new Uint8Array(bytes), { url, helpers: helperPdfThreads });
}

export async function summarizePdf(bytes: Uint8Array, url: string, count: number, outline = false): Promise<CliResult> {
  const t0 = performance.now();
  return summarizeArticle(await pdfArticle(bytes, url), count, outline, t0);
}
