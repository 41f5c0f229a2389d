// The messages between the background and Chrome's offscreen PDF document: a PDF's bytes in base64
// parts (each message stays far below the browser's 64 MB message limit), then the request to read them.

export const PDF_OFFSCREEN_PAGE = '/pdf-offscreen.html';

/** Raw bytes per part: 8 MB, about 11 MB of base64. */
export const PDF_PART_BYTES = 8 * 1024 * 1024;

/** 'read-url': a local file, which this page loads itself (a tab's script may not). */
export type OffscreenPdfMessage =
  | { keyquotePdf: 'part'; id: string; data: string }
  | { keyquotePdf: 'read' | 'read-url'; id: string; url: string };

export function isOffscreenPdfMessage(m: unknown): m is OffscreenPdfMessage {
  const v = m as Partial<Record<string, unknown>> | null;
  if (!v || !/^(part|read|read-url)$/.test(String(v.keyquotePdf)) || typeof v.id !== 'string') return false;
  return v.keyquotePdf === 'part' ? typeof v.data === 'string' : typeof v.url === 'string';
}

/** Base64 parts back to bytes, decoded by the browser (data: URLs), not by a loop in JavaScript. */
export async function decodeParts(parts: readonly string[]): Promise<Uint8Array> {
  const blobs = await Promise.all(parts.map((p) => fetch(`data:application/octet-stream;base64,${p}`).then((r) => r.blob())));
  return new Uint8Array(await new Blob(blobs).arrayBuffer());
}
