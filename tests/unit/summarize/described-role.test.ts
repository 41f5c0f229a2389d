// The gender a French role's words say: its article, an adjective, or the noun's own form.
import { describe, expect, it } from 'vitest';
import { describedRole, frenchRoleGender, PRIME_MINISTER } from '../../../utils/summarize/described-role';

describe('frenchRoleGender', () => {
  it.each([
    ['the article of a noun of either gender', 'la', undefined, 'ministre', 'f'],
    ['a contracted article ("du ministre")', 'du', undefined, 'ministre', 'm'],
    ['an elided article, then a feminine adjective ("l\'ancienne ministre")', "l'", 'ancienne', 'ministre', 'f'],
    ['an elided article, then the noun\'s own form ("l\'élue")', "l'", undefined, 'élue', 'f'],
    ['an elided article and a noun of either gender say none ("l\'ex-ministre")', "l'", undefined, 'ministre', null],
  ])('%s', (_name, article, adjective, noun, expected) => {
    expect(frenchRoleGender(article, adjective, noun)).toBe(expected);
  });

  it('reaches the description a verb of saying opens ("a répondu le Premier ministre"), the head of government an office of its own, not a minister\'s', () => {
    expect(describedRole('le Premier ministre', 'fr')).toEqual({ role: PRIME_MINISTER, gender: 'm' });
    expect(describedRole('la Première ministre', 'fr')).toEqual({ role: PRIME_MINISTER, gender: 'f' });
    expect(describedRole('le ministre', 'fr')).toEqual({ role: 'ministre', gender: 'm' });
    expect(describedRole('el primer ministro', 'es')).toEqual({ role: PRIME_MINISTER, gender: 'm' });
    expect(describedRole('der Minister', 'de')).toEqual({ role: 'Minister' });
  });

  it.each([
    ['a country\'s', "l'entraîneur allemand", { role: 'entraîneur', gender: 'm', origin: 'allemand' }],
    ['a city\'s', 'le technicien marseillais', { role: 'technicien', gender: 'm', origin: 'marseillais' }],
    ['a feminine one', 'la ministre italienne', { role: 'ministre', gender: 'f', origin: 'italienne' }],
    ['none: a qualifier is part of the role', 'le secrétaire général de la CGT', { role: 'secrétaire général CGT', gender: 'm' }],
  ])('reads the origin an adjective after the noun says (%s)', (_name, words, expected) => {
    expect(describedRole(words, 'fr')).toEqual(expected);
  });

  it('reads the origin in Portuguese, Spanish and Italian too', () => {
    expect(describedRole('o presidente francês', 'pt')).toEqual({ role: 'presidente', gender: 'm', origin: 'francês' });
    expect(describedRole('el presidente estadounidense', 'es')).toEqual({ role: 'presidente', gender: 'm', origin: 'estadounidense' });
    expect(describedRole('il premier italiano', 'it')).toMatchObject({ origin: 'italiano' });
  });
});
