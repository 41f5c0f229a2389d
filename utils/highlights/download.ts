// Saves generated text (an export) as a file through the browser's download of a blob URL.

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The download has started reading the blob by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a page title: letters, digits and dashes only. */
export function fileSlug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';
}
