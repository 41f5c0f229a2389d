// Chrome's offscreen PDF reader: takes a PDF's bytes from the tab the background names (on a port of
// that read's own) and reads them with pdf-reader.js (loaded by this page), whose pdf.js parses on
// workers it keeps between PDFs.
import { browser, type Browser } from 'wxt/browser';
import { decodeParts, isOffscreenPdfMessage, readIdOfPort, type OffscreenPdfMessage, type PdfPortMessage } from '@/utils/pdf/offscreen-protocol';
import type { PdfReaderGlobal, PdfReadResult } from '@/utils/pdf/reader-global';
import { isOwnExtensionPage } from '@/utils/messaging';
import { errorData, KeyquoteError } from '@/utils/errors';
import { t } from '@/utils/i18n';

/** Closed after this long without a PDF: pdf.js and its workers hold tens of megabytes. */
const IDLE_MS = 5 * 60_000;

/**
 * Bytes that stop arriving for this long are given up (the tab closed, its port was refused): the read
 * fails with a message instead of waiting for ever, and the parts are freed (also those whose read
 * never came).
 */
const STALLED_MS = 60_000;

/** Bytes on their way from a tab: the parts so far, and whether the tab has sent them all. */
interface Incoming {
  tabId: number;
  parts: string[];
  complete: Promise<void>;
  settle(err?: KeyquoteError): void;
  stalled?: ReturnType<typeof setTimeout>;
}

const incoming = new Map<string, Incoming>();
let idle: ReturnType<typeof setTimeout> | undefined;
let reading = 0;

function restartIdleTimer(): void {
  clearTimeout(idle);
  if (reading === 0) idle = setTimeout(() => close(), IDLE_MS);
}

const reader = () => (globalThis as PdfReaderGlobal).keyquotePdf!;

const fetchFailed = () => new KeyquoteError('no-access', t('errPdfFetch'));

/** (Re)starts the clock of bytes still to come. */
function waitForMore(id: string, entry: Incoming): void {
  clearTimeout(entry.stalled);
  entry.stalled = setTimeout(() => {
    incoming.delete(id);
    entry.settle(fetchFailed());
  }, STALLED_MS);
}

function expect(id: string, tabId: number): true {
  const entry = { tabId, parts: [] } as unknown as Incoming;
  entry.complete = new Promise<void>((resolve, reject) => (entry.settle = (err) => (err ? reject(err) : resolve())));
  entry.complete.catch(() => undefined); // seen by the read, if one comes
  incoming.set(id, entry);
  waitForMore(id, entry);
  return true;
}

async function bytesOf(id: string): Promise<Uint8Array> {
  const entry = incoming.get(id);
  if (!entry) throw fetchFailed();
  try {
    await entry.complete;
  } finally {
    clearTimeout(entry.stalled);
    incoming.delete(id);
  }
  return decodeParts(entry.parts);
}

async function read(msg: Extract<OffscreenPdfMessage, { url: string }>): Promise<PdfReadResult> {
  reading++;
  restartIdleTimer();
  try {
    if (msg.keyquotePdf === 'read-url') return await reader().readUrl(msg.url);
    return await reader().readBytes(await bytesOf(msg.id), msg.url);
  } catch (err) {
    return errorData(err);
  } finally {
    reading--;
    restartIdleTimer();
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender) => {
  // Only the extension's own background talks to this page (never a content script in a web page); everything else is not for it.
  if (!isOwnExtensionPage(sender) || !isOffscreenPdfMessage(msg)) return undefined;
  return msg.keyquotePdf === 'expect' ? Promise.resolve(expect(msg.id, msg.tabId)) : read(msg);
});

/** A tab's bytes: taken only on the port of a read the background announced, from the tab it named. */
browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
  const id = readIdOfPort(port.name);
  if (id === undefined) return;
  const entry = incoming.get(id);
  if (!entry || port.sender?.id !== browser.runtime.id || port.sender.tab?.id !== entry.tabId) {
    port.disconnect();
    return;
  }
  let done = false;
  port.onMessage.addListener((m: PdfPortMessage) => {
    if ('data' in m && typeof m.data === 'string') {
      entry.parts.push(m.data);
      waitForMore(id, entry);
    } else if ('done' in m) {
      done = true;
      // Kept until its read comes, or freed if none does.
      waitForMore(id, entry);
      entry.settle();
      port.disconnect();
    }
  });
  // The tab closed or navigated before it sent everything.
  port.onDisconnect.addListener(() => {
    if (done) return;
    clearTimeout(entry.stalled);
    incoming.delete(id);
    entry.settle(fetchFailed());
  });
});
restartIdleTimer();
