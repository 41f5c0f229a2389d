// @vitest-environment node
// Reading a PDF's pages with questions asked ahead and shared between copies of the document: the
// pages come back in order whoever read them, the word cap still stops the reading, a page that fails
// fails the read; and on a real long PDF, sharing changes nothing of the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPages, type PdfDocument } from '@/utils/pdf/read-pages';
import { readPdf, SHARED_FROM_PAGES, type PdfJs } from '@/utils/pdf/read-pdf';
import { longPdf } from '../../fixtures/pdf/make-pdfs';

/** A document of `numPages` pages whose page n says "page n …" in `words` words, answering after `delay` ms. */
function fakeDoc(numPages: number, opts: { words?: number; delay?: number; failAt?: number } = {}) {
  const asked: number[] = [];
  const doc: PdfDocument = {
    numPages,
    getMetadata: async () => ({ info: {} }),
    async getPage(n) {
      asked.push(n);
      await new Promise((r) => setTimeout(r, opts.delay ?? 0));
      if (n === opts.failAt) throw new Error('bad page');
      const str = [`page ${n}`, ...Array.from({ length: (opts.words ?? 10) - 2 }, () => 'word')].join(' ');
      return {
        getViewport: () => ({ width: 600, height: 800 }),
        getTextContent: async () => ({ items: [{ str, transform: [10, 0, 0, 10, 50, 700], width: 100 }] }),
        cleanup: () => undefined,
      };
    },
  };
  return { doc, asked };
}

const pageNumbers = (pages: { items: { str: string }[] }[]) => pages.map((p) => Number(/page (\d+)/.exec(p.items[0]!.str)![1]));

describe('readPages', () => {
  it('reads every page in order with one document', async () => {
    const { doc } = fakeDoc(9);
    expect(pageNumbers(await readPages(doc, 1e6))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('shares the pages with copies that join later, and still gives them in order', async () => {
    const a = fakeDoc(40, { delay: 2 });
    const b = fakeDoc(40, { delay: 1 });
    const joinLater = new Promise<PdfDocument[]>((r) => setTimeout(() => r([b.doc]), 10));
    const pages = await readPages(a.doc, 1e6, joinLater);
    expect(pageNumbers(pages)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each page read once, by one of the two.
    expect([...a.asked, ...b.asked].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(a.asked.length).toBeGreaterThan(0);
    expect(b.asked.length).toBeGreaterThan(0);
  });

  it('stops after the page that passes the word cap, asking for only a few pages more', async () => {
    const { doc, asked } = fakeDoc(200, { words: 100, delay: 1 });
    const pages = await readPages(doc, 450);
    expect(pageNumbers(pages)).toEqual([1, 2, 3, 4, 5]);
    expect(asked.length).toBeLessThan(20);
  });

  it('fails when a page fails', async () => {
    const { doc } = fakeDoc(12, { failAt: 7 });
    await expect(readPages(doc, 1e6)).rejects.toThrow('bad page');
  });
});

describe('readPdf on a long printed PDF', () => {
  it('gives the same text, pages and title with helpers as with one pdf.js', async () => {
    const file = await longPdf(SHARED_FROM_PAGES + 6);
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    const bytes = new Uint8Array(readFileSync(file));
    const alone = await readPdf(pdfjs, bytes.slice(), { url: 'file:///long.pdf' });
    const shared = await readPdf(pdfjs, bytes.slice(), { url: 'file:///long.pdf', helpers: [pdfjs, pdfjs] });
    expect(alone.pageCount).toBe(SHARED_FROM_PAGES + 6);
    expect(shared.paragraphs).toEqual(alone.paragraphs);
    expect(shared.pageStarts).toEqual(alone.pageStarts);
    expect(shared.title).toBe(alone.title);
    expect(shared.pagesRead).toBe(alone.pageCount);
  }, 120_000);
});

describe('readPdf with helpers that fail', () => {
  it('reads every page with the first pdf.js when a helper cannot start or cannot open the file', async () => {
    const file = await longPdf(SHARED_FROM_PAGES + 6);
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
    const cannotStart: PdfJs = {
      getDocument: () => {
        throw new Error('no thread');
      },
    };
    const cannotOpen: PdfJs = { getDocument: () => ({ promise: Promise.reject(new Error('no')), destroy: async () => undefined }) };
    const a = await readPdf(pdfjs, new Uint8Array(readFileSync(file)), { url: 'file:///long.pdf', helpers: [cannotStart, cannotOpen] });
    expect(a.pagesRead).toBe(SHARED_FROM_PAGES + 6);
    expect(a.paragraphs.length).toBeGreaterThan(0);
  }, 120_000);
});
