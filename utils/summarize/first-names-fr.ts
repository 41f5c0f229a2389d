// French first names and their gender, fitted by tools/fit-first-names.ts on French news (OrangeSum): do not edit by hand.
// Names English news gives too stay in first-names.ts; these add what French writes ("Agnès", "Édouard").

export const FRENCH_MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Adrien Alexandre Aurélien Bruno Cemil Cédric Edouard Fabrice Fahrettin François Gilles Guillaume ' +
  'Gérard Hans Jacques Jair Matthieu Michel Yann Édouard').split(' '));

export const FRENCH_FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Agnès Elisabeth Karine Sibeth Valérie Élisabeth').split(' '));

// Names English news writes otherwise ("a Marine"): their gender is read in French text only.
export const FRENCH_ONLY_MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Christian Scott').split(' '));

export const FRENCH_ONLY_FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Marine').split(' '));
