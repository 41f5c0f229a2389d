// @vitest-environment node
// Who said what the way a user meets it: the CLI on saved real news pages (from the extraction benchmark and Readability's
// test pages), their speakers read by rules of names written family name first, of statements issued by a state's body,
// and of families whose members go by first name; their roles as a later mention sets them off ("Mr. Reeves, a senior fellow…");
// French news pages from OrangeSum, for places and titles in names and roles set off before a name; a Portuguese one from Folha.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../fixture';

/** Each quotation's speaker and role, by the first words of its text, as the CLI gives them for a saved page. */
function speakersOf(page: string): { text: string; speaker: string | null; role?: string }[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--json', fixturePath(`pages/real/${page}`)], { encoding: 'utf8' });
  return (JSON.parse(run.stdout) as { quotes: { text: string; speaker: string | null; role?: string }[] }).quotes;
}

describe('speakers on real pages, through the CLI', () => {
  it('names a Chinese ambassador in full when the story then calls him by his family name ("Liu Xiaming… Liu said")', () => {
    const quotes = speakersOf('hong-kong-ambassador.html');
    const garrison = quotes.find((q) => q.text.startsWith('They are already there in the Hong Kong garrison'));
    expect(garrison?.speaker).toBe('Liu Xiaming');
  });

  it('names a mother in full, one speaker, when the story first calls her by a first name the lexicon lacks ("her mother, Fiona,… Eloise Parry… Fiona Parry")', () => {
    const quotes = speakersOf('slimming-pills.html');
    const first = quotes.find((q) => q.text.startsWith('The drug was in her system'));
    expect(first?.speaker).toBe('Fiona Parry');
    expect(new Set(quotes.filter((q) => q.speaker?.startsWith('Fiona')).map((q) => q.speaker))).toEqual(new Set(['Fiona Parry']));
  });

  it('gives a speaker the role set off after a later mention by courtesy title and surname, and a commander his ("Mr. Reeves, a senior fellow at…")', () => {
    const reeves = speakersOf('nytimes-1.html').find((q) => q.speaker === 'Eric Reeves');
    expect(reeves?.role).toBe('senior fellow at the François-Xavier Bagnoud Center for Health and Human Rights at Harvard University');
    const commander = speakersOf('hong-kong-ambassador.html').find((q) => q.speaker === 'Cheuk Hau-yip');
    expect(commander?.role).toBe('commander of Kowloon West district');
  });

  it('shows the body whose possessive introduces a speaker the article gives no role ("said MSN\'s Blake Irving", a BBC story as text)', () => {
    const irving = speakersOf('bbc-msn-spaces.txt').find((q) => q.speaker === 'Blake Irving');
    expect(irving?.role).toBe('MSN');
  });

  it('French pages (OrangeSum): never a place for "il", never a radio\'s city in a name, a role set off before the name', () => {
    // "…à Buenos Aires sa chaîne de hamburgers… « … », se félicite-t-il": the place was taken for "il".
    const chef = speakersOf('orangesum-chef.html').find((q) => q.text.startsWith('Le chiffre d\'affaires pour Carne'));
    expect(chef).toBeDefined();
    expect(chef?.speaker).not.toBe('Buenos Aires');
    // "avait déclaré jeudi à la radio RCF Lyon Mgr Barbarin": the cardinal, named in full before, not "Lyon Mgr Barbarin".
    expect(speakersOf('orangesum-barbarin.html').find((q) => q.text.startsWith('Ma vraie vocation'))?.speaker).toBe('Philippe Barbarin');
    // "explique au Parisien le médecin spécialiste des maladies infectieuses…, Olivier Robineau".
    const doctor = speakersOf('orangesum-measles.html').find((q) => q.speaker === 'Olivier Robineau');
    expect(doctor?.role).toMatch(/^médecin spécialiste des maladies infectieuses/u);
  });

  it('French (OrangeSum): the subject after a relative "que" and its verb, a first name the lexicon learned, whom the words were said to before the name, an elided article opening the subject', () => {
    // "Des départs que minimise Gilles Le Gendre, chef de file…: « … »", then "…, qui évoque… « … », tempère-t-il".
    const leGendre = speakersOf('orangesum-le-gendre.html');
    expect(leGendre.find((q) => q.text.startsWith('Depuis le début, certains'))?.speaker).toBe('Gilles Le Gendre');
    expect(leGendre.find((q) => q.text.startsWith('Les députés sont comme tout le monde'))?.speaker).toBe('Gilles Le Gendre');
    // "« … », a réagi sur RTL Wallerand de Saint-Just, le trésorier du Rassemblement national".
    expect(speakersOf('orangesum-saint-just.html').find((q) => q.text.startsWith('C\'est quand même de leur part'))?.speaker).toBe('Wallerand de Saint-Just');
    // "…, l'ex-ministre Patrick Kanner entend… « … », a-t-il déclaré à l'AFP".
    const kanner = speakersOf('orangesum-lille.html').find((q) => q.text.startsWith('Je la soutiens à 200%'));
    expect(kanner?.speaker).toBe('Patrick Kanner');
    expect(kanner?.role).toBe('ex-ministre');
  });

  it('French (OrangeSum): a description whose noun says a man is the one the resolver clearly takes it for ("Liu Cixin a pris la défense… « … », a répondu le romancier")', () => {
    const quotes = speakersOf('orangesum-liu-cixin.html');
    expect(quotes.find((q) => q.text.startsWith('Vous préféreriez'))?.speaker).toBe('Liu Cixin');
    // The next quotation goes on with him; Netflix's answer stays its vice-president's.
    expect(quotes.find((q) => q.text.startsWith('Le gouvernement est plutôt'))?.speaker).toBe('Liu Cixin');
    expect(quotes.find((q) => q.text.startsWith('Nous ne sommes pas d'))?.speaker).toBe('Dean Garfield');
  });

  it('Portuguese (Folha): a coach described by another word for his office is still him, with the role the article gives him', () => {
    // "o técnico Tite declarou… « … », falou Tite… « … », acrescentou o comandante.": both quotations are the coach's.
    const quotes = speakersOf('folha-tite.html');
    expect(quotes.map((q) => q.speaker)).toEqual(['Tite', 'Tite']);
    expect(quotes[0]?.role).toBe('técnico');
  });

  it('gives a statement to the state\'s body that issued it ("the US military said in a statement… the statement said")', () => {
    const quotes = speakersOf('helicopter-crash.html');
    const cause = quotes.find((q) => q.text.startsWith('The cause of the crash is under investigation'));
    expect(cause?.speaker).toBe('US military');
  });
});
