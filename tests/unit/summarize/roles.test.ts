// The role an article gives a speaker: the title words before the name, never words of the sentence before or of the name itself.
import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../utils/summarize/roles';

describe('roleOf', () => {
  it.each([
    ['a title before the full name', 'Interior Minister Ihor Klymenko said the attack was repelled.', 'Ihor Klymenko', 'Interior Minister'],
    ['an apposition after the name', 'Mike Lake, a spokesman for Yukos, said the company would appeal.', 'Mike Lake', 'spokesman for Yukos'],
    ['guard: an abbreviated title keeps its words ("Texas Lt. Gov.")', 'Texas Lt. Gov. Dan Patrick endorsed Ted Cruz on Monday.', 'Dan Patrick', 'Texas Lt. Gov'],
    ['not the first name of a speaker known by surname ("Florida Rep. Debbie")', 'Florida Rep. Debbie Wasserman Schultz defended the rules.', 'Wasserman Schultz', 'Florida Rep'],
    ['not the end of the sentence before ("…Trump. Sen.")', 'Cruz did not endorse Trump. Sen. Roy Blunt said he would.', 'Roy Blunt', 'Sen'],
    ['not a word opening the clause ("And Sen.", "So Labor Secretary")', 'So Labor Secretary Tom Perez went to Ohio.', 'Tom Perez', 'Labor Secretary'],
    ['not an institution\'s possessive ("Iowa State University\'s")', 'Iowa State University\'s Dianne Bystrom agreed with the analysis.', 'Dianne Bystrom', undefined],
    ['guard: not across a paragraph ("…Trump.⏎⏎Mayor")', 'The mayor answered Donald Trump.\n\nMayor Bill de Blasio spoke.', 'Bill de Blasio', 'Mayor'],
    ['an apposition without its relative clause ("…, a pollster and strategist who supported Texas Sen. Ted Cruz,")', 'Kellyanne Conway, a pollster and strategist who supported Texas Sen. Ted Cruz, spoke.', 'Kellyanne Conway', 'pollster and strategist'],
    ['an apposition cut at a title\'s dot loses the title and its preposition ("a former aide to Sen.")', 'Jane Doe, a former aide to Sen. Ted Cruz, spoke.', 'Jane Doe', 'former aide'],
  ])('%s', (_name, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});
