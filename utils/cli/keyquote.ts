// The keyquote command: summarizes HTML or text files in the terminal, or a JSONL batch.
import { readFileSync } from 'node:fs';
import { extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, type CliArgs } from './args';
import { runBatch } from './batch';
import { formatText, jsonSummary } from './format';
import { articleText } from '../article';
import { assertText, summarizeInput, toArticle, type CliInput } from './summarize-input';

const SAMPLE = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages/seed-politics.html');

function readInput(file: string): CliInput {
  const text = assertText(readFileSync(file));
  if (extname(file).toLowerCase() === '.txt') return { kind: 'text', text };
  return { kind: 'html', html: text, url: `file://${resolve(file)}` };
}

function runFiles(args: CliArgs): number {
  const files = args.files.length ? args.files : [SAMPLE];
  let failed = 0;
  files.forEach((file, i) => {
    try {
      // --text alone: the extracted text is the whole answer, so no summary is computed.
      if (args.text && !args.json) {
        process.stdout.write((i ? '\n' : '') + articleText(toArticle(readInput(file)).paragraphs) + '\n');
        return;
      }
      const result = summarizeInput(readInput(file), args.count);
      if (args.json) process.stdout.write(JSON.stringify(jsonSummary(file, result, args.text)) + '\n');
      else process.stdout.write((i ? '\n' : '') + formatText(result, file));
    } catch (err) {
      failed++;
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
      process.stderr.write(`keyquote: ${file}: ${why}\n`);
    }
  });
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
    try {
      return (await runBatch(args.jsonl, args.count, args.text)) ? 1 : 0;
    } catch (err) {
      process.stderr.write(`keyquote: ${args.jsonl}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
      return 1;
    }
  }
  return runFiles(args) ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
