// The shape of what entrypoints/pdf-reader.ts leaves on its global object, for those who call it.
import type { ErrorData } from '../errors';
import type { PdfArticle } from './read-pdf';

export type PdfReadResult = PdfArticle | ErrorData;

export type PdfReaderGlobal = typeof globalThis & {
  keyquotePdf?: {
    readUrl(url: string): Promise<PdfReadResult>;
    readBytes(bytes: Uint8Array, url: string): Promise<PdfReadResult>;
  };
};

/** The reader's file in the built extension. */
export const PDF_READER_FILE = '/pdf-reader.js';
/** pdf.js's worker in the built extension. */
export const PDF_WORKER_FILE = '/pdf-worker.js';

/** The small script injected into a Chrome tab showing a PDF: it fetches the file there, nothing more. */
export const PDF_BYTES_FILE = '/pdf-bytes.js';

export type PdfBytesHead = { size: number } | ErrorData;

export type PdfBytesGlobal = typeof globalThis & {
  keyquotePdfBytes?: {
    /** Fetches the file and keeps its bytes in the tab until `send`. */
    load(url: string): Promise<PdfBytesHead>;
    /**
     * Hands the bytes to the offscreen document on the port of read `id`, in base64 parts (a message
     * is JSON, which has no binary type), and forgets them; false when nothing was loaded.
     */
    send(id: string): Promise<boolean>;
  };
};
