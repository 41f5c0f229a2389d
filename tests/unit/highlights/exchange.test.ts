import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importHighlights, saveCapture } from '@/utils/background/highlights-write';
import { parseExport, toExport } from '@/utils/highlights/exchange';
import { pagesToMarkdown } from '@/utils/highlights/markdown';
import { buildIndex, searchIndex } from '@/utils/highlights/search-index';
import { readAllPages } from '@/utils/highlights/store';

async function seed() {
  const url = 'https://ex.com/a';
  vi.spyOn(Date, 'now').mockReturnValueOnce(1_000).mockReturnValueOnce(2_000);
  await saveCapture({ key: url, href: `${url}?x=1`, title: 'Page *A*', quote: { exact: 'First <b>quote</b>', prefix: 'p', suffix: 's', start: 3, end: 21 } });
  await saveCapture({ key: 'https://ex.com/b', href: 'https://ex.com/b', title: 'Page B', quote: { exact: 'Second quote', prefix: '', suffix: '', start: 0, end: 12 } }, 'green');
}

describe('export and import', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('restores exactly what was exported; importing it again adds nothing', async () => {
    await seed();
    const exported = JSON.stringify(toExport(await readAllPages()));
    const before = await fakeBrowser.storage.local.get(null);
    fakeBrowser.reset();
    await expect(importHighlights(exported)).resolves.toEqual({ added: 2, pages: 2 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    await expect(importHighlights(exported)).resolves.toEqual({ added: 0, pages: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  const valid = () => toExport([{ url: 'https://ex.com/a', title: 't', highlights: [{ id: '1', href: 'https://ex.com/a', exact: 'q', prefix: '', suffix: '', start: 0, end: 1, color: 'yellow', note: '', created: 1, updated: 1 }] }]);
  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another program’s file', JSON.stringify({ pages: [] }), /not a Keyquote highlights export/],
    ['a future format version', JSON.stringify({ ...valid(), version: 9 }), /format version 9/],
    ['a damaged highlight', JSON.stringify({ ...valid(), pages: [{ ...valid().pages[0], highlights: [{ id: '1', exact: 5 }] }] }), /Page 1 .* damaged/],
    ['a page that is not a web address', JSON.stringify({ ...valid(), pages: [{ ...valid().pages[0], url: 'javascript:alert(1)' }] }), /damaged/],
    ['an unknown colour', JSON.stringify({ ...valid(), pages: [{ ...valid().pages[0], highlights: [{ ...valid().pages[0]!.highlights[0], color: 'red' }] }] }), /damaged/],
  ])('refuses %s with a clear message and changes nothing', async (_name, file, message) => {
    await seed();
    const before = await fakeBrowser.storage.local.get(null);
    await expect(importHighlights(file)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(message) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('parses what it exports', () => {
    const file = valid();
    expect(parseExport(JSON.stringify(file))).toEqual(file);
  });

  it('writes Markdown per page: title, URL, each highlight as a quote, escaped', async () => {
    await seed();
    const pages = await readAllPages();
    await importHighlights(JSON.stringify(toExport(pages)));
    const md = pagesToMarkdown(pages);
    expect(md).toContain('## Page \\*A\\*\n\n<https://ex.com/a>\n\n> First \\<b\\>quote\\</b\\>');
    expect(md).toContain('## Page B');
  });

  it('searches a lowercase index over quotes, notes, titles and addresses', async () => {
    await seed();
    const index = buildIndex(await readAllPages());
    expect(searchIndex(index, '').map((g) => g.page.title)).toEqual(['Page B', 'Page *A*']);
    expect(searchIndex(index, 'SECOND').map((g) => g.page.url)).toEqual(['https://ex.com/b']);
    expect(searchIndex(index, 'ex.com/a first')).toHaveLength(1);
    expect(searchIndex(index, 'first second')).toHaveLength(0);
  });
});
