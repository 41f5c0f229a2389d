import { describe, expect, it } from 'vitest';
import { institutionThatSpoke, organisationBefore } from '../../../utils/summarize/organisations';

describe('organisationBefore', () => {
  it.each([
    ['the name ending in the noun', 'The International Monetary Fund raised its forecast. Officials spoke. ', 'fund', 'International Monetary Fund'],
    ['the last one named', 'The World Bank and the International Monetary Fund met. ', 'bank', 'World Bank'],
    ['a name going on with "of"', 'The Illinois Board of Elections met on Monday. ', 'board', 'Illinois Board of Elections'],
    ['a press noun: the last newspaper named', 'The Wall Street Journal ran an editorial on Monday. ', 'newspaper', 'Wall Street Journal'],
    ['"the agency": a government body by its own word ("State Department")', 'The State Department also said on Thursday that it fell short of its goal. ', 'agency', 'State Department'],
    ['one word mid-sentence', 'In 1995, a Times article hailed Trump. ', 'article', 'Times'],
    ['not from a word after a hyphen (PolNeAR)', 'The pro-Christie Union Leader, New Hampshire\'s largest newspaper, has run editorials. ', 'editorial board', 'Union Leader'],
    ['a name opens at its "The", not at a verb before it (PolNeAR)', 'Others joined in. Enter The Washington Post. ', 'paper', 'Washington Post'],
    ['guard: "The" and the noun alone is the noun again, no name; the full name before it stands', 'The Wall Street Journal ran an editorial. The Journal also cited a poll. ', 'newspaper', 'Wall Street Journal'],
    ['guard: "The" and the noun alone, nothing else named', 'The Institute also cited the death of actor Marlon Brando. ', 'institute', null],
    ['one word opening a sentence is no name', 'Times have changed. ', 'paper', null],
    ['nothing of that kind named', 'Donald Trump spoke in Ohio. ', 'fund', null],
    ['an owner and the noun in lower case', 'China’s foreign ministry also weighed in on Saturday. ', 'ministry', 'China’s foreign ministry'],
    ['a place, a word, the noun', 'But a New Hampshire ballot commission in January was more tentative. ', 'commission', 'New Hampshire ballot commission'],
    ['guard: an article alone is no owner, nor a sentence before', 'Officials met on Thursday.\n\nThe ministry was closed. ', 'ministry', null],
    ['guard: words of a phrase before the noun are no owner ("Officials at the agency")', 'Officials at the agency said they were concerned. ', 'agency', null],
  ])('%s', (_name, before, noun, expected) => {
    const text = `${before}"We will see," the ${noun} said.`;
    expect(organisationBefore(text, noun, before.length)).toBe(expected);
  });

  it('looks back about three paragraphs, not to the top of a long article', () => {
    const text = `The International Monetary Fund met.\n\n${'Markets moved on. '.repeat(100)}\n\n"We will see," the fund said.`;
    expect(organisationBefore(text, 'fund', text.indexOf('"'))).toBeNull();
  });
});

describe('institutionThatSpoke', () => {
  it.each([
    ['an organisation confirming', 'Fox News confirmed that Kelly met with Trump. ', 'Fox News'],
    ['"the <Name> campaign" responding', 'The Trump campaign on Tuesday responded that it had moved. ', 'Trump campaign'],
    ['a name going on with "of"', 'On Thursday, the Republican Party of Wyoming announced she was not coming. ', 'Republican Party of Wyoming'],
    ['the last of two', 'The State Department said it would comply. Fox News confirmed the meeting. ', 'Fox News'],
    ['a name never runs back over a sentence end', 'Kelly met Trump on Wednesday. Fox News confirmed the meeting. ', 'Fox News'],
    ['a person speaking is no organisation', 'Donald Trump said he would win. ', null],
    ['an organisation opening a sentence whose participle says it spoke (HuffPost)', 'The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that it is focused on “ending senseless gun violence.” ', 'Trayvon Martin Foundation'],
    ['an organisation that did not speak', 'The State Department opened an inquiry. ', null],
  ])('%s', (_name, before, expected) => {
    expect(institutionThatSpoke(`${before}"We will see," the group said.`, before.length)).toBe(expected);
  });
});
