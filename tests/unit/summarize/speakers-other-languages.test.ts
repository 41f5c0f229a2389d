// @vitest-environment node
// Who said what in Spanish, Italian, Portuguese, German, Dutch, French and English the way a user meets it: the CLI on a news story as text, its language detected
// from the words (no language given), its descriptions and roles read as those papers write them. The stories are written
// for the purpose in each paper's style (the data sets hold no such news).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../fixture';

interface Quote { text: string; speaker: string | null; role?: string }

/** The detected language and each quotation's speaker and role, as the CLI gives them for a story. */
function read(story: string): { lang: string; quotes: Quote[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--json', fixturePath(`engine/stories/${story}`)], { encoding: 'utf8' });
  return JSON.parse(run.stdout) as { lang: string; quotes: Quote[] };
}
const at = (quotes: Quote[], start: string) => quotes.find((q) => q.text.startsWith(start));

describe('speakers whose verb is not the sentence subject\'s, through the CLI (English)', () => {
  it('a passive\'s agent, someone remembered speaking, a role that serves another, an expert never guessed, the one spoken to', () => {
    const { lang, quotes } = read('en-town-hall.txt');
    expect(lang).toBe('en');
    // "was confronted by a protester:" is the protester's question, no one's by name; "was interrupted by Senator Ann Lee:" hers.
    expect(at(quotes, 'Why did you vote')).toMatchObject({ speaker: null });
    expect(at(quotes, 'The senator knows')).toMatchObject({ speaker: 'Ann Lee' });
    // "A spokeswoman for the governor, Ellen Marsh," is no governor.
    expect(at(quotes, 'The governor has made')).toMatchObject({ speaker: 'Ellen Marsh', role: 'spokeswoman for the governor' });
    // "recalled his mother, Joan, telling him:" is Joan's.
    expect(at(quotes, 'Never let anyone')).toMatchObject({ speaker: 'Joan' });
    // "the analyst said" names no analyst: not the chief executive the story is about.
    expect(at(quotes, 'That was always unrealistic')).toMatchObject({ speaker: null });
    // "said Mary Jones to radio host Tom Smith" is hers.
    expect(at(quotes, 'We will keep fighting')).toMatchObject({ speaker: 'Mary Jones' });
  });
});

describe('an interview transcript, a hedged report and a body\'s statement read out, through the CLI (English)', () => {
  it('each labelled turn is its speaker\'s, without the label; the sign-off is no quotation; "with Donald Trump tweeting… and asking", "is alleged to have said", "A statement from Chelsea… read:"', () => {
    const { lang, quotes } = read('en-sunday-interview.txt');
    expect(lang).toBe('en');
    // "“PENCE: …" is Mike Pence's, the label out of the words; the host's turns are not his.
    expect(at(quotes, 'Gennifer Flowers will not')).toMatchObject({ speaker: 'Mike Pence' });
    expect(at(quotes, 'Well, look')).toMatchObject({ speaker: 'Mike Pence' });
    expect(at(quotes, 'Will Gennifer Flowers')).toMatchObject({ speaker: null });
    expect(quotes.some((q) => /^(?:PENCE|HOST):/u.test(q.text) || q.text.startsWith('Follow'))).toBe(false);
    expect(at(quotes, 'How can someone')).toMatchObject({ speaker: 'Donald Trump' });
    expect(at(quotes, 'made available')).toMatchObject({ speaker: 'John Houston' });
    expect(at(quotes, 'We want to make clear')).toMatchObject({ speaker: 'Chelsea' });
  });
});

describe('the one who spoke, not the one they serve, the place they are from or the man before them, through the CLI (English)', () => {
  it('a spokeswoman for a person, a relative "who" after a place, a clause joined by "while", a campaign before a colon, "The senator", an age, words about another man', () => {
    const { lang, quotes } = read('en-world-desk.txt');
    expect(lang).toBe('en');
    // "a spokeswoman for Prime Minister Theresa May said:" is her spokeswoman's, not May's.
    expect(at(quotes, 'We do not comment')).toMatchObject({ speaker: 'Theresa May’s spokeswoman' });
    // "Rep. Peter King of New York, who told MSNBC:" is King's, not New York's.
    expect(at(quotes, 'This is a legitimate question')).toMatchObject({ speaker: 'Peter King' });
    // "Netanyahu called the seizure “…,” while Palestinian President Mahmoud Abbas said he hoped talks “…”": one each.
    expect(at(quotes, 'a victory for every nation')).toMatchObject({ speaker: 'Benjamin Netanyahu' });
    expect(at(quotes, 'will resume before')).toMatchObject({ speaker: 'Mahmoud Abbas' });
    // "Clinton's campaign said:" is the campaign's.
    expect(at(quotes, 'Diplomacy, not threats')).toMatchObject({ speaker: 'Hillary Clinton’s campaign' });
    // "…asked Sen. Bernie Sanders… The senator did not answer directly. “…,” he said" is Sanders, not the moderator.
    expect(at(quotes, 'Peace is not made')).toMatchObject({ speaker: 'Bernie Sanders' });
    // "one shipowner, Margaret Hill, 58, wrote:".
    expect(at(quotes, 'My crew did nothing')).toMatchObject({ speaker: 'Margaret Hill' });
    // "“He said it better than me…,” the Spaniard said" after Andy Murray and Rafael Nadal: "He" may be Murray.
    expect(at(quotes, 'He said it better')).toMatchObject({ speaker: 'Rafael Nadal' });
  });
});

describe('never the person named beside the speaker: their aides, lawyers, allies, words quoted, the one a passive acted on (English, through the CLI)', () => {
  it('a campaign trail story: each quotation goes to who said it, or to no one, never to the candidate named in its sentence', () => {
    const { quotes } = read('en-campaign-trail.txt');
    // "A Trump campaign aide told reporters:" and "Trump's lawyers wrote:": his aide's and his lawyers' words, not his.
    expect(at(quotes, 'The crowd was the biggest')).toMatchObject({ speaker: 'Donald Trump’s campaign aide' });
    expect(at(quotes, 'The lawsuit is frivolous')).toMatchObject({ speaker: 'Donald Trump’s lawyers' });
    // Words read out or quoted as written are their author's: "read the crowd a quote from Clinton:", "Clinton's tweet, which read:".
    expect(at(quotes, 'I will be a president')).toMatchObject({ speaker: 'Hillary Clinton' });
    expect(at(quotes, 'Delete your account')).toMatchObject({ speaker: 'Hillary Clinton' });
    // "told the crowd that Clinton had once said “…”": the reported clause's own verb of saying.
    expect(at(quotes, 'we are going to put')).toMatchObject({ speaker: 'Hillary Clinton' });
    // "Bernie Sanders was praised by Donald Trump. “He is a great guy…,” he said.": the one who praised.
    expect(at(quotes, 'He is a great guy')).toMatchObject({ speaker: 'Donald Trump' });
    // Allies, an agent, a couple: none is the person named with them.
    for (const words of ['The email story', 'Bernie has no interest', 'We are grateful']) expect(at(quotes, words)).toMatchObject({ speaker: null });
  });
});

describe('bodies\' spokespeople and quotations whose paragraphs ran together, through the CLI (English)', () => {
  it('an unnamed spokesperson speaks as the body, before or after the words; each paragraph of a quotation whose breaks were lost is its speaker\'s', () => {
    const { lang, quotes } = read('en-retail-results.txt');
    expect(lang).toBe('en');
    // "An M&S spokesman said: “…. “…”": the body, for both paragraphs of its words.
    expect(at(quotes, 'We have brought in')).toMatchObject({ text: 'We have brought in quite a lot of new clothing at new price points.', speaker: 'M&S' });
    expect(at(quotes, 'Customers have responded')).toMatchObject({ speaker: 'M&S' });
    // "“…,” he said. “…. “…”": the later paragraphs go on with him.
    expect(at(quotes, 'Our online orders doubled')).toMatchObject({ speaker: 'Simon Wolfson' });
    expect(at(quotes, 'We will open another')).toMatchObject({ speaker: 'Simon Wolfson' });
    // "said a spokeswoman for the British Retail Consortium on Monday": the body, not no one, by its whole name (its opening
    // demonym had been dropped, as a person's description's is).
    expect(at(quotes, 'Footfall is still falling')).toMatchObject({ speaker: 'British Retail Consortium' });
    expect(at(quotes, 'Shoppers are buying later')).toMatchObject({ speaker: 'British Retail Consortium' });
    expect(at(quotes, 'The winners are')).toMatchObject({ speaker: 'Jane Hart' });
  });
});

describe('bodies that speak, by "it", by a document or by a spokesperson, and the people named by their role, through the CLI (English)', () => {
  it('an acronym after "But the" is the body; a verb taking an object after the words says nothing; "Won" in a name; the one ", he said" reports about is not "he"; a sentence about someone else stops the words going on', () => {
    const { lang, quotes } = read('en-monday-desk.txt');
    expect(lang).toBe('en');
    // "But the FA confirmed: “…”", then "Mourinho claimed his 'silence' gesture…": the Football Association the story named.
    expect(at(quotes, 'There will be no further action')).toMatchObject({ speaker: 'Football Association' });
    // "said Sung Won Sohn, chief US economist…. “…,” he added.": his, not the economist's quoted before him.
    expect(at(quotes, 'The economy is doing')).toMatchObject({ speaker: 'Sung Won Sohn', role: 'chief US economist for Wells Fargo Bank' });
    // "And Tony Blair would be in the very front line of that campaign, he said. “…,” he promised.": never Blair, but the one
    // whose "he said" it goes on.
    expect(at(quotes, 'Between now and the election')).toMatchObject({ speaker: 'Alan Milburn' });
    // "Ruddock, though, is keen to protect his players. “…”": not Jason Forster, quoted before.
    expect(at(quotes, "I'm sure the guys")).toMatchObject({ speaker: 'Jason Forster' });
    expect(at(quotes, "At this stage, there's nothing more")).toMatchObject({ speaker: 'Mike Ruddock' });
  });

  it('"it said" is the whole body, never its last word; a spokesperson\'s "he added" and the "she said" after her sentence are the body\'s', () => {
    const { lang, quotes } = read('en-inflation-day.txt');
    expect(lang).toBe('en');
    // "The Bank of England said…. “…,” it said." (it had been "England"), a body that took a stand, a body by its acronym.
    expect(at(quotes, 'We expect inflation')).toMatchObject({ speaker: 'Bank of England' });
    expect(at(quotes, 'This is the best of both worlds')).toMatchObject({ speaker: 'British Chambers of Commerce' });
    expect(at(quotes, 'Departments still pay')).toMatchObject({ speaker: 'National Audit Office' });
    // "A Treasury spokesman said: “…” “…,” he added.", and a sentence opening on a spokeswoman for a body, then "she said".
    expect(at(quotes, 'It is too early to say')).toMatchObject({ speaker: 'Treasury' });
    expect(at(quotes, 'We are investigating')).toMatchObject({ speaker: "Information Commissioner's Office" });
    // "said a CAS statement": the issuer, by the name the story spells out.
    expect(at(quotes, 'The evidence shows')).toMatchObject({ speaker: 'Court of Arbitration for Sport' });
    // "said the Spurs sporting director": the one the story named so, with his whole role.
    expect(at(quotes, 'That is absolute nonsense')).toMatchObject({ speaker: 'Frank Arnesen', role: 'Tottenham sporting director' });
  });

  it('German: "heißt es in einer Pressemitteilung von X" is the issuer\'s, by a name or an acronym; a bare noun names no one', () => {
    const { lang, quotes } = read('de-polizeigesetz.txt');
    expect(lang).toBe('de');
    expect(at(quotes, 'Offensichtlich will man')).toMatchObject({ speaker: 'Peter Zimmermann' });
    expect(at(quotes, 'Wir werden die Ansprüche')).toMatchObject({ speaker: 'DFB' });
    // "des Ministeriums" says only the kind of body: no one, and never the speaker before.
    expect(at(quotes, 'Ein flächendeckender Einsatz')).toMatchObject({ speaker: null });
  });
});

describe('speakers in other languages, through the CLI', () => {
  it('Spanish: "dijo el ministro" is the one the story named minister; a name set off after a body\'s acronym; the compound past; a name\'s "de los"; "el expresidente"; "ella" is the alcaldesa', () => {
    const { lang, quotes } = read('es-pensiones.txt');
    expect(lang).toBe('es');
    expect(at(quotes, 'Es una reforma necesaria')).toMatchObject({ speaker: 'Carlos Cuerpo', role: 'ministro de Economía' });
    // "El secretario general de UGT, Pepe Álvarez, ha criticado que «…»".
    expect(at(quotes, 'los trabajadores no han sido')).toMatchObject({ speaker: 'Pepe Álvarez', role: 'secretario general de UGT' });
    // A name set off after "según" and a role keeps its particles: not "Iván Espinosa" alone, nor no one.
    expect(at(quotes, 'es una reforma que castiga')).toMatchObject({ speaker: 'Iván Espinosa de los Monteros', role: 'portavoz de Vox' });
    // "ex" written onto the noun: "dijo el expresidente" is the one the story titled so.
    expect(at(quotes, 'España necesita estabilidad')).toMatchObject({ speaker: 'Mariano Rajoy', role: 'expresidente' });
    // "afirmó ella" is the woman the role's form says ("La alcaldesa"), not the man named last ("El concejal Pedro López").
    expect(at(quotes, 'Nuestros mayores merecen')).toMatchObject({ speaker: 'Carmen Ruiz', role: 'alcaldesa de Valencia' });
  });

  it('French incises inside the marks: each half of the words is the incise\'s speaker\'s, without the incise, and a lower-case apposition after the name is part of it; a straight mark that lost its space', () => {
    const { lang, quotes } = read('fr-hopitaux.txt');
    expect(lang).toBe('fr');
    // "…, explique Frédéric Valletoux, président de la FHF. On pourrait…": two quotations, both his.
    expect(at(quotes, 'On a traditionnellement')).toMatchObject({ text: 'On a traditionnellement, en France, 5.500 lits de réanimation', speaker: 'Frédéric Valletoux', role: 'président de la FHF' });
    expect(at(quotes, 'On pourrait aller')).toMatchObject({ speaker: 'Frédéric Valletoux' });
    // "…, a-t-il assuré sur France 2, et nous recruterons…": one quotation, the words going on after the incise's comma.
    expect(at(quotes, 'Les moyens seront là')).toMatchObject({ text: 'Les moyens seront là, et nous recruterons partout où ce sera possible.', speaker: 'Olivier Véran' });
    expect(at(quotes, 'Personne ne nous a demandé')).toMatchObject({ speaker: 'Sophie Martin' });
    expect(at(quotes, 'Il faudra aller')).toMatchObject({ speaker: 'Martine Aubry' });
    expect(quotes.some((q) => /a-t-(?:il|elle)|explique|confie/u.test(q.text))).toBe(false);
    // A subheading glued to the quotation after it, as scraped pages lose the break ("…l'hiver"Nous ne pouvons…"): the mark that
    // lost its space opens the words, and the pairs after it stay as written.
    expect(at(quotes, 'Nous ne pouvons pas attendre')).toMatchObject({ text: 'Nous ne pouvons pas attendre le mois de décembre pour ouvrir des lits', speaker: 'Frédéric Valletoux' });
    expect(at(quotes, 'Chaque semaine compte')).toMatchObject({ speaker: 'Frédéric Valletoux' });
  });

  it('French: an inverted subject after an adverb ("s\'alarme de son côté") or a role closes its sentence, whom "il" and "elle" go on with; a paper\'s headline ("titre le Guardian") is not the paper quoted before', () => {
    const { lang, quotes } = read('fr-chloroquine.txt');
    expect(lang).toBe('fr');
    // "« … », s'est aussi interrogé le patron des sénateurs LR Bruno Retailleau, dimanche sur France Inter. « … », a-t-il poursuivi."
    expect(at(quotes, 'Elle a un avantage')).toMatchObject({ speaker: 'Bruno Retailleau' });
    // "», s'alarme de son côté Karine Bonne, directrice du … (CIDFF)." then "estime-t-elle": hers, not Nadège Bezard's.
    expect(at(quotes, 'La période de confinement')).toMatchObject({ speaker: 'Karine Bonne' });
    expect(at(quotes, 'de violences sexistes')).toMatchObject({ speaker: 'Karine Bonne' });
    expect(at(quotes, 'Sur quelle planète')).toMatchObject({ speaker: 'Daily Mail' });
    expect(at(quotes, "Pas d'excuses")).toMatchObject({ speaker: null });
  });

  it('French: the subject of words that open on their verb is whom they speak of; "se désole, en pleurs, une habitante…, Sonia Benali" and "s\'enthousiasme auprès de l\'AFP" name who speaks; "Elle" after a body named opening the sentence before is that body', () => {
    const { lang, quotes } = read('fr-conseil-de-paris.txt');
    expect(lang).toBe('fr');
    // "Anne Hidalgo « a changé les blousons… », a-t-elle affirmé": Rachida Dati speaking of her, not Anne Hidalgo.
    expect(at(quotes, 'a changé les blousons')).toMatchObject({ speaker: 'Rachida Dati' });
    expect(at(quotes, 'Il faudra des agents')).toMatchObject({ speaker: 'Anne Hidalgo' });
    expect(at(quotes, "Je ne peux pas m'empêcher")).toMatchObject({ speaker: 'Sonia Benali' });
    expect(at(quotes, "Depuis qu'ils patrouillent")).toMatchObject({ speaker: 'Karim Haddad' });
    expect(at(quotes, 'ne pourra pas se substituer')).toMatchObject({ speaker: 'préfecture de police de Paris' });
  });

  it('French: a body opening the quotation\'s own sentence, never the one before when a person is named in it; "souligne le Pr Fellay"; "le chef de l\'Etat"; "habitante" says a woman', () => {
    const { lang, quotes } = read('fr-loyers.txt');
    expect(lang).toBe('fr');
    expect(at(quotes, 'créer un fichier')).toMatchObject({ speaker: "Fédération nationale de l'immobilier" });
    // "Le parquet de Lyon a ouvert une enquête. Jean Dupont, son gérant, estime que… « … », a-t-il ajouté": his, not the parquet's.
    expect(at(quotes, 'une injustice totale')).toMatchObject({ speaker: 'Jean Dupont' });
    expect(at(quotes, 'Le marché fonctionne')).toMatchObject({ speaker: 'Jacques Fellay' });
    expect(at(quotes, 'Nous nous devons')).toMatchObject({ speaker: 'Emmanuel Macron' });
    // "Sonya McCuller, habitante de Lyon," is never the "il" after "le ministre a exhorté…".
    expect(at(quotes, 'Vos biens seront')).toMatchObject({ speaker: 'Paul Martin' });
  });

  it('French: "dénonce celui-ci" is the latter; a PDG and one of several holding a role are roles set off after the name', () => {
    const { lang, quotes } = read('fr-clinique.txt');
    expect(lang).toBe('fr');
    // "…, dénonce celui-ci auprès du Progrès": the man named just before, as "ce dernier" would be.
    expect(at(quotes, "Je n'ai pas eu le temps")).toMatchObject({ speaker: 'Damien Roux' });
    expect(at(quotes, 'Nous voulons doubler')).toMatchObject({ speaker: 'Maxime Villemure', role: 'PDG de Santéa' });
    expect(at(quotes, 'Les équipes ont appris')).toMatchObject({ speaker: 'Claire Dubois', role: "l'une des infirmières de la clinique" });
  });

  it('Spanish incises between dashes inside the guillemets ("—afirmó Sánchez—, y…", "—dijo Feijóo—. El…", "—aseguró la ministra—")', () => {
    const { lang, quotes } = read('es-presupuestos.txt');
    expect(lang).toBe('es');
    expect(at(quotes, 'Vamos a aprobar')).toMatchObject({ speaker: 'Pedro Sánchez' });
    expect(at(quotes, 'Vamos a aprobar')!.text).not.toContain('afirmó');
    expect(at(quotes, 'No hay ninguna mayoría')).toMatchObject({ text: 'No hay ninguna mayoría para aprobar estas cuentas', speaker: 'Alberto Núñez Feijóo' });
    expect(at(quotes, 'El Gobierno está solo')).toMatchObject({ speaker: 'Alberto Núñez Feijóo' });
    expect(at(quotes, 'Las cuentas son')).toMatchObject({ speaker: 'María Jesús Montero', role: 'ministra de Hacienda' });
  });

  it('Portuguese: "afirmou o ex-presidente" is the one the story titled "O ex-presidente", and "disse o presidente" the president, not him', () => {
    const { lang, quotes } = read('pt-arcabouco.txt');
    expect(lang).toBe('pt');
    expect(at(quotes, 'É uma regra que garante')).toMatchObject({ speaker: 'Fernando Haddad', role: 'ministro da Fazenda' });
    expect(at(quotes, 'Vamos voltar em 2026')).toMatchObject({ speaker: 'Jair Bolsonaro', role: 'ex-presidente' });
    expect(at(quotes, 'O Brasil voltou')).toMatchObject({ speaker: 'Luiz Inácio Lula da Silva', role: 'presidente' });
  });

  it('Italian: "ha detto la premier" is the one the story gave that role; "secondo cui" after a name is that name\'s view; "il senatore del Pd Francesco Boccia"; "ha aggiunto" after "Il leader della Lega, Matteo Salvini,"; "il sindaco di Milano Beppe Sala"', () => {
    const { lang, quotes } = read('it-manovra.txt');
    expect(lang).toBe('it');
    expect(at(quotes, 'Abbiamo fatto scelte coraggiose')).toMatchObject({ speaker: 'Giorgia Meloni', role: 'premier' });
    expect(at(quotes, 'ha tagliato ancora una volta')?.speaker).toBe('Elly Schlein');
    // The party after "del" completes the role, as French "du PS" does: not a speaker called "Pd Francesco Boccia".
    expect(at(quotes, 'Questa manovra non aiuta')).toMatchObject({ speaker: 'Francesco Boccia', role: 'senatore del Pd' });
    // "ha aggiunto" with no subject of its own goes on with the name set off after the sentence before's description: not
    // the one quoted before ("Il" opening that sentence is the article, no French "il"), nor the party ("Azione").
    expect(at(quotes, 'È la manovra più coraggiosa')).toMatchObject({ speaker: 'Matteo Salvini', role: 'leader della Lega' });
    expect(at(quotes, 'È una manovra senza coraggio')).toMatchObject({ speaker: 'Mara Carfagna', role: 'leader di Azione' });
    // The place or field after "di" and "ai" completes the title: not "Milano Beppe Sala" nor "Trasporti Arianna Censi".
    expect(at(quotes, 'Per i comuni')).toMatchObject({ speaker: 'Beppe Sala', role: 'sindaco di Milano' });
    expect(at(quotes, 'Senza fondi il trasporto')).toMatchObject({ speaker: 'Arianna Censi', role: 'assessora ai Trasporti' });
  });

  it('French: offices are never another office\'s holder ("le Premier ministre", "le secrétaire général de la CGT", "l\'ancien président" have no speaker here), and "la ministre" is the one woman minister', () => {
    const { lang, quotes } = read('fr-conseil-des-ministres.txt');
    expect(lang).toBe('fr');
    expect(at(quotes, 'Nous devons rester fermes')?.speaker).toBeNull(); // not "Le ministre de la Santé Olivier Véran"
    expect(at(quotes, 'Nous ne lâcherons rien')?.speaker).toBeNull(); // not "Le secrétaire d'État aux Transports Jean-Baptiste Djebbari"
    expect(at(quotes, 'Cette réforme protège aussi')).toMatchObject({ speaker: 'Barbara Pompili', role: 'ministre de la Transition écologique' });
    expect(at(quotes, 'La France était mieux gérée')?.speaker).toBeNull(); // not "Le président Emmanuel Macron"
  });

  it('German: "sagte sie" is the woman "Die Grünen-Vorsitzende" says, not the man "Der Innenminister" names after her; "Laut" opening the sentence is no word of the role', () => {
    const { lang, quotes } = read('de-haushalt.txt');
    expect(lang).toBe('de');
    expect(at(quotes, 'Wir brauchen mehr Menschlichkeit')).toMatchObject({ speaker: 'Ricarda Müller', role: 'Grünen-Vorsitzende' });
    expect(at(quotes, 'solide und zukunftsfest')).toMatchObject({ speaker: 'Christian Lindner', role: 'Finanzminister' });
  });

  it('Portuguese: "afirmou o presidente francês" is the one of two presidents whose role says "francês" (Emmanuel Macron, not Lula)', () => {
    const { lang, quotes } = read('pt-cupula.txt');
    expect(lang).toBe('pt');
    expect(at(quotes, 'O Brasil e a França')?.speaker).toBe('Lula');
    expect(at(quotes, 'A Amazônia é um tesouro')).toMatchObject({ speaker: 'Emmanuel Macron', role: 'presidente francês' });
  });

  it('French sport: "a regretté l\'entraîneur allemand" right after a sentence about Thomas Tuchel, who has no role, is not the one the story titled "L\'entraîneur du PSG": unclear, so no speaker', () => {
    const { lang, quotes } = read('fr-ligue-des-champions.txt');
    expect(lang).toBe('fr');
    expect(at(quotes, 'Nous avons fait trop d')?.speaker).toBeNull(); // not Luis Enrique
  });

  it('German sport: "BVB-Trainer" and "Trainer" are titles, no words of the name ("BVB-Trainer Edin Terzic fügte hinzu:")', () => {
    const { lang, quotes } = read('de-bundesliga.txt');
    expect(lang).toBe('de');
    expect(at(quotes, 'Wir müssen jetzt schnell')).toMatchObject({ speaker: 'Edin Terzic', role: 'BVB-Trainer' });
    expect(at(quotes, 'Der Elfmeter war nie')?.speaker).toBe('Marco Reus');
  });

  it('German politics: a title joined to its party is no word of the name ("FDP-Generalsekretär"); a surname the stopword list holds ("sagte Lang"); "so der SPD-Politiker" and "der 61-Jährige" are the man just named', () => {
    const { lang, quotes } = read('de-klima.txt');
    expect(lang).toBe('de');
    expect(at(quotes, 'Wir dürfen keine Zeit')).toMatchObject({ speaker: 'Ricarda Lang', role: 'Grünen-Vorsitzende' });
    expect(at(quotes, 'Klimaschutz darf nicht')).toMatchObject({ speaker: 'Bijan Djir-Sarai', role: 'FDP-Generalsekretär' });
    expect(at(quotes, 'Hitzewellen sind')).toMatchObject({ speaker: 'Karl Lauterbach', role: 'Gesundheitsminister' });
    expect(at(quotes, 'Wir müssen die Kliniken')).toMatchObject({ speaker: 'Karl Lauterbach' });
  });

  it('French business news: "indique l\'entreprise" is the company the story said spoke (under a headline naming a place), "l\'entreprise Derichebourg" the one named after it, and Paris\'s "préfecture de police"', () => {
    const { lang, quotes } = read('fr-greve.txt');
    expect(lang).toBe('fr');
    expect(at(quotes, 'Nous sommes désolés')?.speaker).toBe('SNCF');
    expect(at(quotes, 'Pour l\'instant nos camions')?.speaker).toBe('Derichebourg');
    expect(at(quotes, 'Les restaurants qui servent')?.speaker).toBe('préfecture de police');
  });

  it('Italian politics: "Il" opening a sentence is an article, and the role set off before the name speaks before any verb and a colon; "Poi ha aggiunto:" goes on with the one quoted before', () => {
    const { lang, quotes } = read('it-governo.txt');
    expect(lang).toBe('it');
    expect(at(quotes, 'Non ci sono nuove tasse')).toMatchObject({ speaker: 'Giancarlo Giorgetti', role: 'ministro dell\'Economia' });
    expect(at(quotes, 'Chi dice il contrario')).toMatchObject({ speaker: 'Matteo Salvini', role: 'leader della Lega' });
    expect(at(quotes, 'Il governo sta prendendo')).toMatchObject({ speaker: 'Carlo Calenda', role: 'leader di Azione' });
  });

  it('Dutch: "zei de minister" after "Minister van Financiën Eelco Heinen" (the title\'s complement no part of the name); "aldus Timmermans"; "Volgens fractievoorzitter Dilan Yeşilgöz"', () => {
    const { lang, quotes } = read('nl-woningmarkt.txt');
    expect(lang).toBe('nl');
    expect(at(quotes, 'We moeten nu echt doorpakken')).toMatchObject({ speaker: 'Eelco Heinen', role: 'minister van Financiën' });
    expect(at(quotes, 'Dit is veel te weinig')?.speaker).toBe('Timmermans');
    // The role alone between "volgens" and the name, as Dutch writes it.
    expect(at(quotes, 'laat dit kabinet')).toMatchObject({ speaker: 'Dilan Yeşilgöz', role: 'fractievoorzitter' });
  });
});

describe('a story\'s dialogue turns, through the CLI (English)', () => {
  it('words put to someone after a turn that answered them are the next turn, not the answer\'s speaker going on; "He answered nothing." reports no words', () => {
    const { lang, quotes } = read('en-scrivener.txt');
    expect(lang).toBe('en');
    expect(at(quotes, 'I would prefer not to quit')).toMatchObject({ speaker: 'Bartleby' });
    // The narrator's "I" is no one the text names: his questions are unattributed, never Bartleby's.
    expect(at(quotes, 'Will you, or will you not')).toMatchObject({ speaker: null });
    expect(at(quotes, 'What earthly right')).toMatchObject({ speaker: null });
    expect(at(quotes, 'Are you ready')).toMatchObject({ speaker: null });
  });
});

describe('several people speaking, and a subheading glued between paragraphs, through the CLI (French)', () => {
  it('"», estiment ses voisins" is not the last speaker going on; a quoted subheading glued between two paragraphs is no quotation; "ont indiqué" is a verb of saying', () => {
    const { lang, quotes } = read('fr-copropriete.txt');
    expect(lang).toBe('fr');
    expect(at(quotes, 'On m\'a rétorqué')).toMatchObject({ speaker: 'Olivier Martin' });
    expect(at(quotes, 'Nous ne souhaitons pas')).toMatchObject({ speaker: null });
    // The subheading says again what the story quotes after it: listed once, where Olivier Martin says it.
    expect(quotes.filter((q) => q.text.startsWith('Nous allons trouver une autre solution'))).toEqual([expect.objectContaining({ text: 'Nous allons trouver une autre solution pour la loger près de l\'hôpital', speaker: 'Olivier Martin' })]);
    expect(at(quotes, 'attendre du Premier ministre')).toMatchObject({ speaker: null });
  });
});

describe('bodies and people a role or an outlet stands beside, through the CLI (English)', () => {
  it('"the production company said" after a company named for its founder; "denied … in a statement… the statement read"; an outlet closing the sentence; a bank before its chief executive; a four-word role after a possessive; "Asked about…, she replied:"', () => {
    const { lang, quotes } = read('en-media-desk.txt');
    expect(lang).toBe('en');
    expect(at(quotes, 'At no time did we agree')).toMatchObject({ speaker: 'Dick Clark Productions' });
    expect(at(quotes, "As Taylor Swift's partner")).toMatchObject({ speaker: 'Big Machine' });
    expect(at(quotes, 'price distinction')).toMatchObject({ speaker: 'John Mackey' });
    expect(at(quotes, "We're comfortable")).toMatchObject({ speaker: 'Mervyn Davies' });
    expect(at(quotes, 'This has to be the first time')).toMatchObject({ speaker: 'Jake Sullivan' });
    expect(at(quotes, 'I don’t know')).toMatchObject({ speaker: 'Susan Sarandon' });
  });
});

describe('a nation, a body, a paper and a passive\'s agent, through the CLI (English)', () => {
  it('"the Chinese said", "the Taliban said", "the Guardian said" name no person; a day before the verb; a passive\'s agent; a spokesman named after the comma; a description by capitals and a year; a role joined by "and"', () => {
    const { lang, quotes } = read('en-summit-wire.txt');
    expect(lang).toBe('en');
    expect(at(quotes, 'We will not accept')).toMatchObject({ speaker: null });
    expect(at(quotes, 'People are concerned')).toMatchObject({ speaker: 'John Kerry' });
    expect(at(quotes, 'The talks must certainly')).toMatchObject({ speaker: 'David Willetts' });
    expect(at(quotes, 'We are assessing')).toMatchObject({ speaker: 'John Smith' });
    expect(at(quotes, 'We will win this war')).toMatchObject({ speaker: 'The Taliban' });
    expect(at(quotes, 'The summit has been')).toMatchObject({ speaker: 'The Guardian' });
    expect(at(quotes, 'It is the first time')).toMatchObject({ speaker: null });
    expect(at(quotes, "I don't think")).toMatchObject({ speaker: 'Clive Woodward', role: 'British and Irish Lions coach' });
  });
});
