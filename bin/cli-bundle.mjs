// The CLI as plain JavaScript: utils/cli bundled by esbuild into .output/cli/, rebuilt when one of its
// sources is newer than the bundle. Starting the TypeScript through tsx cost about half a CPU second
// before the CLI's first line ran, on the path of every PDF's answer (pdf.js's thread starts after it).
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the root, as utils/cli is: the CLI finds its sample article at ../../tests.
const OUT = join(ROOT, '.output', 'cli');
export const CLI_BUNDLE = join(OUT, 'keyquote.mjs');
const INPUTS = join(OUT, 'inputs.json');
// The thread is its own entry: the CLI starts it as ./pdf-thread.mjs beside itself.
const ENTRIES = { keyquote: 'utils/cli/keyquote.ts', 'pdf-thread': 'utils/cli/pdf-thread.mjs' };

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: rebuild
  }
};

/** The bundle is current when it exists and none of the sources it was built from changed since. */
function isFresh() {
  if (!existsSync(INPUTS) || !existsSync(CLI_BUNDLE)) return false;
  const built = mtime(CLI_BUNDLE);
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  return [...inputs, 'package.json'].every((f) => mtime(join(ROOT, f)) <= built);
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  // Written beside, then renamed: a CLI started meanwhile sees whole files, the old or the new.
  const tmp = `.tmp-${process.pid}`;
  const { metafile } = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    outExtension: { '.js': `.mjs${tmp}` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they would under tsx: pdf.js and linkedom stay lazy.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  writeFileSync(INPUTS + tmp, JSON.stringify(Object.keys(metafile.inputs)));
  renameSync(INPUTS + tmp, INPUTS);
  for (const name of Object.keys(ENTRIES).sort().reverse()) renameSync(join(OUT, `${name}.mjs${tmp}`), join(OUT, `${name}.mjs`));
}

/** The bundle's path, built first if missing or older than a source. */
export async function cliBundle() {
  if (!isFresh()) await build();
  return CLI_BUNDLE;
}
