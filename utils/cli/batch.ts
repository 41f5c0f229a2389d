// Batch mode: JSON lines in, JSON lines out; a bad record is reported and the batch goes on.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { batchRecord } from './format';
import { summarizeInput, type CliInput } from './summarize-input';

function recordInput(rec: Record<string, unknown>): CliInput {
  if (typeof rec.html === 'string') return { kind: 'html', html: rec.html, url: typeof rec.url === 'string' ? rec.url : undefined };
  if (typeof rec.text === 'string')
    return { kind: 'text', text: rec.text, lang: typeof rec.lang === 'string' ? rec.lang : undefined, title: typeof rec.title === 'string' ? rec.title : undefined };
  throw new Error('record needs an "html" or a "text" string');
}

/** Returns the number of records that failed. */
export async function runBatch(file: string, count: number, withText = false): Promise<number> {
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
      const out = batchRecord(id, summarizeInput(recordInput(rec as Record<string, unknown>), count), withText);
      process.stdout.write(JSON.stringify(out) + '\n');
    } catch (err) {
      failed++;
      const what = err instanceof SyntaxError ? 'invalid JSON' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`keyquote: line ${lineNo}${id !== null ? ` (id ${JSON.stringify(id)})` : ''}: ${what}\n`);
    }
  }
  return failed;
}
