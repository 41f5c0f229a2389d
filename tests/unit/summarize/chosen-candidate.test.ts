// When the pronoun resolver names someone: a likely enough winner, or one of the pronoun's gender far ahead of every other person.
import { describe, expect, it } from 'vitest';
import { chosenCandidate } from '../../../utils/summarize/resolve-speaker';

const rule = { minProbability: 0.74, leadProbability: 0.6, lead: 0.6 };
const shown = (n: number) => Array.from({ length: n }, () => true);

describe('chosenCandidate', () => {
  it.each([
    ['likely enough: named', [0.8, 0.1, 0.1], shown(2), 0],
    ['likely enough, gender unknown: named still', [0.8, 0.1, 0.1], [false, false], 0],
    ['the likeliest wins, wherever it stands', [0.05, 0.9, 0.05], shown(2), 1],
    ['under the threshold, another person close: no one', [0.55, 0.4, 0.05], shown(2), -1],
    ['under the threshold, alone with "no one": a clear lead names them', [0.66, 0.34], shown(1), 0],
    ['a clear lead, but the text never shows their gender (a place read as a name): no one', [0.66, 0.34], [false], -1],
    ['a clear lead over every other person, not only the second', [0.68, 0.05, 0.06, 0.21], shown(3), 0],
    ['a lead too small: no one', [0.7, 0.15, 0.15], shown(2), -1],
    ['too unlikely even alone: no one', [0.55, 0.45], shown(1), -1],
    ['no candidate: no one', [1], [], -1],
  ] as const)('%s', (_, p, genderShown, expected) => {
    expect(chosenCandidate(p, rule, genderShown)).toBe(expected);
  });
});
