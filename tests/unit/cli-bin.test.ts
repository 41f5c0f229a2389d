// @vitest-environment node
// The keyquote command (bin/keyquote.mjs) runs the CLI from a plain-JavaScript bundle: the same answers
// as the TypeScript through tsx, and a bundle rebuilt once one of its sources changes.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testPdfs, type PdfName } from '../fixtures/pdf/make-pdfs';

const BUNDLE = '.output/cli/keyquote.mjs';
const bin = (args: string[]) => spawnSync(process.execPath, ['bin/keyquote.mjs', ...args], { encoding: 'utf8' });
const viaTsx = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', ...args], { encoding: 'utf8' });
/** An answer without its timing. */
const answer = (stdout: string) => stdout.replace(/"ms":[\d.]+/g, '"ms":0');

// New Node processes (and a build): seconds on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

let pdfs: Record<PdfName, string>;
beforeAll(async () => {
  pdfs = await testPdfs();
}, 120_000);

describe('the keyquote command', () => {
  it('answers as the TypeScript does: the sample article, a PDF with its pages, a locked PDF\'s message', () => {
    for (const args of [['--json'], ['--json', pdfs.paper], [pdfs.encrypted]]) {
      const [a, b] = [bin(args), viaTsx(args)];
      expect(a.status, a.stderr).toBe(b.status);
      expect(answer(a.stdout)).toBe(answer(b.stdout));
      expect(a.stderr).toBe(b.stderr);
      if (args[1] === pdfs.paper) expect(JSON.parse(a.stdout).keyQuotes[0].page).toBeGreaterThan(0);
      if (args[0] === pdfs.encrypted) expect(a.stderr).toMatch(/password/);
    }
  });

  it('rebuilds its bundle when a source is newer, from the sources it was built from', () => {
    expect(bin(['--help']).status).toBe(0);
    const inputs: string[] = JSON.parse(readFileSync('.output/cli/inputs.json', 'utf8'));
    expect(inputs).toEqual(expect.arrayContaining(['utils/cli/keyquote.ts', 'utils/cli/pdf-thread.mjs', 'utils/pdf/read-pdf.ts', 'utils/build-summary.ts']));
    // A source edited after the build: its time set to now, the bundle's a minute back (texts untouched).
    const now = new Date();
    const before = new Date(now.getTime() - 60_000);
    utimesSync('utils/pdf/layout.ts', now, now);
    utimesSync(BUNDLE, before, before);
    const r = bin(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: keyquote/);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(now.getTime());
  });
});
