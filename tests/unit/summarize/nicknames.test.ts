import { describe, expect, it } from 'vitest';
import { withoutNicknames } from '../../../utils/summarize/nicknames';

describe('withoutNicknames', () => {
  it.each([
    ['a nickname between first name and surname', 'state Del. Marcia "Cia" Price said', 'state Del. Marcia       Price said'],
    ['after an initial, curly marks', 'Rep. Robert C. “Bobby” Scott threw a party', 'Rep. Robert C.         Scott threw a party'],
    ['a chant after a lower-case word stays', 'greeted with chants of "Bobby!" at a conference', 'greeted with chants of "Bobby!" at a conference'],
    ['a quotation of several words stays', 'Trump "Make America Great" Again', 'Trump "Make America Great" Again'],
    ['a quoted title before a lower-case word stays', 'Sanders called "Medicare" a right', 'Sanders called "Medicare" a right'],
    ['a closing mark followed by a name stays', '"This is the end," Clinton said. "Never" Trump replied', '"This is the end," Clinton said. "Never" Trump replied'],
  ])('%s', (_name, text, expected) => {
    const out = withoutNicknames(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length); // offsets point into the original text
  });
});
