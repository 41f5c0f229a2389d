// Reads a local file as the CLI's input, by what it is: a PDF (by its signature), text (.txt) or HTML.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPdfBytes, summarizePdf } from './pdf-input';
import { assertText, summarizeInput, type CliResult } from './summarize-input';

export async function summarizeFile(file: string, count: number, outline = false): Promise<CliResult> {
  const buf = readFileSync(file);
  const url = pathToFileURL(resolve(file)).href;
  if (isPdfBytes(buf) || extname(file).toLowerCase() === '.pdf') return summarizePdf(buf, url, count, outline);
  const text = assertText(buf);
  // An empty page is no article to answer for: said as a missing or binary file is, not printed as a summary of nothing.
  if (text.trim() === '') throw new Error('empty file, nothing to summarize');
  if (extname(file).toLowerCase() === '.txt') return summarizeInput({ kind: 'text', text }, count, outline);
  return summarizeInput({ kind: 'html', html: text, url }, count, outline);
}

/** Why a file could not be read, in the words of `keyquote: FILE: WHY` (a missing file, a folder, or the error's own). */
export function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
}
