// The shape of what entrypoints/pdf-reader.ts leaves on its global object, for those who call it.
import type { KeyquoteErrorCode } from '../errors';
import type { PdfArticle } from './read-pdf';

export type PdfReadResult = PdfArticle | { error: { code: KeyquoteErrorCode; message: string } };

export type PdfReaderGlobal = typeof globalThis & {
  pdfjsWorker?: unknown;
  keyquotePdf?: { readUrl(url: string): Promise<PdfReadResult> };
};

/** The reader's file in the built extension. */
export const PDF_READER_FILE = '/pdf-reader.js';
