// Whether a French pronoun may go on with the body that opened its sentence or the one before.
import { describe, expect, it } from 'vitest';
import { bodyNameJustBefore } from '../../../utils/summarize/body-subject-fr';
import { institutionNamed } from '../../../utils/summarize/attribution-kinds';

/** Whether "Jean Dupont", the tables' one person, is written between two positions (the engine asks its people found). */
const personNamed = (text: string) => (from: number, to: number) => text.slice(from, to).includes('Jean Dupont');

describe('bodyNameJustBefore: whether a body opens the pronoun\'s sentence or the one before', () => {
  it.each([
    ['a body of the pronoun\'s gender opens the sentence before', 'L\'ambassade de France a fait part de sa "consternation". Elle ajoute', 'f', true],
    ['the same when the words at `at` open their own sentence', 'La police a ouvert une enquête. ', 'f', true],
    ['a masculine body for "il"', 'Le parquet a ouvert une enquête. Il précise', 'm', true],
    ['an elided article before a masculine body ("L\'hôpital a confirmé… Il précise")', 'L\'hôpital a confirmé le décès. Il précise', 'm', true],
    ['a body by its own capitalised name, after a connective ("De son côté, le Palais de Tokyo a pris ses distances avec lui. « … », annonce-t-il": not Bernard Chenebault, whom it disowns; OrangeSum)', 'De son côté, le Palais de Tokyo a pris ses distances avec lui. « Nous désapprouvons ces mots », annonce-t-il', 'm', true],
    ['a family, after a phrase of time, in a sentence a stop that lost its space opens ("…11H00.Depuis le début de l\'affaire, la famille de la victime a dénoncé… Elle réclame"; OrangeSum)', 'Les avocats ont annoncé une conférence de presse à 11H00.Depuis le début de l\'affaire, la famille de la victime a dénoncé une bavure. Elle réclame', 'f', true],
    ['a body by its own name after "l\'", of either gender ("L\'Insee publiera jeudi… « … », rappelait-il"; OrangeSum)', 'L\'Insee publiera jeudi sa première estimation, après avoir évoqué une économie "sous anesthésie". ', 'm', true],
    ['guard: a sentence closed right before with no space after its stop is the one before, not the one before that ("…de la pandémie.Par ailleurs, le guide suprême Ali Khamenei a accusé les Saoudiens… des Américains.\"" is no body\'s; OrangeSum)', 'L\'Arabie saoudite est confrontée à une forte baisse des prix.Par ailleurs, le guide suprême iranien Ali Khamenei a accusé les Saoudiens d\'être aux ordres des Américains."', 'm', false],
    ['guard: a body of the other gender', 'La police a ouvert une enquête. Il précise', 'm', false],
    ['guard: a plural body is no "il" ("Les syndicats")', 'Le gouvernement a présenté son projet.\n\nLes syndicats ont dénoncé une réforme injuste. ', 'm', false],
    ['guard: a body two sentences back', 'Le parquet a ouvert une enquête. Jean Dupont a été entendu. Il précise', 'm', false],
    ['guard: a person opens the sentence before', 'Jean Dupont a été entendu mardi. Il précise', 'm', false],
    ['a body opening the pronoun\'s own sentence, a partial quotation in it ("La Fédération nationale de l\'immobilier (Fnaim) souhaite « … », a-t-elle annoncé"; OrangeSum)', 'Les loyers augmentent. La Fédération nationale de l\'immobilier (Fnaim) souhaite "créer un fichier des incidents", a-t-', 'f', true],
    ['guard: a person named in the pronoun\'s own sentence, after a body opened the one before ("Le parquet a ouvert une enquête. Jean Dupont estime que… « … », a-t-il ajouté")', 'Le parquet a ouvert une enquête mardi. Jean Dupont estime que cette procédure est "une injustice", a-t-', 'm', false],
  ] as const)('%s', (_name, text, gender, expected) => {
    expect(bodyNameJustBefore(text, text.length, gender, () => '', personNamed(text)) !== null).toBe(expected);
  });
});

describe('bodyNameJustBefore: the body\'s name', () => {
  const named = (words: string) => institutionNamed(words, () => false);
  it.each([
    ['a body by its noun and where it is ("L\'ambassade de France au Guatemala a fait part… Elle ajoute…"; OrangeSum)', 'L\'ambassade de France au Guatemala a fait part dans un communiqué de sa "consternation". Elle ajoute', 'f', 'ambassade de France'],
    ['a body by its own name after "l\'", in full where its words say it ("L\'Académie de médecine veut…"; OrangeSum)', 'L\'Académie de médecine veut également voir taxées les boissons. ', 'f', 'Académie de médecine'],
    ['a body by its own name after "l\'" ("L\'Insee publiera jeudi…"; OrangeSum)', 'L\'Insee publiera jeudi sa première estimation. ', 'm', 'Insee'],
    ['a body by its noun alone names no one ("La police a ouvert une enquête.")', 'La police a ouvert une enquête. ', 'f', ''],
    ['guard: a person opens the sentence before', 'Jean Dupont a été entendu mardi. Il précise', 'm', null],
  ] as const)('%s', (_name, text, gender, expected) => {
    expect(bodyNameJustBefore(text, text.length, gender, named, personNamed(text))).toBe(expected);
  });
});
