// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from './fixture';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', ...args], { input, encoding: 'utf8' });

describe('keyquote command', () => {
  it('summarizes the bundled sample article with no argument', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(r.stdout).toMatch(/— Donald Trump/);
    expect(r.stdout).toMatch(/— Ihor Klymenko/);
  });

  it('prints JSON with the asked number of key quotes, verbatim from the article', () => {
    const r = run(['--json', '--count', '5', fixturePath('pages/seed-politics.html')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.keyQuotes).toHaveLength(5);
    const html = readFixture('pages/seed-politics.html');
    for (const q of out.keyQuotes) expect(html).toContain(q.text);
  });

  it('summarizes a text file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'The council met on Monday.\n\nIt approved the budget. “We are pleased,” said Mayor Ana Ruiz.\n');
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).quotes[0]).toMatchObject({ text: 'We are pleased', speaker: 'Ana Ruiz' });
  });

  it('tells namesakes apart in its quotes, with their roles: Bill Clinton is not Hillary, and his role is found though a headline quotes him first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    const file = join(dir, 'clintons.txt');
    writeFileSync(
      file,
      'Bill Clinton: “She Is Better Qualified Than I Was When I Ran.”\n\n' +
        'The campaign has sent its best-known surrogates across the Midwest this week, hoping to shore up support among working-class voters before the first debate.\n\n' +
        'Former President Bill Clinton spoke in Ohio on Tuesday, campaigning for his wife, Democratic presidential candidate Hillary Clinton.\n\n' +
        '“She is better qualified than I was when I ran, because of the trouble around the world,” Clinton said.\n\n' +
        'Florida Rep. Debbie Wasserman Schultz agreed. “Do not let the perfect be the enemy of the good,” Wasserman Schultz said.\n',
    );
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).quotes.map((q: { speaker: string | null; role?: string }) => [q.speaker, q.role])).toEqual([
      ['Bill Clinton', undefined], // the headline, well before the story gives him a role
      ['Bill Clinton', 'Former President'],
      ['Debbie Wasserman Schultz', 'Florida Rep'],
    ]);
  });

  it('gives each speaker a clean name and the role the article gives them, and a quotation between two of one speaker to that speaker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    const file = join(dir, 'roles.txt');
    writeFileSync(
      file,
      'Former Secretary of State Madeleine Albright spoke in New Hampshire on Saturday.\n\n' +
        '“There’s a special place in hell for women who don’t help each other,” Albright said.\n\n' +
        'Actress Rosario Dawson led the crowd later. “Bernie is the one who has been consistent on every issue,” Dawson said.\n\n' +
        '“Cruz appeals to Reagan Democrats on the issues they care about,” Richard Viguerie, a longtime conservative activist, notes.\n\n' +
        'Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.\n\n' +
        '“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”\n\n' +
        '“He may be the only one because Trump doesn’t unite the party,” Viguerie notes.\n',
    );
    const r = run(['--json', file]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).quotes.map((q: { speaker: string | null; role?: string }) => [q.speaker, q.role])).toEqual([
      ['Madeleine Albright', 'Former Secretary of State'], // "of" joins the title's words
      ['Rosario Dawson', 'Actress'], // a job before the name is a role, not part of the name
      ['Richard Viguerie', 'longtime conservative activist'], // the role given after the quotation
      ['Richard Viguerie', 'longtime conservative activist'], // no cue: between two of his quotations
      ['Richard Viguerie', 'longtime conservative activist'],
    ]);
  });

  it('batch mode answers each good record and reports each bad one on stderr', () => {
    const lines = [
      JSON.stringify({ id: 'a', html: readFixture('pages/seed-politics.html') }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Le maire a parlé. « Nous sommes prêts », a déclaré Jean Dupont.', lang: 'fr' }),
      JSON.stringify({ id: 'c', nothing: true }),
      'bin\u0000ary',
    ].join('\n');
    const r = run(['--jsonl', '-'], lines);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(Object.keys(out[0]).sort()).toEqual(['id', 'keyQuotes', 'lang', 'ms', 'quotes', 'title'].sort());
    expect(out[0].title).toBe('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(out[1].lang).toBe('fr');
    expect(typeof out[0].ms).toBe('number');
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/line 2: invalid JSON/);
    expect(r.status).toBe(1);
  });

  it('gives a one-line error for a missing file and binary data, and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    const bin = join(dir, 'x.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = run([join(dir, 'missing.html'), bin, fixturePath('pages/seed-politics.html')]);
    expect(r.stderr).toMatch(/missing\.html: no such file/);
    expect(r.stderr).toMatch(/x\.html: binary data/);
    expect(r.stdout).toContain('Trump Sees Progress');
    expect(r.status).toBe(1);
  });

  it('--text prints only the article text: paragraphs and headings separated by a blank line', () => {
    const r = run(['--text', fixturePath('pages/seed-politics.html')]);
    expect(r.status).toBe(0);
    const paragraphs = r.stdout.trim().split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(r.stdout).toContain('“The enemy spared neither drones nor missiles,” Klymenko stated');
    expect(r.stdout).not.toMatch(/Key quotes:|Recent Posts/);
    for (const p of paragraphs) expect(p).not.toMatch(/\n/);
  }, 60_000);

  it('batch mode with --text adds "text" and "isArticle" to every record and changes nothing else', () => {
    const lines = [
      JSON.stringify({ id: 'a', html: readFixture('pages/seed-politics.html') }),
      JSON.stringify({ id: 'b', html: '<html><body><nav><a href="/">Home</a> <a href="/x">Log in</a></nav></body></html>' }),
    ].join('\n');
    const plain = run(['--jsonl', '-'], lines).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const out = run(['--jsonl', '-', '--text'], lines).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.isArticle)).toEqual([true, false]);
    expect(out[0].text).toBe(run(['--text', fixturePath('pages/seed-politics.html')]).stdout.trim());
    out.forEach((o, i) => {
      const { text, isArticle, ms, ...rest } = o;
      const { ms: plainMs, ...plainRest } = plain[i];
      expect(typeof text).toBe('string');
      expect(typeof isArticle).toBe('boolean');
      expect(rest).toEqual(plainRest);
    });
  }, 60_000); // three CLI processes: slow on a busy machine
});
