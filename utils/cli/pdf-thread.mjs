// The CLI's pdf.js, on a thread of its own started without tsx: plain JavaScript, so that Node loads
// pdf.js's 3 MB in half a second instead of several through tsx's loader, and pdf.js's polyfills stay
// on this thread. It answers utils/cli/pdf-client.ts: open a file, hand out a page's text items, close.
import { parentPort } from 'node:worker_threads';

// The legacy build's core-js replaces V8's Array.prototype.push and JSON on Node 20 with slower
// JavaScript copies (for corner cases pdf.js never meets: pushing past 2^53, a frozen array's length);
// on this thread they cost about a fifth of reading a file's text. Both of pdf.js's files are loaded
// now (the parsing half is otherwise loaded at the first file, and would replace them again), and
// V8's own are put back.
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
// pdf.js inflates each compressed stream (a page's content, a font) through a DecompressionStream
// when there is one: in Node, a web stream adapted onto a zlib stream, whose set-up for every small
// stream costs more than pdf.js's own inflate, which it falls back to without one (same text; about a
// tenth less CPU over a 300-page file).
delete globalThis.DecompressionStream;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// pdf.js runs its parser on this thread when this global holds it ("fake worker"), as it would anyway in Node.
globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
Array.prototype.push = natives.push;
Object.assign(JSON, { parse: natives.parse, stringify: natives.stringify });

const docs = new Map();
let next = 0;

const ops = {
  async open({ data }) {
    const task = pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 });
    try {
      const doc = await task.promise;
      docs.set(++next, { task, doc });
      return { doc: next, numPages: doc.numPages };
    } catch (err) {
      await task.destroy().catch(() => undefined);
      throw err;
    }
  },
  async page({ doc, n }) {
    const page = await docs.get(doc).doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    // Only what the reader uses crosses the thread: the text, its matrix and its advance.
    const items = (await page.getTextContent()).items.map(({ str, transform, width: w }) => ({ str, transform, width: w }));
    page.cleanup();
    return { width, height, items };
  },
  async info({ doc }) {
    return (await docs.get(doc).doc.getMetadata()).info;
  },
  async close({ doc }) {
    await docs.get(doc)?.task.destroy();
    docs.delete(doc);
  },
};

parentPort.on('message', async ({ id, op, args }) => {
  try {
    parentPort.postMessage({ id, value: await ops[op](args) });
  } catch (err) {
    // The error's name tells a locked file (PasswordException) from a broken one.
    parentPort.postMessage({ id, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } });
  }
});
