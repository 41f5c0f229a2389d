// When the pronoun resolver names someone: a likely enough winner, or one far ahead of every other person.
import { describe, expect, it } from 'vitest';
import { chosenCandidate } from '../../../utils/summarize/resolve-speaker';

const rule = { minProbability: 0.74, leadProbability: 0.66, lead: 0.6 };

describe('chosenCandidate', () => {
  it.each([
    ['likely enough: named', [0.8, 0.1, 0.1], 0],
    ['the likeliest wins, wherever it stands', [0.05, 0.9, 0.05], 1],
    ['under the threshold, another person close: no one', [0.55, 0.4, 0.05], -1],
    ['under the threshold, alone with "no one": a clear lead names them', [0.7, 0.3], 0],
    ['a clear lead over every other person, not only the second', [0.68, 0.05, 0.06, 0.21], 0],
    ['a lead too small: no one', [0.7, 0.15, 0.15], -1],
    ['too unlikely even alone: no one', [0.6, 0.4], -1],
    ['no candidate: no one', [1], -1],
  ] as const)('%s', (_, p, expected) => {
    expect(chosenCandidate(p, rule)).toBe(expected);
  });
});
