// Bench section "sizes": what each entrypoint makes the browser load (raw and gzip, each file
// compressed on its own) and the whole package, from the build the bench made.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { printTable } from './table';

/** The popup's own budget (JavaScript, gzip): it opens on every click. */
const POPUP_JS_BUDGET_KB = 40;

const buildDir = () => path.resolve(process.env.KEYQUOTE_OUT_DIR ?? '.output-test', 'chrome-mv3');
const kb = (n: number) => n / 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** An HTML page and every script and stylesheet it loads (Vite lists all chunks it preloads). */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [html, ...refs];
}

function measure(dir: string, list: readonly string[]) {
  let raw = 0;
  let gz = 0;
  let js = 0;
  for (const f of list) {
    const body = readFileSync(path.join(dir, f));
    raw += body.length;
    const z = gzipSync(body, { level: 9 }).length;
    gz += z;
    if (f.endsWith('.js')) js += z;
  }
  return { raw, gz, js };
}

/** What a PDF loads: pdf.js's API with Keyquote's reader, pdf.js's worker, and the script a PDF tab gets. */
const PDF_FILES = ['pdf-reader.js', 'pdf-worker.js', 'pdf-bytes.js'];
/** The scripts injected into a page on demand (unlisted scripts: no WXT content-script wrapper). */
const INJECTED_FILES = ['extract.js', 'highlighter.js'];

export async function sizes(): Promise<void> {
  const dir = buildDir();
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.log(`\n(sizes: no build in ${dir})`);
    return;
  }
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const pdfFiles = PDF_FILES.filter((f) => existsSync(path.join(dir, f)));
  const injected = INJECTED_FILES.filter((f) => existsSync(path.join(dir, f)));
  const scripts = ['background.js', ...pdfFiles, ...injected, ...readdirSync(path.join(dir, 'content-scripts')).map((f) => `content-scripts/${f}`)];
  const rows: (string | number)[][] = [];
  let popupJs = 0;
  for (const [name, list] of [...pages.map((p) => [p, pageFiles(dir, p)] as const), ...scripts.map((s) => [s, [s]] as const)]) {
    const m = measure(dir, list);
    if (name === 'popup.html') popupJs = m.js;
    rows.push([name, String(list.length), kb(m.raw), kb(m.gz), kb(m.js)]);
  }
  const all = files(dir).map((f) => path.relative(dir, f));
  const total = measure(dir, all);
  rows.push(['whole package', String(all.length), kb(total.raw), kb(total.gz), kb(total.js)]);
  printTable(`Sizes of ${path.relative(process.cwd(), dir)} (kB; gzip per file, as loaded)`, ['entrypoint', 'files', 'raw', 'gzip', 'JS gzip'], rows);
  const zips = existsSync(path.dirname(dir)) ? readdirSync(path.dirname(dir)).filter((f) => f.endsWith('.zip')) : [];
  for (const z of zips) console.log(`${z}: ${kb(statSync(path.join(path.dirname(dir), z)).size).toFixed(1)} kB`);
  // pdf.js loads only to read a PDF (in an extension page, its parser on a worker); a PDF tab gets only
  // the small script that fetches the file; the script on every page must carry none of it.
  if (pdfFiles.length) {
    const every = measure(dir, ['content-scripts/highlight-restore.js']);
    const parts = pdfFiles.map((f) => {
      const m = measure(dir, [f]);
      return `${f} ${kb(m.raw).toFixed(0)} kB raw, ${kb(m.gz).toFixed(0)} kB gzip`;
    });
    console.log(`pdf.js, loaded only for PDFs: ${parts.join('; ')}; the script on every page: ${kb(every.raw).toFixed(1)} kB raw`);
  }
  console.log(`popup JavaScript: ${kb(popupJs).toFixed(1)} kB gzip (budget ${POPUP_JS_BUDGET_KB} kB): ${kb(popupJs) <= POPUP_JS_BUDGET_KB ? 'within' : 'OVER'}`);
}

// `npx tsx tests/bench/sizes.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) await sizes();
