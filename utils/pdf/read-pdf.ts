// Reads a PDF's bytes with pdf.js into article data: text as a reader reads it, each page traced,
// within a bounded amount of work, with a clear error for a locked, broken or text-less file.
import type { ArticleData, PageStart } from '../article';
import { KeyquoteError } from '../errors';
import { t } from '../i18n';
import { countWords } from '../reading-time';
import { layoutPdf } from './layout';
import { pdfTitle } from './title';
import type { PdfItem, PdfPageText } from './types';

/** The part of pdf.js this module uses; the caller picks the build (legacy in Node, modern in browsers). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: unknown }>;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
}

export interface PdfArticle extends ArticleData {
  pageStarts: PageStart[];
  pageCount: number;
  /** Pages read: fewer than pageCount when the word cap stopped the reading early. */
  pagesRead: number;
}

/** Reading stops after the page that passes this many words (the extension's cap for huge pages). */
const MAX_PDF_WORDS = 300_000;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** pdf.js text items as plain positioned runs; the size is the text matrix's vertical scale. */
function toItems(raw: readonly unknown[]): PdfItem[] {
  const out: PdfItem[] = [];
  for (const r of raw as RawItem[]) {
    if (typeof r.str !== 'string' || !r.transform) continue;
    const [a, b, c, d, x, y] = r.transform as [number, number, number, number, number, number];
    // Rotated text (margins, watermarks) is not part of the reading text.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
    out.push({ str: r.str, x, y, w: r.width ?? 0, size: Math.abs(d) || Math.abs(a) });
  }
  return out;
}

function pdfError(err: unknown): KeyquoteError {
  const name = (err as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new KeyquoteError('bad-file', t('errPdfPassword'));
  return new KeyquoteError('bad-file', t('errPdfBroken'));
}

async function readPages(doc: PdfDocument, maxWords: number): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  let words = 0;
  for (let n = 1; n <= doc.numPages && words < maxWords; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const items = toItems((await page.getTextContent()).items);
    page.cleanup();
    pages.push({ items, width, height });
    for (const it of items) words += countWords(it.str);
  }
  return pages;
}

export interface ReadPdfOptions {
  url: string;
  maxWords?: number;
}

export async function readPdf(pdfjs: PdfJs, bytes: Uint8Array, opts: ReadPdfOptions): Promise<PdfArticle> {
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw pdfError(err);
  }
  try {
    const pages = await readPages(doc, opts.maxWords ?? MAX_PDF_WORDS);
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
    await task.destroy().catch(() => undefined);
  }
}
