// A full name after French "de" without the place or body that opens its capitalised run.
import { describe, expect, it } from 'vitest';
import { afterItsPlace } from '../../../utils/summarize/full-names';

describe('afterItsPlace', () => {
  it.each([
    ['a body\'s name after "de la" opens the run ("le ministre de la Culture Franck Riester")', 'Culture Franck Riester', 'Culture Franck Riester', 'de la ', 'Franck Riester'],
    ['a place after "du" ("le président du Sénat Gérard Larcher")', 'Sénat Gérard Larcher', 'Sénat Gérard Larcher', 'dent du ', 'Gérard Larcher'],
    ['guard: cleaning dropped the word already ("des Finances Bruno Le Maire")', 'Bruno Le Maire', 'Finances Bruno Le Maire', 'et des ', 'Bruno Le Maire'],
    ['guard: a particle is the name\'s own ("de Marine Le Pen")', 'Marine Le Pen', 'Marine Le Pen', 'roit de ', 'Marine Le Pen'],
    ['guard: a first name, then no first name, is one name ("de Jean-Marie Le Pen")', 'Jean-Marie Le Pen', 'Jean-Marie Le Pen', 'fille de ', 'Jean-Marie Le Pen'],
    ['guard: a full name of two words stays whole ("l\'avocat de Jean Dupont")', 'Jean Dupont', 'Jean Dupont', 'ocat de ', 'Jean Dupont'],
    ['guard: English "of" is no French "de" ("the mayor of New York Bill Smith")', 'New York Bill Smith', 'New York Bill Smith', 'yor of ', 'New York Bill Smith'],
  ])('%s', (_name, name, run, before, expected) => {
    expect(afterItsPlace(name, run, before)).toBe(expected);
  });
});
