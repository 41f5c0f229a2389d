// Injected into a Chrome tab that shows a PDF: fetches the file from inside the tab (with the page's
// origin and cookies, or the local file) and hands it out in base64 slices. pdf.js itself runs in the
// extension (utils/background/read-pdf-tab.ts), so what enters the tab stays a few kilobytes.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fetchPdfBytes } from '@/utils/pdf/fetch-bytes';
import { toKeyquoteError } from '@/utils/errors';
import type { PdfBytesGlobal, PdfBytesHead } from '@/utils/pdf/reader-global';

let bytes: Uint8Array = new Uint8Array(0);

async function load(url: string): Promise<PdfBytesHead> {
  try {
    bytes = await fetchPdfBytes(url);
    return { size: bytes.length };
  } catch (err) {
    const e = toKeyquoteError(err);
    return { error: { code: e.code, message: e.message } };
  }
}

/** The browser's own base64 encoder (a data: URL), not a loop over megabytes in JavaScript. */
function slice(start: number, end: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([bytes.subarray(start, end) as Uint8Array<ArrayBuffer>]));
  });
}

export default defineUnlistedScript({
  // Firefox's PDF viewer takes no script: its background page fetches the file.
  include: ['chrome'],
  main() {
    (globalThis as PdfBytesGlobal).keyquotePdfBytes = { load, slice, clear: () => (bytes = new Uint8Array(0)) };
  },
});
