import { describe, expect, it } from 'vitest';
import { beforeCapitalisedFunctionWord, headlineSubject, longHeadlineSubject } from '../../../utils/summarize/headline-run';
import type { AttributionContext } from '../../../utils/summarize/attribution-kinds';

// The story writes these surnames in full elsewhere ("Donald Trump", "Jane Doe").
const isSurname = (w: string) => w === 'Trump' || w === 'Doe';
const ctx = { isSurname, isStopword: () => false } as unknown as AttributionContext;

describe('beforeCapitalisedFunctionWord', () => {
  it.each([
    ['cut at a capitalised preposition', 'CNN President On Trump', 'CNN President'],
    ['nothing to cut', 'Sen. Marco Rubio', 'Sen. Marco Rubio'],
    ['never at the first word', 'The Hill Reports', 'The Hill Reports'],
  ])('%s', (_name, run, want) => {
    expect(beforeCapitalisedFunctionWord(run)).toBe(want);
  });
});

describe('headlineSubject', () => {
  it.each([
    ['a surname, then a verb', 'Trump Addresses Munich Attack', 'Trump'],
    ['a first name and a surname, then a verb', 'Donald Trump Praises Matthew Boyle', 'Donald Trump'],
    ['guard: no verb after the surname: the run ends on who speaks', 'Trump Supporter Jane Doe', 'Trump Supporter Jane Doe'],
    ['guard: a word the story never writes as a surname', 'Munich Mayor Addresses Crowd', 'Munich Mayor Addresses Crowd'],
    ['guard: too short to hold a verb and an object', 'Trump Speaks', 'Trump Speaks'],
  ])('%s', (_name, run, want) => {
    expect(headlineSubject(run, ctx)).toBe(want);
  });
});

describe('longHeadlineSubject', () => {
  it.each([
    ['a run too long for one name opens on its subject', 'Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle', { kind: 'name', name: 'Donald Trump' }],
    ['guard: a short run is left to the colon\'s other readings', 'Trump Praises Boyle', null],
    ['guard: a long run with no verb after the name names no one', 'Donald Trump Supporter And Vermont Dairy Farmer Jane Doe', null],
  ])('%s', (_name, sentence, want) => {
    expect(longHeadlineSubject(sentence, ctx)).toEqual(want);
  });
});
