// Whether a description rules out a person whose office the text writes out (resolve-speaker.ts).
import { describe, expect, it } from 'vitest';
import { describedByOtherOffice, officeTitle } from '../../../utils/summarize/resolve-speaker';

describe('describedByOtherOffice', () => {
  it.each([
    ['a mayor is not "the Republican presidential candidate"', 'Mayor', 'candidate', 'the Republican presidential candidate', true],
    ['a mayor is not "the senator"', 'Mayor', 'senator', 'the senator', true],
    ['the description names their office too', 'Senator', 'candidate', 'the Florida senator and Republican presidential candidate', false],
    ['the same office', 'Senator', 'senator', 'the senator', false],
    ['no role given', undefined, 'candidate', 'the Republican presidential candidate', false],
    ['a role that is no office', 'Harvard Business School professor', 'candidate', 'the candidate', false],
    ['a description that is no office nor candidacy', 'Mayor', 'texan', 'the Texan', false],
    ['a bare abbreviation is not read as an office', 'Gov', 'candidate', 'the Republican candidate', false],
    ['a post given as the role is an office: a prosecutor is not "the mayor"', 'Prosecutor', 'mayor', 'the mayor', true],
    ['guard: the post the description names is theirs ("the county prosecutor and mayoral candidate")', 'Prosecutor', 'candidate', 'the county prosecutor and mayoral candidate', false],
  ])('%s', (_name, given, role, words, expected) => {
    expect(describedByOtherOffice(given, role, words)).toBe(expected);
  });
});

describe('officeTitle', () => {
  it.each([
    ['an office is written as its title', 'chancellor', 'Chancellor'],
    ['two words, each capitalised', 'chief constable', 'Chief Constable'],
    ['letters in capitals, as the title writes them ("the PM said")', 'pm', 'PM'],
    ['a role no title names', 'coach', ''],
  ])('%s', (_name, role, title) => {
    expect(officeTitle(role)).toBe(title);
  });

  it('is what describedByOtherOffice reads as the office given: whom "the PM" was resolved to is no "senator"', () => {
    expect(describedByOtherOffice(officeTitle('pm'), 'senator', 'the senator')).toBe(true);
    expect(describedByOtherOffice(officeTitle('chancellor'), 'president', 'the French president')).toBe(true);
    expect(describedByOtherOffice(officeTitle('chancellor'), 'chancellor', 'the chancellor')).toBe(false);
  });
});
