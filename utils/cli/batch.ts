// Batch mode: JSON lines in, JSON lines out; a bad record is reported and the batch goes on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { batchRecord } from './format';
import { summarizeInput, type CliInput, type CliResult } from './summarize-input';
import { fileError, summarizeFile } from './read-input';

function recordInput(rec: Record<string, unknown>): CliInput {
  if (typeof rec.html === 'string') return { kind: 'html', html: rec.html, url: typeof rec.url === 'string' ? rec.url : undefined };
  if (typeof rec.text === 'string')
    return { kind: 'text', text: rec.text, lang: typeof rec.lang === 'string' ? rec.lang : undefined, title: typeof rec.title === 'string' ? rec.title : undefined };
  throw new Error('record needs an "html", a "text" or a "path" string');
}

/** A record pointing at a local file ({"id", "path"}: HTML, text or PDF) or carrying its content. */
function summarizeRecord(rec: Record<string, unknown>, count: number, outline: boolean): Promise<CliResult> {
  if (typeof rec.path === 'string' && typeof rec.html !== 'string' && typeof rec.text !== 'string') {
    return summarizeFile(rec.path, count, outline).catch((err: unknown) => {
      // The file system's errors name the file, as runFiles does; the reader's (a locked PDF…) speak for themselves.
      throw (err as NodeJS.ErrnoException).syscall ? new Error(`${rec.path}: ${fileError(err)}`) : err;
    });
  }
  return summarizeInput(recordInput(rec), count, outline);
}

/** Returns the number of records that failed. */
export async function runBatch(file: string, count: number, opts: { outline?: boolean; withText?: boolean } = {}): Promise<number> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    if (file === '-') resolve();
    else stream.once('open', () => resolve());
  });
  await opened;
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      if (line.includes('\u0000')) throw new Error('binary data, not JSON');
      const rec = JSON.parse(line) as unknown;
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new Error('not a JSON object');
      id = (rec as Record<string, unknown>).id ?? null;
      const out = batchRecord(id, await summarizeRecord(rec as Record<string, unknown>, count, opts.outline ?? false), opts.withText);
      process.stdout.write(JSON.stringify(out) + '\n');
    } catch (err) {
      failed++;
      const what = err instanceof SyntaxError ? 'invalid JSON' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`keyquote: line ${lineNo}${id !== null ? ` (id ${JSON.stringify(id)})` : ''}: ${what}\n`);
    }
  }
  return failed;
}
