// Whether a French pronoun may go on with the body the sentence before opened on.
import { describe, expect, it } from 'vitest';
import { bodyJustBefore } from '../../../utils/summarize/body-subject-fr';

describe('bodyJustBefore', () => {
  it.each([
    ['a body of the pronoun\'s gender opens the sentence before', 'L\'ambassade de France a fait part de sa "consternation". Elle ajoute', 'f', true],
    ['the same when the words at `at` open their own sentence', 'La police a ouvert une enquête. ', 'f', true],
    ['a masculine body for "il"', 'Le parquet a ouvert une enquête. Il précise', 'm', true],
    ['an elided article before a masculine body ("L\'hôpital a confirmé… Il précise")', 'L\'hôpital a confirmé le décès. Il précise', 'm', true],
    ['a body by its own capitalised name, after a connective ("De son côté, le Palais de Tokyo a pris ses distances avec lui. « … », annonce-t-il": not Bernard Chenebault, whom it disowns; OrangeSum)', 'De son côté, le Palais de Tokyo a pris ses distances avec lui. « Nous désapprouvons ces mots », annonce-t-il', 'm', true],
    ['guard: a body of the other gender', 'La police a ouvert une enquête. Il précise', 'm', false],
    ['guard: a plural body is no "il" ("Les syndicats")', 'Le gouvernement a présenté son projet.\n\nLes syndicats ont dénoncé une réforme injuste. ', 'm', false],
    ['guard: a body two sentences back', 'Le parquet a ouvert une enquête. Jean Dupont a été entendu. Il précise', 'm', false],
    ['guard: a person opens the sentence before', 'Jean Dupont a été entendu mardi. Il précise', 'm', false],
  ] as const)('%s', (_name, text, gender, expected) => {
    expect(bodyJustBefore(text, text.length, gender)).toBe(expected);
  });
});
