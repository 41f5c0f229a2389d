// The messages between the background and Chrome's offscreen PDF document, and the port on which the
// tab showing a PDF hands its bytes straight to that document (in base64 parts, each far below the
// browser's 64 MB message limit): a big message costs a second or so per hop, so the bytes make one.

export const PDF_OFFSCREEN_PAGE = '/pdf-offscreen.html';

/** Raw bytes per part: 8 MB, about 11 MB of base64. */
export const PDF_PART_BYTES = 8 * 1024 * 1024;

/**
 * 'expect': tab `tabId` is about to send this read's bytes on the port named pdfPortName(id); 'read':
 * read them; 'read-url': a local file, which this page loads itself (a tab's script may not).
 */
export type OffscreenPdfMessage =
  | { keyquotePdf: 'expect'; id: string; tabId: number }
  | { keyquotePdf: 'read' | 'read-url'; id: string; url: string };

export function isOffscreenPdfMessage(m: unknown): m is OffscreenPdfMessage {
  const v = m as Partial<Record<string, unknown>> | null;
  if (!v || !/^(expect|read|read-url)$/.test(String(v.keyquotePdf)) || typeof v.id !== 'string') return false;
  return v.keyquotePdf === 'expect' ? Number.isInteger(v.tabId) : typeof v.url === 'string';
}

const PORT_PREFIX = 'keyquote-pdf:';

/** The port of one read: named by its random id, which only the background and the tab it chose know. */
export const pdfPortName = (id: string) => `${PORT_PREFIX}${id}`;

/** The read id a port's name carries, or undefined for a port that is not a PDF's. */
export const readIdOfPort = (name: string) => (name.startsWith(PORT_PREFIX) ? name.slice(PORT_PREFIX.length) : undefined);

/** What the tab posts on the port: the parts in order, then `done`. */
export type PdfPortMessage = { data: string } | { done: true };

/** Base64 parts back to bytes, decoded by the browser (data: URLs), not by a loop in JavaScript. */
export async function decodeParts(parts: readonly string[]): Promise<Uint8Array> {
  const blobs = await Promise.all(parts.map((p) => fetch(`data:application/octet-stream;base64,${p}`).then((r) => r.blob())));
  return new Uint8Array(await new Blob(blobs).arrayBuffer());
}
