import { describe, expect, it } from 'vitest';
import { namesWhen } from '../../../utils/summarize/when';

describe('namesWhen', () => {
  it('sees a weekday or a month, in French as in English', () => {
    expect(namesWhen("La France a convoqué vendredi 22 mars le chargé d'affaires israélien.")).toBe(true);
    expect(namesWhen('The minister resigned on Tuesday.')).toBe(true);
    expect(namesWhen('Elections are due in May.')).toBe(true);
    expect(namesWhen('Il a été élu le 3 août.')).toBe(true);
  });
  it('needs whole words, and an English month needs its capital', () => {
    expect(namesWhen('The talks may resume, and prices march on.')).toBe(false);
    expect(namesWhen('Les maires de France se réunissent.')).toBe(false);
    expect(namesWhen('Le dimanchement est un mot inventé.')).toBe(false);
    expect(namesWhen('While the fate of the peace talks hangs in balance, the dynamic continues to evolve.')).toBe(false);
  });
});
