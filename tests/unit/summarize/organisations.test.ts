import { describe, expect, it } from 'vitest';
import { organisationBefore } from '../../../utils/summarize/organisations';

describe('organisationBefore', () => {
  it.each([
    ['the name ending in the noun', 'The International Monetary Fund raised its forecast. Officials spoke. ', 'fund', 'International Monetary Fund'],
    ['the last one named', 'The World Bank and the International Monetary Fund met. ', 'bank', 'World Bank'],
    ['a name going on with "of"', 'The Illinois Board of Elections met on Monday. ', 'board', 'Illinois Board of Elections'],
    ['a press noun: the last newspaper named', 'The Wall Street Journal ran an editorial on Monday. ', 'newspaper', 'Wall Street Journal'],
    ['one word mid-sentence', 'In 1995, a Times article hailed Trump. ', 'article', 'Times'],
    ['one word opening a sentence is no name', 'Times have changed. ', 'paper', null],
    ['nothing of that kind named', 'Donald Trump spoke in Ohio. ', 'fund', null],
  ])('%s', (_name, before, noun, expected) => {
    const text = `${before}"We will see," the ${noun} said.`;
    expect(organisationBefore(text, noun, before.length)).toBe(expected);
  });

  it('looks back about three paragraphs, not to the top of a long article', () => {
    const text = `The International Monetary Fund met.\n\n${'Markets moved on. '.repeat(100)}\n\n"We will see," the fund said.`;
    expect(organisationBefore(text, 'fund', text.indexOf('"'))).toBeNull();
  });
});
