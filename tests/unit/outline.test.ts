// The outline of long pages: each section's heading with its key quotes, in page order; short pages unchanged.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleText, headingRanges } from '../../utils/article';
import { buildSummary } from '../../utils/build-summary';
import { extractArticle } from '../../utils/extract/extract-article';
import { articleFromText, textHeadings } from '../../utils/text-article';
import { fixturePath, readFixture } from './fixture';

const extract = (rel: string) => extractArticle(parseHTML(readFixture(rel)).document as unknown as Document, { url: 'https://example.org/' });
const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', ...args], { encoding: 'utf8' });

describe('outline of a long page (a 4,000-word book chapter with 13 sections)', () => {
  const article = extract('pages/real/sre-monitoring.html');
  const text = articleText(article.paragraphs);
  const summary = buildSummary(article, 8, true);
  const headings = (article.headings ?? []).map((i) => article.paragraphs[i]!);

  it('finds the page headings', () => {
    expect(headings).toContain('The Four Golden Signals');
    expect(headings).toContain('Conclusion');
  });

  it('gives each section its heading and key quotes from that section, in page order', () => {
    const sections = summary.sections!;
    expect(sections.length).toBeGreaterThanOrEqual(10);
    const ranges = headingRanges(article.paragraphs, article.headings);
    let h = -1; // index in ranges of the current section's heading
    let last = -1;
    for (const s of sections) {
      expect(s.keyQuotes.length).toBeGreaterThanOrEqual(1);
      if (s.heading !== null) {
        h = ranges.findIndex((r, k) => k > h && text.slice(r.start, r.end) === s.heading);
        expect(h).toBeGreaterThanOrEqual(0);
      }
      const from = h >= 0 ? ranges[h]!.end : 0;
      const to = ranges[h + 1]?.start ?? text.length;
      for (const q of s.keyQuotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text); // verbatim: clickable like any key quote
        expect(q.start).toBeGreaterThan(from);
        expect(q.end).toBeLessThanOrEqual(to);
        expect(q.start).toBeGreaterThan(last);
        last = q.start;
      }
    }
  });

  it('keeps the flat key quotes beside it, and gives no outline unless asked', () => {
    expect(summary.keyQuotes).toHaveLength(8);
    expect(buildSummary(article, 8).sections).toBeUndefined();
  });
});

describe('outline of long plain text', () => {
  it('takes Markdown-style headings of a text file as sections, shown without their marker', () => {
    const article = extract('pages/real/sre-monitoring.html');
    const heads = new Set(article.headings);
    const text = article.paragraphs.map((p, i) => (heads.has(i) ? `## ${p}` : p)).join('\n\n');
    const summary = buildSummary(articleFromText(text, { lang: 'en' }), 8, true);
    const shown = summary.sections!.map((s) => s.heading).filter((h) => h !== null);
    expect(shown).toContain('The Four Golden Signals');
    for (const h of shown) expect(article.paragraphs).toContain(h);
  });
});

describe('short pages are unchanged', () => {
  it('the sample article (with headings, under 3,000 words) gets no outline and the same key quotes', () => {
    const article = extract('pages/seed-politics.html');
    const outlined = buildSummary(article, 8, true);
    expect(outlined.sections).toBeUndefined();
    expect(outlined.keyQuotes).toEqual(buildSummary(article, 8).keyQuotes);
  });
});

describe('headings of plain text', () => {
  it('takes short unpunctuated lines followed by longer paragraphs, not sentences or the last line', () => {
    const paras = ['# Results', 'The trial enrolled 400 patients in six countries.', 'Methods and data', 'We compared both arms at twelve weeks.', 'A short sentence.', 'Thanks'];
    expect(textHeadings(paras)).toEqual([0, 2]);
    expect(articleFromText(paras.join('\n\n')).headings).toEqual([0, 2]);
  });
});

// The CLI starts a Node process with tsx: slow on a busy machine.
describe('keyquote --outline', { timeout: 60_000 }, () => {
  it('prints each section heading with its key quotes, and "sections" in JSON', () => {
    const file = fixturePath('pages/real/sre-monitoring.html');
    const text = run(['--outline', file]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Outline:\n/);
    expect(text.stdout).toMatch(/\n {2}The Four Golden Signals\n {4}- /);
    const json = JSON.parse(run(['--outline', '--json', file]).stdout);
    expect(json.sections.length).toBeGreaterThanOrEqual(10);
    expect(json.sections[0]).toMatchObject({ heading: expect.any(String), keyQuotes: expect.any(Array) });
    expect(json.keyQuotes).toHaveLength(3); // the flat list keeps its contract
  });

  it('shows a wiki\'s headings without their "[edit]" links and leaves out its back matter (the saved Mozilla article)', () => {
    const json = JSON.parse(run(['--outline', '--json', fixturePath('pages/real/wikipedia-mozilla.html')]).stdout) as { sections: { heading: string | null }[] };
    const headings = json.sections.map((s) => s.heading).filter((h): h is string => h !== null);
    expect(headings).toContain('History');
    expect(headings.filter((h) => /\]$|^External links|^References/u.test(h))).toEqual([]);
  });

  it('leaves a short article as it was', () => {
    const plain = JSON.parse(run(['--json', fixturePath('pages/seed-politics.html')]).stdout);
    const outlined = JSON.parse(run(['--outline', '--json', fixturePath('pages/seed-politics.html')]).stdout);
    expect(outlined.sections).toBeUndefined();
    expect(outlined.keyQuotes).toEqual(plain.keyQuotes);
  });
});
