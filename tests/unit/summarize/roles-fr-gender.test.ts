// frenchAppositionGender: the gender a French role set off after a name says, by its article or its noun's form.
import { describe, expect, it } from 'vitest';
import { frenchAppositionGender } from '../../../utils/summarize/roles-fr';

describe('frenchAppositionGender', () => {
  it.each([
    ['a feminine form whose masculine the lists hold', ', habitante de la ville.', 'f'],
    ['its masculine form', ', habitant de la ville.', 'm'],
    ['"-ère" of "-er"', ', conseillère municipale,', 'f'],
    ['"-rice" of "-eur"', ', productrice du film,', 'f'],
    ['"-nne" of "-n"', ', historienne,', 'f'],
    ['after "ancienne"', ', ancienne députée,', 'f'],
    ['the article says it for a noun of either gender', ', la maire de Paris,', 'f'],
    ['a noun of either gender with no article says nothing', ', ministre de la Santé,', null],
    ['nor does a trade of either gender', ', journaliste,', null],
    ['no role set off: nothing', ' a déclaré mardi', null],
  ])('%s', (_, after, gender) => {
    expect(frenchAppositionGender(after)).toBe(gender);
  });
});
