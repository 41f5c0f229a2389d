// Chrome's offscreen PDF reader: collects a PDF's bytes from the background's messages and reads them
// with pdf-reader.js (loaded by this page), whose pdf.js parses on a worker it keeps between PDFs.
import { browser } from 'wxt/browser';
import { decodeParts, isOffscreenPdfMessage, type OffscreenPdfMessage } from '@/utils/pdf/offscreen-protocol';
import type { PdfReaderGlobal, PdfReadResult } from '@/utils/pdf/reader-global';
import { isOwnExtensionPage } from '@/utils/messaging';

/** Closed after this long without a PDF: pdf.js and its worker hold tens of megabytes. */
const IDLE_MS = 5 * 60_000;

const parts = new Map<string, string[]>();
let idle: ReturnType<typeof setTimeout> | undefined;
let reading = 0;

function restartIdleTimer(): void {
  clearTimeout(idle);
  if (reading === 0) idle = setTimeout(() => close(), IDLE_MS);
}

const reader = () => (globalThis as PdfReaderGlobal).keyquotePdf!;

async function read(msg: Extract<OffscreenPdfMessage, { url: string }>): Promise<PdfReadResult> {
  reading++;
  restartIdleTimer();
  try {
    if (msg.keyquotePdf === 'read-url') return await reader().readUrl(msg.url);
    const bytes = await decodeParts(parts.get(msg.id) ?? []);
    parts.delete(msg.id);
    return await reader().readBytes(bytes, msg.url);
  } finally {
    reading--;
    restartIdleTimer();
  }
}

function handle(msg: OffscreenPdfMessage): Promise<PdfReadResult | true> {
  if (msg.keyquotePdf !== 'part') return read(msg);
  // A new PDF's first part: parts of one whose read never came (its sender failed) are dropped.
  if (!parts.has(msg.id)) parts.clear();
  const list = parts.get(msg.id) ?? [];
  list.push(msg.data);
  parts.set(msg.id, list);
  return Promise.resolve(true);
}

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  // Only the extension's own background talks to this page (never a content script in a web page); everything else is not for it.
  if (!isOwnExtensionPage(sender) || !isOffscreenPdfMessage(msg)) return undefined;
  return handle(msg);
});
restartIdleTimer();
