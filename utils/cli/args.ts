// Parses the keyquote command line.
import { LENGTHS } from '../summary';

export interface CliArgs {
  files: string[];
  count: number;
  json: boolean;
  jsonl: string | null;
  /** Long pages with headings as an outline: each section's heading with its key quotes. */
  outline: boolean;
  /** Print (or, with --json/--jsonl, add) the article text as extracted. */
  text: boolean;
  help: boolean;
}

export const USAGE = `Usage: keyquote [options] [file.html|file.txt|file.pdf ...]

Prints the key quotes and who said what of each file (the bundled sample article when none).

Options:
  --count N      number of key quotes (default ${LENGTHS.short})
  --json         print each summary as JSON
  --outline      long pages (over 3,000 words, with headings): each section's heading with
                 its key quotes (JSON: "sections": [{"heading", "keyQuotes"}])
  --jsonl FILE   batch mode: one JSON record per line ({"id","html"}, {"id","text","lang"?}
                 or {"id","path"} for a local HTML, text or PDF file);
                 FILE "-" reads standard input; prints one JSON line per record
  --text         print only the article text as extracted (a blank line between paragraphs);
                 with --json or --jsonl, add "text" and "isArticle" to each record instead
  -h, --help     show this help`;

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { files: [], count: LENGTHS.short, json: false, jsonl: null, outline: false, text: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--count' || a.startsWith('--count=')) {
      const v = a.includes('=') ? a.slice(8) : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`--count needs a whole number from 1 to 100, got "${v ?? ''}"`);
      args.count = n;
    } else if (a === '--json') args.json = true;
    else if (a === '--outline') args.outline = true;
    else if (a === '--jsonl' || a.startsWith('--jsonl=')) {
      const v = a.includes('=') ? a.slice(8) : argv[++i];
      if (!v) throw new Error('--jsonl needs a file name, or - for standard input');
      args.jsonl = v;
    } else if (a === '--text') args.text = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}
