// Reads a PDF's bytes with pdf.js into article data: text as a reader reads it, each page traced,
// within a bounded amount of work, with a clear error for a locked, broken or text-less file.
import type { ArticleData, PageStart } from '../article';
import { KeyquoteError } from '../errors';
import { t } from '../i18n';
import { layoutPdf } from './layout';
import { pdfTitle } from './title';
import { readPages, type PdfDocument } from './read-pages';

/** The part of pdf.js this module uses; the caller picks the build (legacy in Node, modern in browsers). */
export interface PdfJs {
  /** `data` is handed over (pdf.js transfers its buffer to its thread): the caller keeps no use of it. */
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}

export interface PdfArticle extends ArticleData {
  pageStarts: PageStart[];
  pageCount: number;
  /** Pages read: fewer than pageCount when the word cap stopped the reading early. */
  pagesRead: number;
}

/** Reading stops after the page that passes this many words (the extension's cap for huge pages). */
const MAX_PDF_WORDS = 300_000;

function pdfError(err: unknown): KeyquoteError {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new KeyquoteError('bad-file', t('errPdfPassword'));
  return new KeyquoteError('bad-file', t('errPdfBroken'));
}

export interface ReadPdfOptions {
  url: string;
  maxWords?: number;
  /**
   * More pdf.js instances, each on a thread of its own, that share out a long file's pages with the
   * first: pdf.js reads a page's text on one thread, and a long file is most of the wait.
   */
  helpers?: readonly PdfJs[];
}

/** From this many pages on, the helpers read too: below, opening the file again costs more than it saves. */
export const SHARED_FROM_PAGES = 24;

const open = (pdfjs: PdfJs, data: Uint8Array) => pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 });
type Task = ReturnType<typeof open>;

/**
 * The file opened again on each helper (for a long file), each with its own copy, while the first reads
 * on; one that fails to open is left out (the first reads its share).
 */
function openHelpers(helpers: readonly PdfJs[], spare: Uint8Array, tasks: Task[]): Promise<PdfDocument[]> {
  // A helper that cannot even start (its thread refused) is left out like one that fails to open.
  const tryOpen = (h: PdfJs, data: Uint8Array) => {
    try {
      return [open(h, data)];
    } catch {
      return [];
    }
  };
  const opened = helpers.flatMap((h, i) => tryOpen(h, i === helpers.length - 1 ? spare : spare.slice()));
  tasks.push(...opened);
  return Promise.allSettled(opened.map((t) => t.promise)).then((docs) => docs.flatMap((d) => (d.status === 'fulfilled' ? [d.value] : [])));
}

export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array, opts: ReadPdfOptions): Promise<PdfArticle> {
  const helpers = opts.helpers ?? [];
  // Copied before pdf.js takes the bytes away to its thread.
  const spare = helpers.length ? bytes.slice() : undefined;
  const task = open(pdfjs, bytes);
  const tasks = [task];
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw pdfError(err);
  }
  try {
    const more = spare && doc.numPages >= SHARED_FROM_PAGES ? openHelpers(helpers, spare, tasks) : undefined;
    const pages = await readPages(doc, opts.maxWords ?? MAX_PDF_WORDS, more);
    if (!pages.some((p) => p.items.some((i) => i.str.trim()))) throw new KeyquoteError('empty', t('errPdfNoText'));
    const layout = layoutPdf(pages);
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const meta = pdfTitle(info, layout.titleGuess, opts.url);
    return {
      url: opts.url,
      ...meta,
      dir: 'ltr',
      source: 'pdf',
      truncated: pages.length < doc.numPages,
      paragraphs: layout.paragraphs,
      isArticle: layout.paragraphs.length > 0,
      contentType: 'application/pdf',
      pageStarts: layout.pageStarts,
      pageCount: doc.numPages,
      pagesRead: pages.length,
    };
  } catch (err) {
    throw err instanceof KeyquoteError ? err : pdfError(err);
  } finally {
    await Promise.all(tasks.map((t) => t.destroy().catch(() => undefined)));
  }
}
