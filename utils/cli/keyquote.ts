// The keyquote command: summarizes HTML or text files in the terminal, or a JSONL batch.
import { statSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, type CliArgs } from './args';
import { warmPdfThread } from './pdf-client';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages/seed-politics.html');

// The rest of the CLI is loaded once the arguments are known, so that a PDF's thread loads pdf.js meanwhile.
const readInput = () => import('./read-input');
const format = () => import('./format');
// A missing file is reported when it is read, not here.
const fileSize = (f: string) => statSync(f, { throwIfNoEntry: false })?.size ?? 0;

async function runFiles(args: CliArgs): Promise<number> {
  const files = args.files.length ? args.files : [SAMPLE];
  const pdfs = files.filter((f) => /\.pdf$/i.test(f));
  if (pdfs.length) warmPdfThread(Math.max(...pdfs.map(fileSize)));
  const [{ fileError, summarizeFile }, { formatText, jsonSummary }] = await Promise.all([readInput(), format()]);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    try {
      const result = await summarizeFile(file, args.count, args.outline);
      if (args.json) process.stdout.write(JSON.stringify(jsonSummary(file, result, args.text)) + '\n');
      else if (args.text) process.stdout.write((i ? '\n' : '') + result.text + '\n'); // --text alone: only the article text
      else process.stdout.write((i ? '\n' : '') + formatText(result, file));
    } catch (err) {
      failed++;
      process.stderr.write(`keyquote: ${file}: ${fileError(err)}\n`);
    }
  }
  return failed;
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`keyquote: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.jsonl) {
    const [{ runBatch }, { fileError }] = await Promise.all([import('./batch'), readInput()]);
    try {
      return (await runBatch(args.jsonl, args.count, { outline: args.outline, withText: args.text })) ? 1 : 0;
    } catch (err) {
      process.stderr.write(`keyquote: ${args.jsonl}: ${fileError(err)}\n`);
      return 1;
    }
  }
  return (await runFiles(args)) ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
