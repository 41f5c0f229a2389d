import { describe, expect, it } from 'vitest';
import { organisationOf } from '../../../utils/summarize/organisation-of';

describe('organisationOf', () => {
  it.each([
    ['"of" cut the run of capitals', 'The Bank of England said rates would stay low.', 'England', 'Bank of England'],
    ['"for" and a think tank', 'A March 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that', 'Economic Policy Research', 'Centre for Economic Policy Research'],
    ['capitalised words between for a one-word name', 'The Council on Foreign Relations said it would publish the study.', 'Relations', 'Council on Foreign Relations'],
    ['guard: a role between makes the name a person\'s', 'Bank of England Governor King said rates would stay low.', 'King', null],
    ['guard: words between never for a name of two words', 'The Bank of England Deputy Governor Charlie Bean said so.', 'Charlie Bean', null],
    ['guard: no head noun before "of"', 'The people of England said so in the referendum.', 'England', null],
  ])('%s', (_name, text, name, whole) => {
    expect(organisationOf(text, name, text.indexOf(name))).toBe(whole);
  });
});
