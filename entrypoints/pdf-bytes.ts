// Injected into a Chrome tab that shows a PDF: fetches the file from inside the tab (with the page's
// origin and cookies) and hands it straight to the offscreen document that reads it, on a port the
// background opened for that read. pdf.js itself runs in the extension (utils/background/read-pdf-tab.ts),
// so what enters the tab stays a few kilobytes.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { errorData } from '@/utils/errors';
import { PDF_PART_BYTES, pdfPortName, type PdfPortMessage } from '@/utils/pdf/offscreen-protocol';
import type { PdfBytesGlobal, PdfBytesHead } from '@/utils/pdf/reader-global';

let bytes: Uint8Array | undefined;

async function load(url: string): Promise<PdfBytesHead> {
  try {
    bytes = await fetchPdfBytes(url);
    return { size: bytes.length };
  } catch (err) {
    return errorData(err);
  }
}

/** The browser's own base64 encoder (a data: URL), not a loop over megabytes in JavaScript. */
function base64(part: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([part as Uint8Array<ArrayBuffer>]));
  });
}

async function send(id: string): Promise<boolean> {
  const all = bytes;
  bytes = undefined;
  if (!all) return false;
  // Chrome's own API: this script is built for Chrome only, and the polyfill would double its size.
  const port = chrome.runtime.connect({ name: pdfPortName(id) });
  const post = (m: PdfPortMessage) => port.postMessage(m);
  for (let start = 0; start < all.length; start += PDF_PART_BYTES) post({ data: await base64(all.subarray(start, start + PDF_PART_BYTES)) });
  // The offscreen document closes the port once it has everything.
  post({ done: true });
  return true;
}

export default defineUnlistedScript({
  // Firefox's PDF viewer takes no script: its background page fetches the file.
  include: ['chrome'],
  main() {
    (globalThis as PdfBytesGlobal).keyquotePdfBytes = { load, send };
  },
});
