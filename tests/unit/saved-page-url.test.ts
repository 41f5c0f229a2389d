// A saved page read by the CLI knows the site it came from by its canonical link: same-site promos go, as in the extension.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { savedPageUrl } from '@/utils/extract/page-meta';

const docOf = (head: string) => parseHTML(`<html><head>${head}</head><body><p>Text.</p></body></html>`).document as unknown as Document;

describe('savedPageUrl', () => {
  it.each([
    ['the canonical link', '<link rel="canonical" href="https://www.cleveland.com/story.html">', 'https://www.cleveland.com/story.html'],
    ['else the Open Graph URL', '<meta property="og:url" content="https://news.example/a">', 'https://news.example/a'],
    ['guard: a relative canonical link says no site', '<link rel="canonical" href="/story.html">', undefined],
    ['guard: none', '', undefined],
  ])('%s', (_name, head, expected) => {
    expect(savedPageUrl(docOf(head))).toBe(expected);
  });
});

describe('keyquote on a saved page', { timeout: 60_000 }, () => {
  it('leaves out a paragraph that is one link to another page of the site the page was saved from', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>The band will tour again next year, its ${i + 1}th season on the road, with the singer who rejoined it in the spring after two decades away.</p>`).join('');
    const html = `<html><head><title>Band to tour</title><link rel="canonical" href="https://www.cleveland.com/entertainment/band.html"></head><body><article><h1>Band to tour</h1>${story}<p><a href="https://www.cleveland.com/entertainment/other.html">Another band takes over the fan vote</a></p></article></body></html>`;
    const file = join(mkdtempSync(join(tmpdir(), 'kq-')), 'band.html');
    writeFileSync(file, html);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--text', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('The band will tour again next year');
    expect(r.stdout).not.toContain('Another band takes over the fan vote');
  });
});
