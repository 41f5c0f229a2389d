// Loads a PDF's bytes again: an http(s) one from inside its own tab (with the page's origin and
// cookies, usually from the browser's cache), a local file from an extension page (a tab's script may
// not read file: URLs), with XMLHttpRequest where fetch has no file: scheme.
import { KeyquoteError } from '../errors';
import { t } from '../i18n';

function xhrBytes(url: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    // A local file answers with status 0.
    xhr.onload = () => (xhr.status === 0 || xhr.status === 200 ? resolve(new Uint8Array(xhr.response as ArrayBuffer)) : reject(new Error(`HTTP ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('the file could not be read'));
    xhr.send();
  });
}

/** What to tell the user when the file could not be loaded: a local file needs the browser's leave. */
export const fetchFailure = (url: string) => t(/^file:/i.test(url) ? 'errPdfFile' : 'errPdfFetch');

export async function fetchPdfBytes(url: string): Promise<Uint8Array> {
  try {
    if (/^file:/i.test(url)) return await xhrBytes(url);
    const res = await fetch(url, { credentials: 'include' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  } catch {
    throw new KeyquoteError('no-access', fetchFailure(url));
  }
}
