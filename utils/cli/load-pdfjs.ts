// Loads pdf.js for Node (its legacy build) without letting its polyfills slow down the rest of the CLI.
import type { PdfJs } from '../pdf/read-pdf';

/**
 * Built-ins the legacy build's core-js replaces on Node 20 although V8 already has them, only for edge
 * cases pdf.js never meets (push onto a frozen length, JSON.parse's source text). Its JavaScript
 * `push` runs several times slower than V8's, in pdf.js and in the summarizer alike: reading a
 * 300-page PDF and summarizing it took about twice as long with it. Polyfills for what Node 20 lacks
 * (Promise.withResolvers, Map.getOrInsert…) stay.
 */
const NATIVE: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

let loaded: Promise<PdfJs> | undefined;

async function load(): Promise<PdfJs> {
  const saved = NATIVE.map(([o, k]) => Object.getOwnPropertyDescriptor(o, k)!);
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  NATIVE.forEach(([o, k], i) => Object.defineProperty(o, k, saved[i]!));
  return pdfjs;
}

/** pdf.js, imported once, on the first PDF. */
export const loadPdfJs = (): Promise<PdfJs> => (loaded ??= load());
