// @vitest-environment node
// The CLI says why a file could not be read in the same words for a file argument and a batch record.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileError } from '@/utils/cli/read-input';

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
};

describe('fileError', () => {
  it('names a missing file and a folder, and keeps any other error\'s message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    expect(fileError(thrown(() => readFileSync(join(dir, 'none.pdf'))))).toBe('no such file');
    expect(fileError(thrown(() => readFileSync(dir)))).toBe('is a directory');
    expect(fileError(new Error('binary data, not HTML or text'))).toBe('binary data, not HTML or text');
  });
});
