// The sentences of a stretch of text, as the attribution reads them: a title's dot, an initial and a lower-case word after a dot end none.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../utils/summarize/names';

describe('sentencesOf', () => {
  it.each([
    ['two sentences, the spaces kept with the first', 'He left. She stayed.', ['He left. ', 'She stayed.']],
    ['a title\'s dot ends none ("Sen. Marco Rubio")', 'Sen. Marco Rubio spoke. He left.', ['Sen. Marco Rubio spoke. ', 'He left.']],
    ['a lower-case word after the dot ends none ("a U.S. citizen")', 'she became a U.S. citizen in 2013, she plans to vote. Then she left.', ['she became a U.S. citizen in 2013, she plans to vote. ', 'Then she left.']],
    ['an initial ends none ("John F. Kennedy")', 'John F. Kennedy spoke. He left.', ['John F. Kennedy spoke. ', 'He left.']],
    ['no break: the whole text', 'An attribution, said Smith', ['An attribution, said Smith']],
  ])('%s', (_name, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
    expect(sentencesOf(text).join('')).toBe(text);
  });
});
