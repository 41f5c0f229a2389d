import { describe, expect, it } from 'vitest';
import { titledWithThe } from '../../../utils/summarize/titled-with-the';

describe('titledWithThe', () => {
  it.each([
    ['a capitalised "The" inside a sentence', 'The four loopholes were listed, according to The Hill.', 'Hill', true],
    ['never without "the"', 'The Blaze reported it first. Later the Blaze’s Matt Walsh wrote more.', 'Blaze', true],
    ['guard: a surname written alone somewhere', 'The Hill family spoke. Hill said the vote was close.', 'Hill', false],
    ['guard: a word the text never writes', 'Nothing here names it.', 'Hill', false],
  ])('%s', (_name, text, word, titled) => {
    expect(titledWithThe(text, word)).toBe(titled);
  });
});
