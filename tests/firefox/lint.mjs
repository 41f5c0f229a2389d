// Runs `web-ext lint` on a Firefox build; fails on any error, or on a warning not traced to bundled third-party code.
// A warning is third-party when the code around the flagged spot (its property names and string literals,
// which minification keeps) is found in one file of a known dependency in node_modules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.output/firefox-mv2');
const THIRD_PARTY = ['preact/dist/preact.module.js', '@mozilla/readability/Readability.js', 'pdfjs-dist/build/pdf.mjs', 'pdfjs-dist/build/pdf.worker.mjs'];

const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).replace(/^[^{]*/, '');
const report = JSON.parse(out);

/** Property names (after a dot) and string literals near the flagged spot: what minifiers do not rename. */
function tokensAround(file, line, column, reach = 200) {
  const text = readFileSync(join(dir, file), 'utf8').split('\n')[(line ?? 1) - 1] ?? '';
  const at = column ?? 0;
  const window = text.slice(Math.max(0, at - reach), at + reach);
  const props = [...window.matchAll(/\.([A-Za-z_$][\w$]{3,})/g)].map((m) => m[1]);
  // Quotes of any kind: the bundler writes string literals as `templates`.
  const strings = [...window.matchAll(/"([^"\\]{4,40})"|'([^'\\]{4,40})'|`([^`\\$(),=?:;[\]{}]{4,40})`/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return [...new Set([...props, ...strings])];
}

/** The dependency whose source contains (nearly) all those tokens, or null: then the code is ours. */
function attribute(msg) {
  // Dense minified code (pdf.js) has few names near a spot: look further before giving up.
  let tokens = tokensAround(msg.file, msg.line, msg.column);
  if (tokens.length < 5) tokens = tokensAround(msg.file, msg.line, msg.column, 600);
  if (tokens.length < 5) return null; // too little to tell: count it as ours
  for (const rel of THIRD_PARTY) {
    const src = readFileSync(resolve('node_modules', rel), 'utf8');
    const found = tokens.filter((t) => src.includes(t)).length;
    if (found / tokens.length >= 0.9) return rel;
  }
  return null;
}

const ours = [];
let thirdParty = 0;
for (const w of report.warnings) {
  const from = attribute(w);
  if (from) thirdParty++;
  else ours.push(w);
  console.log(`${from ? 'third-party' : 'KEYQUOTE  '} ${w.code} ${w.file}:${w.line}:${w.column}${from ? ` (${from})` : ''}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${thirdParty} in bundled third-party code, ${ours.length} in Keyquote's), ${report.notices.length} notices`);
for (const e of report.errors) console.log(`ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
process.exitCode = report.errors.length || ours.length ? 1 : 0;
