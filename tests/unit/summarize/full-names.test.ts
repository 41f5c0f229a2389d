// Full names a surname stands for, and a full name after French "de" without the place or body that opens its capitalised run.
import { describe, expect, it } from 'vitest';
import { afterItsPlace, findFullForms, fullNameAt, fullNameBefore, writtenInFull } from '../../../utils/summarize/full-names';

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

describe('fullNameBefore: of the full forms written before, the one written most often', () => {
  const isStopword = (w: string) => ['the', 'his', 'her', 'and'].includes(w.toLowerCase());
  /** The full name of each "Clinton said" in the text, in order. */
  const surnames = (text: string, surname: string) =>
    [...text.matchAll(new RegExp(`(?<=[.!?] )${surname} said`, 'gu'))].map((m) => fullNameBefore(findFullForms(text, isStopword), surname, m.index) ?? null);
  it.each([
    ['none written yet', 'It rained. Clinton said no. Later Bill Clinton left.', 'Clinton', [null]],
    ['only the forms written before count', 'Once Hillary Clinton spoke. Clinton said yes. Then Bill Clinton and Bill Clinton came. Clinton said no.', 'Clinton', ['Hillary Clinton', 'Bill Clinton']],
    ['a tie goes to the one written first ("Sen. Chris Murphy… his mother, Anne Marie Murphy")', 'Sen. Chris Murphy spoke. His mother, Anne Marie Murphy, wept. Murphy said so.', 'Murphy', ['Chris Murphy']],
    ['the first written wins again when the other catches up with it', 'Once Hillary Clinton came. Then Bill Clinton and Bill Clinton came. Clinton said yes. Later Hillary Clinton came. Clinton said no.', 'Clinton', ['Bill Clinton', 'Hillary Clinton']],
    ['on a tie a known first name wins over a firm ("Davis Manafort", "Paul Manafort")', 'The firm Davis Manafort grew. Its head Paul Manafort spoke. Manafort said so.', 'Manafort', ['Paul Manafort']],
    ['a live blog\'s story goes with the full name written in it (PolNeAR)', 'Libertarian candidate Gary Johnson spoke.\n\n___.\n\n8:05 a.m.\n\nSecretary Jeh Johnson says hackers struck. Johnson said so.', 'Johnson', ['Jeh Johnson']],
    ['guard: a story that writes none in full goes with the text before', 'Libertarian candidate Gary Johnson spoke.\n\n* * *\n\nThe rally went on. Johnson said so.', 'Johnson', ['Gary Johnson']],
  ])('%s', (_name, text, surname, expected) => {
    expect(surnames(text, surname)).toEqual(expected);
  });
});

describe('fullNameAt: a courtesy title of one gender throughout rules out namesakes of the other', () => {
  const isStopword = (w: string) => ['the', 'his', 'her', 'and', 'later'].includes(w.toLowerCase());
  /** The full name of the first "Surname said" in the text. */
  const at = (text: string, surname: string) => fullNameAt(findFullForms(text, isStopword), surname, text.indexOf(`${surname} said`)) ?? null;
  it.each([
    ['the only full form is a woman\'s, named after "Mr." (PolNeAR, NYT)', 'President Obama spoke. "It is on the ballot," Mr. Obama said. Mr. Obama and the first lady, Michelle Obama, came.', 'Obama', null],
    ['a man\'s form written later is the one', 'President Obama spoke. "It is on the ballot," Mr. Obama said. The first lady, Michelle Obama, came to Barack Obama Hall with Barack Obama.', 'Obama', 'Barack Obama'],
    ['guard: the full form first, a first name the lexicon takes for a woman\'s (BBC)', 'Robin Cook resigned. "I cannot," Mr Cook said.', 'Cook', 'Robin Cook'],
    ['guard: both titles, so no gender is ruled out', 'Hillary Clinton spoke. Mrs. Clinton and Mr. Clinton came. "Yes," Clinton said.', 'Clinton', 'Hillary Clinton'],
  ])('%s', (_name, text, surname, expected) => {
    expect(at(text, surname)).toBe(expected);
  });
});

