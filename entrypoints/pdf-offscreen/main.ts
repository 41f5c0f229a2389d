// Chrome's offscreen PDF reader: collects a PDF's bytes from the background's messages and reads them
// with pdf-reader.js (loaded by this page), whose pdf.js parses on a worker it keeps between PDFs.
import { browser } from 'wxt/browser';
import { decodeParts, isOffscreenPdfMessage, type OffscreenPdfMessage } from '@/utils/pdf/offscreen-protocol';
import type { PdfReaderGlobal, PdfReadResult } from '@/utils/pdf/reader-global';

/** Closed after this long without a PDF: pdf.js and its worker hold tens of megabytes. */
const IDLE_MS = 5 * 60_000;

const parts = new Map<string, string[]>();
let idle: ReturnType<typeof setTimeout> | undefined;
let reading = 0;

function restartIdleTimer(): void {
  clearTimeout(idle);
  if (reading === 0) idle = setTimeout(() => close(), IDLE_MS);
}

async function read(id: string, url: string): Promise<PdfReadResult> {
  reading++;
  restartIdleTimer();
  try {
    const bytes = await decodeParts(parts.get(id) ?? []);
    parts.delete(id);
    return await (globalThis as PdfReaderGlobal).keyquotePdf!.readBytes(bytes, url);
  } finally {
    reading--;
    restartIdleTimer();
  }
}

function handle(msg: OffscreenPdfMessage): Promise<PdfReadResult | true> {
  if (msg.keyquotePdf === 'read') return read(msg.id, msg.url);
  parts.set(msg.id, [...(parts.get(msg.id) ?? []), msg.data]);
  return Promise.resolve(true);
}

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  // Only the extension's own background talks to this page; everything else is not for it.
  if (sender.id !== browser.runtime.id || !isOffscreenPdfMessage(msg)) return undefined;
  return handle(msg);
});
restartIdleTimer();
