// @vitest-environment node
// A story's dialogue turns: which turn answers another, and which words are put to a listener.
import { describe, expect, it } from 'vitest';
import { addressesListener, answersTurn, NARRATOR, type Turn } from '../../../utils/summarize/dialogue-turns';

describe('answersTurn', () => {
  // Quotation “A” ends after its mark, the gap follows, and the turn opens at “B”.
  const between = (gap: string) => {
    const text = `“A”${gap}“B”`;
    return [text, 3, 3 + gap.length] as const;
  };
  it.each<[string, Turn, Turn, string, boolean]>([
    ['another speaker, the next paragraph', { of: 'Haoyu' }, { of: 'Alden' }, ' Haoyu said.\n\n', true],
    ['the narrator\'s "I", then a named reply', { of: NARRATOR }, { of: 'Bartleby' }, ' I demanded.\n\n', true],
    ['one known to be anyone but this speaker', { notOf: 'Alden' }, { of: 'Alden' }, '\n\nHe shrugged.\n\n', true],
    ['guard: one known to be anyone but someone else', { notOf: 'Lute' }, { of: 'Alden' }, '\n\n', false],
    ['guard: the same speaker going on', { of: 'Alden' }, { of: 'Alden' }, '\n\n', false],
    ['guard: an unknown turn before', null, { of: 'Alden' }, '\n\n', false],
    ['guard: an unknown turn now', { of: 'Alden' }, null, '\n\n', false],
    ['guard: in the same paragraph', { of: 'Haoyu' }, { of: 'Alden' }, ' Haoyu said. Then Alden: ', false],
    ['guard: three paragraphs apart, the story between', { of: 'Haoyu' }, { of: 'Alden' }, '\n\nOne.\n\nTwo.\n\n', false],
  ])('%s', (_, before, turn, gap, expected) => {
    const [text, end, open] = between(gap);
    expect(answersTurn(text, before, end, turn, open)).toBe(expected);
  });
});

describe('addressesListener', () => {
  it.each<[string, string, boolean]>([
    ['What earthly right have you to stay here?', 'en', true],
    ['Sarcasm, so you do have characteristics of a normal teenager.', 'en', true],
    ['Why?', 'fr', true],
    ['guard: I think he can do that, but the biggest unifier we got is Hillary Clinton.', 'en', false],
    ['guard: Young people want change.', 'en', false],
    ['guard: « Vous avez raison. » (a French "vous" is not read)', 'fr', false],
  ])('%s', (words, lang, expected) => {
    expect(addressesListener(words.replace(/^guard: /u, ''), lang)).toBe(expected);
  });
});
