// Reads the text of a PDF's pages in order, keeping pdf.js busy: pages are asked for ahead of the one
// being read, and a long file's pages are shared out between copies of the document open on other threads.
import { countWords } from '../reading-time';
import type { PdfItem, PdfPageText } from './types';

/** An open document, as much of pdf.js's PDFDocumentProxy as reading its text needs. */
export interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: unknown }>;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
}

/**
 * Pages each document has asked for at once: while one page's text crosses back from pdf.js's thread,
 * the thread already parses the next instead of waiting for the next question. A few suffice.
 */
const LANES = 4;

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

async function readPage(doc: PdfDocument, n: number): Promise<PdfPageText> {
  const page = await doc.getPage(n);
  const { width, height } = page.getViewport({ scale: 1 });
  const items = toItems((await page.getTextContent()).items);
  page.cleanup();
  return { items, width, height };
}

interface Slot {
  promise: Promise<PdfPageText>;
  resolve(p: PdfPageText): void;
  reject(e: unknown): void;
}

function slot(): Slot {
  const s = {} as Slot;
  s.promise = new Promise((resolve, reject) => Object.assign(s, { resolve, reject }));
  // A page read past the word cap is never awaited: its failure must not surface unhandled.
  s.promise.catch(() => undefined);
  return s;
}

/**
 * The pages from the first, in order, until the one that passes `maxWords`. `first` starts at once;
 * the copies in `more` (opened on other threads, maybe still starting) join when they are ready, each
 * taking the next page nobody has asked for yet.
 */
export async function readPages(first: PdfDocument, maxWords: number, more: Promise<PdfDocument[]> = Promise.resolve([])): Promise<PdfPageText[]> {
  const numPages = first.numPages;
  const slots = new Map<number, Slot>();
  const slotOf = (n: number) => slots.get(n) ?? (slots.set(n, slot()), slots.get(n)!);
  let next = 1;
  let done = false;
  const lane = async (doc: PdfDocument) => {
    while (!done && next <= numPages) {
      const n = next++;
      await readPage(doc, n).then(slotOf(n).resolve, slotOf(n).reject);
    }
  };
  const work = (doc: PdfDocument) => Array.from({ length: LANES }, () => void lane(doc));
  work(first);
  void more.then((docs) => docs.forEach(work));
  const pages: PdfPageText[] = [];
  let words = 0;
  try {
    for (let n = 1; n <= numPages && words < maxWords; n++) {
      const page = await slotOf(n).promise;
      slots.delete(n);
      pages.push(page);
      for (const it of page.items) words += countWords(it.str);
    }
  } finally {
    // The word cap, or a page that failed: no new page is asked for.
    done = true;
  }
  return pages;
}
