// First names and their gender, fitted by tools/fit-first-names.ts on PolNeAR train (840 articles): do not edit by hand.
// Used to tell whether "he" or "she" can refer to a person; a name missing here is simply unknown.

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Adel Alan Alastair Alejandro Alex Andy Anthony Barack Ben Benito Bernie Bobby Brandon Bruce Carl ' +
  'Carlos Chris Christopher Chuck Colin Corey Cornell Cory Curt Daniel Daron David Dennis Deval ' +
  'Dick Donald Eddie Edward Elijah Eric Gary George Glenn Gonzalo Gordon Harold Harry Hugh Ingvar ' +
  'Jack James Jared Jeb Jeff Jeffrey Jim Jimmy Joe Joel John Jorge Josh Ken Lance Lee Luther Manuel ' +
  'Marcel Marco Mario Mark Marvin Matt Michael Mike Mitt Mohammed Muhammad Neil Norbert North Omar ' +
  'Pastor Paul Pete Peter Phil Prescott Ralf Rashad Recep Rex Richard Rick Rio Rob Robby Roger ' +
  'Ronald Rush Sadiq Sander Shane Sheldon Steve Stuart Supreme Syed Tad Ted Teddy Thomas Tim Tom ' +
  'Vin Vladimir Walter Whit William Witold').split(' '));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Amanda Angela Anna Annette Ashley Betty Billie Carly Carol Cecile Chelsea Cheryl Christine Dena ' +
  'Elise Elizabeth Ellen Erin Gabby Heather Helen Hillary Huma Ivanka Janet Jennifer Joy Juanita ' +
  'Lael Laurie Liz Marwa Mary Maryam Mia Michelle Nina Norma Patty Phyllis Rachel Randi Roxana Ruth ' +
  'Sahar Sandra Sara Sarah Shonda Susan Susanne Yasmeen').split(' '));