describe('fullNameAt: a family name written first stands for the name written in full', () => {
  const isStopword = (w: string) => ['the', 'to', 'at', 'in'].includes(w.toLowerCase());
  /** The full name of the first "Name said" in the text. */
  const at = (text: string, name: string) => fullNameAt(findFullForms(text, isStopword), name, text.indexOf(`${name} said`)) ?? null;
  it.each([
    ['a Chinese given name of two syllables', 'Chinese President Xi Jinping met them. "We will never allow it," Xi said.', 'Xi', 'Xi Jinping'],
    ['a Korean given name joined by a hyphen (PolNeAR train)', 'Ban Ki-moon, the secretary general, spoke. "It was difficult," Ban said.', 'Ban', 'Ban Ki-moon'],
    ['a Korean given name in two syllables apart', 'Moon Jae In spoke on Tuesday. "We will talk," Moon said.', 'Moon', 'Moon Jae In'],
    ['a place opening the run before the name', 'China\'s ambassador to Britain Liu Xiaoming spoke. "They are there," Liu said.', 'Liu', 'Liu Xiaoming'],
    ['guard: an English word after the name is no given name (PolNeAR train: "the Trump Train")', 'They joined the Trump Train. "It is maniacal," Trump said.', 'Trump', null],
    ['guard: a company\'s name', 'Peabody Energy filed. "It was successful," Peabody said.', 'Peabody', null],
    ['a place is no given name ("Hong Kong")', 'Hong Nam-ki flew to Hong Kong. "It went well," Hong said.', 'Hong', 'Hong Nam-ki'],
    ['guard: two names open with the word', 'Hong Nam-ki met Hong Ik-pyo. "It went well," Hong said.', 'Hong', null],
  ])('%s', (_name, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});

describe('fullNameAt: a surname opened by particles stands for the name written in full', () => {
  const isStopword = (w: string) => ['the', 'has', 'been'].includes(w.toLowerCase());
  const at = (text: string, name: string) => fullNameAt(findFullForms(text, isStopword), name, text.indexOf(`${name} said`)) ?? null;
  it.each([
    ['two particles (a page of the extraction benchmark)', 'James Van Der Beek has been eliminated. "It makes you more human," Van Der Beek said.', 'Van Der Beek', 'James Van Der Beek'],
    ['one particle, as before', 'Marine Le Pen spoke. "We will win," Le Pen said.', 'Le Pen', 'Marine Le Pen'],
    ['guard: three words that are no particles and a surname', 'Anna Maria Bell Jones spoke. "We will win," Maria Bell Jones said.', 'Maria Bell Jones', null],
  ])('%s', (_name, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});

describe('fullNameAt: a first name the lexicon lacks stands for a member of a family the text names', () => {
  const isStopword = (w: string) => ['the', 'her', 'and', 'a'].includes(w.toLowerCase());
  const at = (text: string, name: string) => fullNameAt(findFullForms(text, isStopword), name, text.indexOf(`${name} said`)) ?? null;
  it.each([
    ['a wife beside her husband (BBC dev)', 'Ozzy Osbourne and Sharon Osbourne were there. "We worked for everything," Sharon said.', 'Sharon', 'Sharon Osbourne'],
    ['a mother named in full only after (Readability\'s BuzzFeed page)', '"She was burning up," her mother, Fiona said. Eloise Parry, 21, died. Fiona Parry issued a plea.', 'Fiona', 'Fiona Parry'],
    ['guard: no family, the first name stays as written', 'Fiona Parry issued a plea. "She was burning up," Fiona said.', 'Fiona', null],
    ['guard: a body\'s first word ("Labour Party", "Conservative Party")', 'The Labour Party and the Conservative Party met. "It is not anti-Jewish," Labour said.', 'Labour', null],
    ['guard: "I" is no surname (Readability\'s Bartleby: "the habits of Turkey I had…")', 'Of the habits of Turkey I had my own surmises, yet touching Nippers I was persuaded. "With submission, sir," Turkey said.', 'Turkey', null],
  ])('%s', (_name, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});

describe('fullNameAt: a show or a foundation named after a person names them in full', () => {
  const isStopword = (w: string) => ['the', 'on', 'with'].includes(w.toLowerCase());
  const at = (text: string, name: string) => fullNameAt(findFullForms(text, isStopword), name, text.indexOf(`${name} said`)) ?? null;
  it.each([
    ['a show (PolNeAR train)', 'Sitting down with "The Rachel Maddow Show" on Thursday, she spoke. "You would be on the list," Maddow said.', 'Maddow', 'Rachel Maddow'],
    ['guard: the person written in full otherwise keeps that form', 'Peter Santilli spoke. Clips of "The Pete Santilli Show" were played. "It is my job," Santilli said.', 'Santilli', 'Peter Santilli'],
  ])('%s', (_name, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});

describe('writtenInFull: a surname the text writes in full somewhere, before or after', () => {
  const text = 'Le colonel Barbry a parlé. Plus tard, le colonel Frédéric Barbry a précisé. Debbie Wasserman Schultz était là. Marine Le Pen aussi.';
  const forms = findFullForms(text, (w) => ['le', 'la'].includes(w.toLowerCase()));
  it.each([
    ['a surname written in full later', 'Barbry', true],
    ['a surname of two words, with a first name before it', 'Wasserman Schultz', true],
    ['a surname opened by a particle, whatever the lexicon says of "Marine" and "Le"', 'Le Pen', true],
    ['a word never written as a surname', 'Dupont', false],
    ['a full name is no surname', 'Frédéric Barbry', false],
  ])('%s: %s', (_name, word, expected) => {
    expect(writtenInFull(forms, word)).toBe(expected);
  });
});
