import { describe, expect, it } from 'vitest';
import { isProperNoun } from '../../../utils/summarize/proper-noun';

describe('isProperNoun', () => {
  it.each([
    ['an acronym', 'BBC', 'BBC reported it.', 'en', true],
    ['capitalised mid-sentence somewhere', 'Trump', 'Trump spoke. “No,” Trump said.', 'en', true],
    ['only where sentences open', 'Sources', 'Sources told us. Sources said more.', 'en', false],
    ['a capital inside the word, only at a paragraph start', 'McLenney', 'They met two voters.\n\nMcLenney said it was hard.', 'en', true],
    ['an apostrophe and a capital', "O'Brien", "O'Brien said it was hard.", 'en', true],
    ['after a quotation closing on "!", before its verb: the sentence goes on', 'Cruz', 'They argued. “It’s offensive!” Cruz said.', 'en', true],
    ['after a quotation closing on "?", opening the next sentence', 'Critics', 'He asked. “Why now?” Critics were silent. Critics left.', 'en', false],
    ['opening a paragraph after one that ends in a bracketed source ("[HuffPost.]")', 'Signs', 'Polls failed in Iowa.” [HuffPost.]\n\nSigns of momentum shifts were there all along.', 'en', false],
    ['after a sentence closed inside brackets', 'Signs', 'Polls failed in Iowa (as expected.) Signs of momentum were there.', 'en', false],
    ['a German noun after an article', 'Begründung', 'Er sprach. Seine Begründung: die Worte. Die Begründung war kurz.', 'de', false],
  ])('%s', (_name, word, text, lang, expected) => {
    expect(isProperNoun(word, text, lang)).toBe(expected);
  });
});
