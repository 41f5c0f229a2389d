import { describe, expect, it } from 'vitest';
import { namesWhen } from '../../../utils/summarize/when';

describe('namesWhen', () => {
  it('sees a weekday or a month of the sentence’s language', () => {
    expect(namesWhen("La France a convoqué vendredi 22 mars le chargé d'affaires israélien.", 'fr')).toBe(true);
    expect(namesWhen('Il a été élu le 3 août.', 'fr')).toBe(true);
    expect(namesWhen('The minister resigned on Tuesday.', 'en')).toBe(true);
    expect(namesWhen('Elections are due in May.', 'en')).toBe(true);
    expect(namesWhen('It opened on 5 May 2005.', 'en')).toBe(true);
    expect(namesWhen('Die Wahl findet im März statt.', 'de')).toBe(true);
    expect(namesWhen('Il voto è previsto per lunedì.', 'it')).toBe(true);
  });
  it('needs whole words, and a name that is also a word only counts as a date', () => {
    expect(namesWhen('The talks may resume, and prices march on.', 'en')).toBe(false);
    expect(namesWhen('May said the probe to Mars would launch.', 'en')).toBe(false);
    expect(namesWhen('Les maires de France se réunissent.', 'fr')).toBe(false);
    expect(namesWhen('Le dimanchement est un mot inventé.', 'fr')).toBe(false);
    expect(namesWhen('Non è mai stato così.', 'it')).toBe(false);
    expect(namesWhen('While the fate of the peace talks hangs in balance, the dynamic continues to evolve.', 'en')).toBe(false);
  });
  it('says no for a language it has no list for', () => {
    expect(namesWhen('Monday', 'ja')).toBe(false);
  });
});
