import { describe, expect, it } from 'vitest';
import { parseArgs } from '@/utils/cli/args';

describe('parseArgs', () => {
  it('defaults to three key quotes, text output, the sample article', () => {
    expect(parseArgs([])).toEqual({ files: [], count: 3, json: false, jsonl: null, outline: false, text: false, help: false });
  });
  it('reads options in both spellings', () => {
    expect(parseArgs(['--count', '5', '--json', 'a.html', 'b.txt'])).toMatchObject({ count: 5, json: true, files: ['a.html', 'b.txt'] });
    expect(parseArgs(['--count=8', '--jsonl=-'])).toMatchObject({ count: 8, jsonl: '-' });
    expect(parseArgs(['--outline', 'a.html'])).toMatchObject({ outline: true, files: ['a.html'] });
    expect(parseArgs(['--text', 'a.html'])).toMatchObject({ text: true, files: ['a.html'] });
  });
  it.each([[['--count', 'x']], [['--count', '0']], [['--jsonl']], [['--nope']]])('refuses %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow();
  });
});
