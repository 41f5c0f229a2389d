// Pins the engine's whole output (texts, offsets, scores, speakers) so speed work stays byte-identical.
// Regenerate tests/fixtures/engine/golden.json only for an intended change of output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../utils/summarize/index';
import { GOLDEN_CASES, SAMPLE_PATH } from './golden-cases';

const SAMPLE = readFileSync(path.resolve(__dirname, '../..', SAMPLE_PATH), 'utf8');

const GOLDEN = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/engine/golden.json'), 'utf8')) as { name: string; result: unknown }[];

describe('golden output', () => {
  it('covers every case', () => expect(GOLDEN.map((g) => g.name)).toEqual(GOLDEN_CASES.map((c) => c.name)));
  it.each(GOLDEN_CASES.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    expect(JSON.parse(JSON.stringify(summarize(c.text(SAMPLE), c.opts)))).toEqual(GOLDEN[i]!.result);
  });
});
