// Who the article's people are and which of them are said to speak: table-driven cases of findPeople.
import { describe, expect, it } from 'vitest';
import { findFullForms } from '../../../utils/summarize/full-names';
import { isProperNoun } from '../../../utils/summarize/proper-noun';
import { findPeople } from '../../../utils/summarize/people';
import { patternsFor } from '../../../utils/summarize/reporting-verbs';
import { stopwordsFor } from '../../../utils/summarize/stopwords';

/** The people of `text`, read as the engine reads an article in `lang`. */
function people(text: string, lang = 'en') {
  const stop = stopwordsFor(lang);
  const isStopword = (w: string) => stop.has(w) || w === 'the';
  const p = patternsFor(lang);
  return findPeople(text, [], new Set(), findFullForms(text, isStopword), isStopword, (w) => isProperNoun(w, text, lang), p.speaking, p.verb);
}

describe('findPeople', () => {
  it.each([
    ['an inverted verb, then an outlet’s possessive', 'Debates rarely matter, noted NBC’s Dante Chinni.', 'Dante Chinni', true],
    ['an inverted verb, then a role', 'The next step is consistency, said a proud coach Mike Ruddock.', 'Mike Ruddock', true],
    ['an inverted verb, then a body and its role', 'The band have done everything to stay on top, said Q magazine editor Paul Rees.', 'Paul Rees', true],
    ['a source after "according to" speaks, as one after a verb of saying does (its role between)', 'The band have done everything to stay on top, according to Q magazine editor Paul Rees.', 'Paul Rees', true],
    ['the object of a characterising verb does not speak', 'Trevor Phillips called on Mr Clarke to act.', 'Clarke', false],
    ['the subject of a characterising verb speaks', 'His partner, Lawrence B. Cummings, called him a master.', 'Lawrence B. Cummings', true],
    ['a relative "who" after the name and its apposition speaks', 'The position was supported by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the emails originated with her.', 'Dianne Feinstein', true],
    ['a relative "who" right after the name speaks', 'The case went to Attorney General Loretta Lynch, who has said she will follow the evidence.', 'Loretta Lynch', true],
    ['guard: a plural\'s "who say" is no one person\'s speech', 'Rubio refrained from attacking Jeb Bush and Chris Christie, who say the senator lacks experience.', 'Chris Christie', false],
    ['a possessor of a thing opening the sentence is named, and does not speak ("Bill Clinton\'s hair")', 'Bill Clinton\'s hair was whiter and his voice hoarser than in 1992.', 'Bill Clinton', false],
    ['guard: a possessor of someone is no mention ("Donald Trump\'s son")', 'Donald Trump\'s son spoke first at the rally.', 'Donald Trump', undefined],
    ['guard: a possessor inside the sentence is no mention ("read Lord Goldsmith\'s advice")', 'The panel read Lord Goldsmith\'s advice again.', 'Lord Goldsmith', undefined],
    ['guard: a body of many members in the plural is no person ("Law Lords")', 'It was ignoring a recent Law Lords judgement on detention, he said.', 'Law Lords', undefined],
    ['a verb of saying opening a second predicate of the name\'s clause ("declined to name… but said")', 'There, the district GOP Chairman Chuck Williams declined to name the three delegates on the caucus slate but said one was an avowed Trump supporter.', 'Chuck Williams', true],
    ['guard: not past a clause of another subject ("recorded Exodus in 1977 and that provided five hits and confirmed")', 'Bob Marley recorded Exodus in 1977 and that provided five hits and confirmed his global superstar status.', 'Bob Marley', false],
    ['a name inside what was said does not speak', 'Brian Murphy said Donald Trump continued to hurt his cause.', 'Donald Trump', false],
  ])('%s', (_name, text, name, speaks) => {
    const m = people(text).mentions.find((x) => x.name === name);
    expect(m?.speaks).toBe(speaks);
  });

  it.each([
    ['a title right before the name', 'Home Secretary Charles Clarke spoke. Mr Clarke left.\n\nThe home secretary said it was fair.', 'Charles Clarke', true],
    ['a title in apposition after the name', 'Charles Clarke, the home secretary, spoke.\n\nThe home secretary then left for Paris.', 'Charles Clarke', false],
    ['guard: two people named with the title leave it to no one', 'Judge Ann Lee and Judge Robert Kim met. The judge said it was fair.', null, false],
    ['guard: "the" inside a sentence is no mention', 'Home Secretary Charles Clarke spoke. Reporters asked the home secretary about it.', null, false],
    ['a title after a hyphen, in capitals', 'Ex-Home Secretary Charles Clarke spoke.\n\nThe home secretary said it was fair.', 'Charles Clarke', true],
    ['an apposition of "the", two words and the title', 'Charles Clarke, the former Labour home secretary, spoke.\n\nThe home secretary then left.', 'Charles Clarke', false],
    ['guard: an apposition that goes on past the title is no title', 'Echoing Condoleezza Rice, the prime minister said no. The prime minister left.', null, false],
    ['guard: three words before the title are another office', 'Charles Clarke, the first Labour Party home secretary, spoke. The home secretary left.', null, false],
  ])('a sentence opening on a title mentions its one holder: %s', (_name, text, name, speaks) => {
    const described = people(text).mentions.filter((m) => /^the\s/iu.test(text.slice(m.start, m.end)));
    expect(described.map((m) => [m.name, m.speaks])).toEqual(name ? [[name, speaks]] : []);
  });

  it.each([
    ['an age set off after a lone name (French)', 'fr', 'Salem, 51 ans, est revenu bredouille du marché.', 'Salem', true],
    ['a trade set off after a lone name (French)', 'fr', 'Pour Laetitia, professeure en grande section à Paris, ce pourrait être un moindre mal.', 'Laetitia', true],
    ['an age set off after a lone name (English)', 'en', 'The line was long. Garcia, 44, waited outside the hall for an hour.', 'Garcia', true],
    ['a lone name set off after a relation (English)', 'en', 'On the opening night, Trump\'s wife, Melania, is scheduled to speak.', 'Melania', true],
    ['guard: a place set off by a comma and no age or trade', 'fr', 'Pour Lacanau, la saison commence en juin.', 'Lacanau', false],
  ])('a lone name is a person\'s: %s', (_name, lang, text, name, person) => {
    expect(people(text, lang).mentions.some((m) => m.name === name)).toBe(person);
  });

  it.each([
    ['a role before the name says the gender, over a shared first name', 'Families are angry, said 9/11 widow Terry Strada. Terry Strada spoke again.', 'Terry Strada', 'f'],
    ['the first-name lexicon', 'Hillary Clinton spoke.', 'Hillary Clinton', 'f'],
    ['a longer apposition opened by an article', 'Sen. Brunner, a Miami-based developer and spokeswoman for the coalition, disagreed.', 'Brunner', 'f'],
    ['a role inside a phrase of the apposition says nothing', 'Sen. Brunner, a friend of the spokeswoman, disagreed.', 'Brunner', null],
    ['a description of capitalised words before the first name', 'Undersecretary for Political Affairs Wendy Sherman wrote to them.', 'Wendy Sherman', 'f'],
    ['a first name known from news beyond politics (BBC)', 'Pierre Moscovici spoke.', 'Pierre Moscovici', 'm'],
    ['a role written before another name is that name\'s ("took down businessman Steve Wells")', 'Claudia Tenney took down businessman Steve Wells in the primary.', 'Claudia Tenney', 'f'],
    ['a role after the verb, no name after it, still says the gender', 'Jamie Foxx picked up best actor for playing Ray Charles.', 'Jamie Foxx', 'm'],
    ['"his" after another person named in between is theirs', 'Donald Trump was late. In Ohio, Sen. Clinton hit Trump hard on his business record.', 'Clinton', null],
    ['a relation set off by a comma before the name, over the "she" after it (PolNeAR)', 'Along with her husband, Milton Berg, a money manager, she has given to many candidates.', 'Milton Berg', 'm'],
    ['the same for a woman', 'He came with his wife, Dorrit Moussaieff, and he left alone.', 'Dorrit Moussaieff', 'f'],
  ])('%s', (_name, text, name, gender) => {
    expect(people(text).gender(name)).toBe(gender);
  });

  it.each([
    ['a word capitalised only where sentences open is no person', 'Feinstein spoke on Tuesday. Sources told POLITICO that she did chime in.', 'Sources', false],
    ['a first name alone, written as a name, is a person', 'The doctor saw Melanie twice. Melanie thought the whole thing was outrageous.', 'Melanie', true],
    ['a first name that the text writes as a common word is not', 'It may rain. May the best team win.', 'May', false],
    ['a surname also capitalised mid-sentence is a person', 'Sources were quiet. Feinstein told POLITICO that she did chime in, and Feinstein was right.', 'Feinstein', true],
    ['a plural of people from somewhere is no person', 'She has called the police shootings of African Americans a crisis.', 'African Americans', false],
    ['a surname in -ans after a first name is a person', 'Randy Evans, a Georgia lawyer, spoke.', 'Randy Evans', true],
    ['a weekday after a place is no person', 'Crowds gathered in West Palm Beach Tuesday to hear him.', 'West Palm Beach Tuesday', false],
  ])('%s', (_name, text, name, listed) => {
    expect(people(text).mentions.some((m) => m.name === name)).toBe(listed);
  });

  it('starts a mention at the name, not at a capitalised word the run held before it', () => {
    const text = 'Because Donald Trump said so, they left.';
    expect(people(text).mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Donald Trump']);
  });

  it('reads a weekday after a name as the date of what they did: "Pence Thursday told reporters"', () => {
    expect(people('Mike Pence said so. Pence Thursday told reporters it was over.').mentions.map((m) => m.name)).toEqual(['Mike Pence', 'Mike Pence']);
  });

  it.each([
    ['Sanders campaign manager Jeff Weaver said it.', ['Jeff Weaver']],
    // The role's head capitalised as a title: "Clinton" is the campaign's, not the subject.
    ['Bill Clinton spoke. And Clinton campaign Chairman John Podesta offered a slogan.', ['Bill Clinton', 'John Podesta']],
    ['Donald Trump spoke. Trump press Secretary Sean Spicer said it.', ['Donald Trump', 'Sean Spicer']],
  ])('reads a role then a name as that name only: %s', (text, names) => {
    expect(people(text).mentions.map((m) => m.name)).toEqual(names);
  });

  it.each([
    ['a place opened by San', 'After his rally in San Jose, California the candidate went further.', 'San Jose'],
    ['a place opened by a point of the compass', 'Cruz looked to the February 20 primary in South Carolina. “With an eye to it,” he said.', 'South Carolina'],
    ['an agreement', 'Obama backed the Transatlantic Trade and Investment Partnership. “It will not happen soon,” he said.', 'Investment Partnership'],
    ['a place opened by Chez', 'Making her way around Chez Vachon, Clinton thanked a diner.', 'Chez Vachon'],
    ['a headline opened by a gerund', 'Jon Favreau wrote “Why Electing Obama Mattered.” Electing Obama was the goal.', 'Electing Obama'],
    ['a centre of studies', 'Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.', 'Nonproliferation Studies'],
    ['a lone word after "the" is a description', '“Those are very skilled governors,” the Texan said.', 'Texan'],
    ['a party member described by their place', 'Federal mandates are a burden, said Todd Wilcox, an Orlando Republican who founded companies.', 'Orlando Republican'],
    ['a party member described by their place after "the"', 'Paul Ryan spoke to CNN. The Wisconsin Republican did give Trump some credit.', 'Wisconsin Republican'],
    ['Americans of an origin', 'Clinton courted African American voters in South Carolina.', 'African American'],
  ])('no person: %s', (_name, text, name) => {
    expect(people(text).mentions.map((m) => m.name)).not.toContain(name);
  });
});
