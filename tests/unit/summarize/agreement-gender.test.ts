// The gender French, Spanish, Italian and Portuguese show by agreement right after a name.
import { describe, expect, it } from 'vitest';
import { agreementGender } from '../../../utils/summarize/agreement-gender';

describe('agreementGender', () => {
  it.each([
    ['a participle set off after the name, feminine ("Stéphanie, confinée dans…")', ", confinée dans l'Etat de New York, aux Etats-Unis.", 'f'],
    ['a participle set off after the name, masculine ("Patrick Kanner, réconcilié avec…")', ', réconcilié avec la maire, entend aider Martine.', 'm'],
    ['a plural participle agrees too ("…, interrogées par l\'AFP")', ", interrogées par l'AFP, ont refusé.", 'f'],
    ['after a verb "to be", with an adverb ("Marion Cotillard s\'était rapidement exprimée")', " s'était rapidement exprimée sur les réseaux sociaux.", 'f'],
    ['after "a été" ("X a été nommé ministre")', ' a été nommé ministre en 2017.', 'm'],
    ['an indefinite article and a noun of that gender ("Julie Isaacson, une New-Yorkaise")', ", une New-Yorkaise d'origine qui a vécu 27 ans à Miami Beach.", 'f'],
    ['the same, masculine ("Bhupinder Sharma, un patient de 55 ans")', ', un patient de 55 ans souffrant du Covid-19.', 'm'],
    ['Spanish, Italian and Portuguese write -a and -o ("Carmen, una vecina")', ', una vecina del barrio, dijo que sí.', 'f'],
    ['the same, masculine ("Marco, un giornalista" is no -o; "Pedro, un vecino")', ', un vecino de Madrid, lo vio.', 'm'],
    ['guard: a noun of one gender for anyone in Spanish ("Juan, una persona muy discreta")', ', una persona muy discreta, no quiso hablar.', null],
    ['guard: a noun of one gender for anyone ("Joshua Wong, une des figures de l\'opposition", "un membre")', ", une des figures de l'opposition, a estimé que…", null],
    ['guard: "un membre" says nothing', ', un membre du collectif, a indiqué que…', null],
    ['guard: a definite article tells when ("…, le lendemain")', ', le lendemain, a annoncé sa démission.', null],
    ['guard: a noun in -é that agrees with no one ("…, côté syndicats")', ', côté syndicats, la colère monte.', null],
    ['guard: nothing set off', ' a déclaré que la réforme passerait.', null],
  ])('%s', (_name, after, gender) => {
    expect(agreementGender(after)).toBe(gender);
  });
});
