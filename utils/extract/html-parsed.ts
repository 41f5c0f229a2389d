// Waits until a page's HTML has been parsed whole (DOMContentLoaded): the extraction script is injected without waiting for the page's load.

/** Resolves at once on a parsed page; on a page still parsing, once its last element has arrived. */
export function htmlParsed(doc: Pick<Document, 'readyState' | 'addEventListener'>): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
