// Attribution cases: quote marks, verb before/after, languages, split quotes, pronouns, partial quotes.
import { describe, expect, it } from 'vitest';
import { directQuotes } from '../../../utils/summarize/quotes';

const speakers = (text: string, lang: string) => directQuotes(text, lang).map((q) => [q.text, q.speaker]);

describe('directQuotes', () => {
  it.each([
    ['en after, curly', 'en', '“We will win this fight,” Trump said.', [['We will win this fight', 'Trump']]],
    ['en inverted with description', 'en', '"Rosneft will have to pay real money," said Moscow-based US lawyer Jamie Firestone, who is not involved.', [['Rosneft will have to pay real money', 'Jamie Firestone']]],
    ['a straight opening mark closed by a curly one, before the next straight one', 'en', '"Trump does not understand the first thing about it,” said Daniel Benjamin, a former official. "The administration is going after every target," he added.', [['Trump does not understand the first thing about it', 'Daniel Benjamin'], ['The administration is going after every target', 'Daniel Benjamin']]],
    ['en before, colon', 'en', 'Menatep director Tim Osborne told Reuters: "If they default, we will fight them."', [['If they default, we will fight them.', 'Tim Osborne']]],
    ['en according to', 'en', 'According to Mary Smith, "This is a disaster for all of us."', [['This is a disaster for all of us.', 'Mary Smith']]],
    ['en single curly quotes', 'en', 'She arrived. ‘I can’t believe it was so easy,’ said Anna Berg.', [['I can’t believe it was so easy', 'Anna Berg']]],
    ['fr guillemets, inverted', 'fr', '« Nous allons gagner cette bataille », a déclaré le président Emmanuel Macron.', [['Nous allons gagner cette bataille', 'Emmanuel Macron']]],
    ['fr selon', 'fr', 'Selon Marine Le Pen, « Le gouvernement a échoué. »', [['Le gouvernement a échoué.', 'Marine Le Pen']]],
    ['de low-high marks', 'de', '„Das ist ein großer Tag“, sagte Angela Merkel.', [['Das ist ein großer Tag', 'Angela Merkel']]],
    ['de so', 'de', '„Das stimmt so nicht“, so Müller.', [['Das stimmt so nicht', 'Müller']]],
    ['es dijo', 'es', '"Es un día histórico para el país", dijo Pedro Sánchez.', [['Es un día histórico para el país', 'Pedro Sánchez']]],
    ['it ha detto', 'it', '«Non ci sono alternative al dialogo», ha detto Mario Draghi.', [['Non ci sono alternative al dialogo', 'Mario Draghi']]],
    ['pt disse', 'pt', '"O Brasil vai crescer este ano", disse Lula da Silva.', [['O Brasil vai crescer este ano', 'Lula da Silva']]],
    ['nl aldus', 'nl', '"We gaan gewoon door met dit plan", aldus Mark Rutte.', [['We gaan gewoon door met dit plan', 'Mark Rutte']]],
    ['unknown speaker', 'en', '"The figures are worse than expected," the company said.', [['The figures are worse than expected', null]]],
    ['partial quote is not a direct quote', 'en', 'Trump said they were making “a little bit of progress” in talks.', []],
    ['title-like short quote is not a direct quote', 'en', 'He watched “The Crown” again.', []],
  ])('%s', (_name, lang, text, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it('merges a quotation split by its attribution', () => {
    const text = '"We have Russia and Ukraine," Trump said, "which are making progress."';
    const [q, ...rest] = directQuotes(text, 'en');
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ text: 'We have Russia and Ukraine, which are making progress.', speaker: 'Trump' });
    // The offsets span both parts (and the attribution between them).
    expect(text.slice(q!.start, q!.end)).toBe('We have Russia and Ukraine," Trump said, "which are making progress.');
  });

  it.each([
    ['two parts, en', 'en', 'He spoke. "We have Russia and Ukraine," Trump said, "which are making progress."', ['We have Russia and Ukraine,', 'which are making progress.']],
    ['three parts, en', 'en', '“First, we rebuild,” she said, “then we return,” Anna Berg added, “and we stay.”', ['First, we rebuild,', 'then we return,', 'and we stay.']],
    ['two parts, fr', 'fr', '« Nous allons gagner, a dit le président Macron, cette bataille. »', []],
  ])('gives each part of a split quotation verbatim offsets: %s', (_name, lang, text, parts) => {
    const qs = directQuotes(text, lang);
    const split = qs.filter((q) => q.parts);
    expect(split.flatMap((q) => q.parts!.map((p) => text.slice(p.start, p.end)))).toEqual(parts);
    for (const q of split) {
      expect(q.text).toBe(q.parts!.map((p) => text.slice(p.start, p.end)).join(' '));
      expect(q.start).toBe(q.parts![0]!.start);
      expect(q.end).toBe(q.parts![q.parts!.length - 1]!.end);
    }
    // A quotation in one piece has no parts and is verbatim at its offsets.
    for (const q of qs.filter((x) => !x.parts)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('resolves short names and pronouns to the full name used earlier', () => {
    const text = 'Interior Minister Ihor Klymenko spoke on Monday.\n\n“The enemy spared neither drones nor missiles,” Klymenko stated. “We will rebuild every home,” he added.';
    expect(speakers(text, 'en')).toEqual([
      ['The enemy spared neither drones nor missiles', 'Ihor Klymenko'],
      ['We will rebuild every home', 'Ihor Klymenko'],
    ]);
  });

  it.each([
    ['a show title', 'en', 'Hillary Clinton spoke on Monday. On Tuesday’s episode of “The Steve Harvey Morning Show,” the former secretary of state said that “this is not who we are at all in this country.”', ['this is not who we are at all in this country.']],
    ['a book title with a colon', 'en', 'Trump wrote “Crippled America: How to Make America Great Again” in 2015. “We will win so much,” Trump said.', ['We will win so much']],
    ['German nouns are capitalised, not titles', 'de', 'Der Konzern zahlte, sagte Jens Bauer: „Schadensersatz in Höhe von Millionen Euro“.', ['Schadensersatz in Höhe von Millionen Euro']],
  ])('lists no title as a quotation: %s', (_name, lang, text, quotes) => {
    expect(directQuotes(text, lang).map((q) => q.text)).toEqual(quotes);
  });

  it('gives every unsplit quotation verbatim offsets', () => {
    const text = 'Officials met. “The talks were useful and long,” Ana Lopes said. She left. «Nous verrons bien demain matin», a dit Paul Martin.';
    for (const q of directQuotes(text, 'en')) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('attribution in general shapes', () => {
  it.each([
    ['title before the name', 'en', 'Interior Minister Ihor Klymenko said: "The enemy spared neither drones nor missiles."', 'Ihor Klymenko'],
    ['organisation possessive before the name', 'en', '"We are not scared to take this to its conclusion," Atticus\' David Slager told the Sunday Times.', 'David Slager'],
    ['said X, a spokesman for Y', 'en', '"We think we can win this case," said Mike Lake, a spokesman for Yukos.', 'Mike Lake'],
    ['said Mr X of Place', 'en', 'Trevin Skeens is suing. "It needs to be removed from the shelves," said Mr Skeens of Brownsville.', 'Trevin Skeens'],
    ['description, name, then a place', 'en', '"Clearly, there is no number one side," declared Wallabies coach Eddie Jones on arrival back in Sydney.', 'Eddie Jones'],
    ['role word that is not a name', 'en', 'Graham Poll refereed. "I deal with the laws of the game," said Referee Poll.', 'Graham Poll'],
    ['pronoun: the person the text kept calling "she" since naming her', 'en', 'Senator Maria Lopez spoke in Denver on Friday. “The agreement is a turning point for the state,” Lopez said.\nHer term in the Senate expires later this year. She said that even after she steps down, she will look for ways to ensure that the agreement is kept. But she knows that it will be up to other leaders to make sure promises become reality.\n“I am sure that this will continue to be a priority,” she said.', 'Maria Lopez'],
    ['pronoun: the subject of the last sentence, not its object', 'en', 'Trevor Phillips, chairman of the Commission for Racial Equality, called on Mr Clarke to act. "Tell that to the doctors in the NHS," he said.', 'Trevor Phillips'],
    ['pronoun: organisations are passed over', 'en', 'Duncan Bell wanted to play for Wales. Then the International Rugby Board ruled on it. "It is fantastic to get this opportunity," he said.', 'Duncan Bell'],
    ['pronoun: a surname introduced in full earlier', 'en', 'Daniela Hantuchova won. Hantuchova, who lost in the Hopman Cup last year, was pleased. "I feel like it is really deserved this time," she said.', 'Daniela Hantuchova'],
    ['partial quotation: the sentence subject of a characterising verb', 'en', 'Ted Cruz spoke. Cruz called Trump a "narcissist at a level I don\'t think this country has ever seen."', 'Ted Cruz'],
    ['partial quotation: a contracted progressive ("He’s claiming")', 'en', 'Donald Trump spoke in Michigan on Monday.\nHe’s claiming that voting fraud is “a big, big problem in this country.”', 'Donald Trump'],
    ['partial quotation: a characterising verb after an opening adverb', 'en', 'Chris Matthews spoke on MSNBC. However, he characterized the Democratic nominee as “a little desperate there, jumping in all the time.”', 'Chris Matthews'],
    ['a participle opening the sentence is not the verb whose subject speaks', 'en', 'Donald Trump cited criticism of Matt Lauer. Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that "they hit Matt because they said he should have been tougher on me."', 'Donald Trump'],
    ['a verb of saying after a first predicate: its subject opens the sentence', 'en', 'Corey Lewandowski left the campaign. He praised those who left but said, "We are in a different ballgame, and we need the ability to execute."', 'Corey Lewandowski'],
    ['partial quotation: a dotted acronym in the sentence does not end it', 'en', 'President Obama condemned the test. He said the allies will seek new U.N. sanctions "to demonstrate to North Korea that there are consequences to its actions."', 'Obama'],
    ['partial quotation: a title and a state tag in the sentence do not end it', 'en', 'Chris Matthews spoke on MSNBC. However, he characterized Sen. Tim Kaine, D-Va., as, “a little desperate there, jumping in all the time.”', 'Chris Matthews'],
    ['a clause opened by "where" has its own subject', 'en', 'The furor extended to the other side of the Capitol, where Senate Minority Leader Harry M. Reid (D-Nev.) told reporters that "I think you\'re going to find a pause in these deportations."', 'Harry M. Reid'],
    ['a clause after a colon has its own subject', 'en', 'Even people who endorsed the plan sounded equivocal: Former Rep. Jane Harman called it “the least bad option under the circumstances.”', 'Jane Harman'],
    ['"Republican" alone names no one', 'en', 'The poll was taken in March. Six in 10 Republican said that the delegates "should vote for the candidate with the most support in the primaries."', null],
    ['a reporting verb of mood: "X fumed"', 'en', 'The bill failed on Tuesday. “If they were serious about making progress on this, they would have voted for it,” Pat Toomey fumed on Tuesday.', 'Pat Toomey'],
    ['a closing verb in the present: "X concludes"', 'en', 'Ted Cruz won in Iowa on Monday night. “Cruz could win the general election in a landslide,” Richard Viguerie concludes.', 'Richard Viguerie'],
    ['"remarks" is a noun here, not a verb of saying', 'en', 'Lindsey Graham spoke to La Raza in 2007. In his remarks, Graham argued that being American “is an idea” and that “no group owns being an American.”', 'Lindsey Graham'],
    ['pronoun: a name before a role and another name only says whose role it is', 'en', 'Barack Obama won Iowa in 2008. Obama consultant Cornell Belcher picked up a similar thread at the time. “African-Americans are beginning to see that they have a lot in common with white voters,” he said.', 'Cornell Belcher'],
    ['pronoun: the one "he told" is not "he"', 'en', 'Marco Rubio took questions in Iowa. One man had driven from Chicago to ask about visas. “U.S. citizens in my spot have been horribly abused by the H-1B program,” he told Rubio.', null],
    ['a plural party word before a surname is no part of the name', 'en', 'Two members oppose the plan. Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach are against it.\n“There are communities around the country that require some level of federal involvement,” Jolly said.', 'Jolly'],
    ['a sentence opening with "Asked…," has its subject after the comma, not after the verb', 'en', 'Ted Cruz toured the state. Cruz said Tuesday that “the only way to win the state of Iowa is to go and ask for the support of the grassroots.” Asked which Iowa county was his favorite, he demurred: “Whichever one I’m in at the moment, of course.”', 'Ted Cruz'],
    ['"Said <Name>, who…," opening a sentence is inverted: the name follows the verb', 'en', 'The home was turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him, every one of us.”', 'Dorothy Poynter'],
    ['"tweeted a German user from Hanover": someone unnamed, not "German"', 'en', 'Some users were angry. "It is not politically correct to say anything against migrants anymore," tweeted a German user from Hanover.', null],
    ['"“…” and that the Chamber of Commerce thinks": a second reported clause, no attribution', 'en', 'In Mexico City, Trump endured a lecture from President Enrique Peña Nieto, who said that NAFTA has been good for "the U.S. as well as Mexico" and that the U.S. Chamber of Commerce thinks that more jobs rely on it.', null],
    ['"the former president" is no vice president', 'en', 'Former President Jimmy Carter got in on the game on Monday, after Vice President Joe Biden. “Sometimes in this primary I get the feeling that he is running harder against me,” the former president said.', 'Jimmy Carter'],
    ['"the host": one of the people named after "hosts"', 'en', 'Hillary Clinton gave an interview to Morning Joe hosts Joe Scarborough and Mika Brzezinski. Clinton said she went to the wedding because it would be fun. “I actually said she is exactly right when you answered the question,” the host said.', 'Joe Scarborough'],
    ['"the senator": the person titled "Sen." earlier, though named without the title since', 'en', 'Sen. Ted Cruz spoke in Iowa. Gov. Chris Christie attacked him on Monday. Ted Cruz answered in an ad: “Securing our borders is a matter of national security,” the senator says.', 'Ted Cruz'],
    ['a statement no one is said to issue: the organisation that spoke just before', 'en', 'Megyn Kelly met Donald Trump on Wednesday. Fox News confirmed that Kelly met with Trump.\n“Kelly requested a meeting with Mr. Trump, which took place at Trump Tower this morning,” the statement read.', 'Fox News'],
    ['"the organization wrote": the organisation that spoke last', 'en', 'United Gun Group said in a statement Thursday night that it pulled the listing from the site.\n“Our association with Mr. Zimmerman does not help us achieve that objective,” the organization wrote.', 'United Gun Group'],
    ['"the group said" with no organisation speaking before: no one', 'en', 'Marchers gathered in the park on Sunday. Donald Trump spoke in Ohio.\n“For us, celebrating this year meant choosing between two threats,” the group said in a statement.', null],
    ['"he vowed" after a quotation reports it', 'en', 'Paul Manafort joined the campaign on Thursday, and the delegates were his task.\n“As part of the campaign team, my job is to secure the nomination,” he vowed.', 'Paul Manafort'],
    ['an Arabic surname keeps its article, and "Al-Awlaki" opening a sentence is the same person', 'en', 'The video shows the cleric Anwar al-Awlaki lecturing.\nAl-Awlaki appears again later in the footage. “The West will eventually turn against its Muslim citizens,” he says.', 'Anwar al-Awlaki'],
    ['"American Muslims" is a group, not a person "he" may mean', 'en', 'The cleric Anwar al-Awlaki appears in the video. He says that American Muslims have two choices: “You either leave or you fight, there is no other way.”', 'Anwar al-Awlaki'],
    ['a colon sentence opened by a preposition names no speaker there', 'en', 'X.\nBefore Trump’s appearance in the video, a cleric who was killed in a drone strike is shown lecturing: “Muslims of the West, take heed and learn from the lessons of history.”', null],
    ['pronoun: a convention or a center is no person "she" may mean', 'en', 'On the last day of the Republican National Convention in July, Ivanka Trump strode across the stage. Then she shattered party norms, pledging support for working mothers.\n“Policies that allow women with children to thrive should not be novelties,” she said.', 'Ivanka Trump'],
    ['a partial quotation, more words, then "said <Name>"', 'en', 'Clinton won Ohio in 2008. Clinton “drew quite well from white, working-class Democrats” in the 2008 primary, said Ohio State University professor Paul Beck.', 'Paul Beck'],
    ['"…,” an unnamed source, who…, told Fox News": the one told is no speaker', 'en', 'The FBI is investigating. “The agents involved are under a lot of pressure and are busting it,” an intelligence source, who was not authorized to speak on the record, told Fox News.', null],
    ['a negated first verb, then a participle: its subject speaks', 'en', 'Karen Weaver spoke on Tuesday. Weaver didn’t seem particularly impressed with Sanders’ comments Tuesday, telling reporters, “A lot of people said the governor should step down.”', 'Karen Weaver'],
    ['"…, Nefzi said, adding, “…”": the one said to speak right before the participle', 'en', 'Adel Nefzi saw Omar Mateen on Friday. Mateen didn\'t mingle but left as soon as prayers were finished, Nefzi said, adding, "He was not very religious at all, not at all."', 'Adel Nefzi'],
    ['"…, declaring it “…” and said…": a second predicate of the sentence\'s subject', 'en', 'Hillary Clinton won three primaries on Tuesday.\n\nClinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign” and said it was another step closer.', 'Hillary Clinton'],
    ['a long subject of roles and titles ending in a name', 'en', 'Ted Cruz spoke on Wednesday. Republican presidential candidate Texas Senator Ted Cruz argued that if Trump is president “we will see liberals on the court, and we will see our rights taken away.”', 'Ted Cruz'],
    ['a long titled subject ending "of <place>" never names the place', 'en', 'The caucus met on Monday. CBC Chairman Frank Butterfield of North Carolina said he was “outraged” to even hear about it, arguing that “eliminating superdelegates would be discriminatory and wrong.”', 'Frank Butterfield'],
    ['"X points out" after a quotation', 'en', 'Brent Bozell is a conservative. Ted Cruz spoke later. “There were some of us who thought until recently you might be able to work with them,” Bozell points out.', 'Brent Bozell'],
    ['a participle\'s subject with "of" in its title', 'en', 'A woman spoke at a town hall. Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There’s a special place in hell for women who don’t help each other.”', 'Madeleine Albright'],
    ['a participle\'s subject "<Name> of <place>": the name', 'en', 'The Senate voted on Monday. Sen. Chuck Schumer of New York pushed for the bill, saying “for two decades it’s been an important issue for all of us.”', 'Chuck Schumer'],
    ['a headline "<Someone> On <Name>: “…”" quotes someone, not the one it is about', 'en', 'CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN is not paying Donald Trump.', null],
    ['"The New York Times reports:" keeps the paper', 'en', 'Few donors gave small sums.\n\nThe New York Times reports:\n\n"In an illustration of the lack of enthusiasm for her among some liberals, just 24 percent gave less."', 'New York Times'],
    ['a present-tense reply', 'en', 'Jake Sullivan wrote back at once. He responds, “Yes, but happy to give it to them at this point. Can discuss.”', 'Jake Sullivan'],
    ['a description resolves to the person the role was written before, in plain words', 'en', 'On Monday, retired neurosurgeon Ben Carson spoke in Iowa. Donald Trump spoke later in Ohio. "We will get to the bottom of this business," said the retired neurosurgeon.', 'Ben Carson'],
    ['"<Name> of <place> said": the name, not the place', 'en', 'The vote was close. Sen. Chuck Schumer of New York said that “we will not stand for this kind of nonsense.”', 'Chuck Schumer'],
    ['"<Name> of the <body> of <place>": the name opening the chain', 'en', 'The vote was close. Bishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the AP, “We have suffered the same fate as the others.”', 'Aris Shirvanian'],
    ['an intransitive first predicate: "He laughed and said"', 'en', 'Tom Reed came in late. Once in the car, he laughed and said, "I do not believe in the devil at all, not one bit."', 'Tom Reed'],
    ['"I said" in an op-ed: its author, from the closing bio', 'en', 'My mother mentioned the devil to me. I laughed and said, "I do not believe in the devil at all, not one bit."\n\nCharlotte Meehan is playwright-in-residence at Wheaton College.', 'Charlotte Meehan'],
    ['"I said": the author, from a byline', 'en', 'By Jane Doe\nMy mother mentioned the devil to me. "I do not believe in the devil at all, not one bit," I said.', 'Jane Doe'],
    ['"I said" with no author in the text is unattributed', 'en', 'My mother mentioned the devil to me. "I do not believe in the devil at all, not one bit," I said.', null],
    ['a long description as the subject: its last person noun', 'en', 'Democratic presidential nominee Hillary Clinton spoke on Tuesday in Ohio. On the radio, the former secretary of state and current Democratic presidential nominee said that “we have to do better than this, all of us together.”', 'Hillary Clinton'],
    ['"they wrote": the two people named together just before', 'en', 'Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, want changes. They sent a letter on Thursday.\n\n"The program has become plagued by fraud and abuse and should be allowed to expire," they wrote.', 'Charles E. Grassley and Patrick J. Leahy'],
    ['"they said" after a list of three is unattributed', 'en', 'Chris Matthews, Alex Seitz-Wald and Luciana Lopez argued about the plan.\n\n"The plan sounds great but nobody will ever pay for it," they said.', null],
    ['"they said" after one person is unattributed', 'en', 'Senator Charles E. Grassley wants changes to the visa program.\n\n"The program has become plagued by fraud and abuse and should be allowed to expire," they wrote.', null],
    ['a statement speaks for whoever issued it', 'en', 'In Washington, President Obama released a statement Thursday night condemning the attack.\n"We stand in solidarity and partnership with France, our oldest ally, as they respond," the statement said.', 'Obama'],
    ['"the email read": a document read aloud speaks for whoever sent it', 'en', 'The Cruz campaign sent a fundraising email on Wednesday.\n"Friend, let me be blunt. I can beat Hillary Clinton. Donald can\'t," the email read.', 'Cruz'],
    ['"he read" is no attribution', 'en', 'Cruz sent an email on Wednesday.\n"Friend, let me be blunt. I can beat Hillary Clinton. Donald can\'t," he read.', null],
    ['"it added" goes on with a document quoted just before', 'en', 'The Cruz campaign sent a fundraising email on Wednesday.\n"Friend, let me be blunt. I can beat Hillary Clinton," the email read. "Donald cannot beat her in November, not this year," it added.', 'Cruz'],
    ['"it further wrote" goes on with a newspaper quoted just before', 'en', 'A Times article hailed Trump in 1996.\n\n“Mr. Trump’s company was left holding some $8.8 billion in debt by 1991,” the New York Times wrote.\n\n“But since then, his fortunes have changed. He continues to pursue trophy projects,” it further wrote.', 'New York Times'],
    ['"New" opens a name: the New York Times, not "York Times"', 'en', 'The paper looked back.\n\n“Mr. Trump’s company was left holding some $8.8 billion in debt by 1991,” the New York Times wrote.', 'New York Times'],
    ['"it added" after a person is unattributed', 'en', 'Ted Cruz spoke on Wednesday.\n"Friend, let me be blunt. I can beat Hillary Clinton," Cruz said. "Donald cannot beat her in November, not this year," it added.', null],
    ['"the IMF report": the acronym before the document, as the text spells it out', 'en', 'The International Monetary Fund cut its forecast on Tuesday. "Although the market reaction was orderly, the ultimate impact remains very unclear," the IMF report stated.', 'International Monetary Fund'],
    ['"the book said": whoever the text says wrote a memoir', 'en', 'Mariano wrote a memoir of her time at the White House.\n\n"Hillary was back on the campaign trail within days, and very few people knew," the book said.', 'Mariano'],
    ['"said the ruling": the court named before', 'en', 'A panel of the U.S. Court of Appeals for the Sixth Circuit overruled a judge on Friday.\n\n"A state cannot avoid the conclusion that its process results in removal of voters," said the ruling.', 'Court of Appeals'],
    ['a statement whose issuer the text does not name is unattributed', 'en', 'A statement was posted on the door on Thursday night.\n"We stand in solidarity and partnership with France, our oldest ally, as they respond," the statement said.', null],
    ['"the Texan" describes someone named before, never a speaker called Texan', 'en', 'Rick Perry spoke in Austin. “We will win this state and we will win it big,” said the Texan.', 'Rick Perry'],
    ['"the Utah Republican" with no one named is unattributed', 'en', 'The hearing ran late on Tuesday. “We will get to the bottom of this email server business,” said the Utah Republican.', null],
    ['partial quotation without anyone saying it is left out', 'en', 'The plan was described as a "recipe for disaster on a national scale."', undefined],
    ['roundup signature', 'en', '“I am so ashamed to be an American today, truly ashamed.” ― Jacklyn Ashley “Next one.”', 'Jacklyn Ashley'],
    ['party tag and appositions before the verb', 'en', '“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said.', 'Scott Pruitt'],
    ['colon intro with any verb', 'en', 'Democratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is almost monolithic against you.”', 'Claire McCaskill'],
    ['honorific before a surname that is also a title', 'en', 'Charlie King spoke. "It is all about creating enthusiasm around this race," Mr. King added.', 'Charlie King'],
    ['a description resolves to the titled person', 'en', 'Mayor Eric Adams visited Chelsea. "We do not see a link to terrorism," the mayor said.', 'Eric Adams'],
    ['a surname stands for the full name written most often before it', 'en', 'Hillary Clinton spoke. Roger Clinton campaigned in Flint. Roger Clinton attacked the law. "It does not make any sense at all," Clinton said.', 'Roger Clinton'],
    ['he: the subject followed through a he-chain, not a named object', 'en', 'Donald Trump spoke in Ohio. He praised Vladimir Putin. He said Putin has "been a leader far more than our president has been."', 'Donald Trump'],
    ['he: not a woman the text calls she', 'en', 'Tom Brady met Jane Porter. She left early. "It was a long day for everyone here," he said.', 'Tom Brady'],
    ['pronoun left unresolved when two people fit equally', 'en', 'Tom Reed and Mark Hall met on Monday. "We will win this fight in the end," he said.', null],
    ['a paragraph of only a quotation continues the speaker before', 'en', '"It does not make any sense at all," Roger Clinton said.\n\n"So you have got this crazy system where premiums double."', 'Roger Clinton'],
    ['a sentence after what someone said', 'en', 'The talks were hard, said Donald Tusk, summing up the day. "People are concerned about a loss of control."', 'Donald Tusk'],
    ['a quotation a few sentences after its speaker\'s, no one else named between', 'en', '“This just is not right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price and your pay, she said, referencing the fierce drive to sell accounts that customers never asked for at all. “You went on television to blame thousands of workers.”', 'Warren'],
    ['a quotation a few sentences on, after someone else is named, is not a continuation', 'en', '“This just is not right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said, as the chief executive John Stumpf looked on from his chair across the crowded hearing room on Capitol Hill, taking notes. “You went on television to blame thousands of workers.”', null],
    ['a paragraph of only a quotation after a paragraph saying who spoke', 'en', 'The debate went on for hours.\n\nLindsey Graham said he had hoped for more from the candidate at the debate.\n\n“I was hoping to see more of what his daughter sees in him.”', 'Lindsey Graham'],
    ['a paragraph of only a quotation after a paragraph about someone who did not speak', 'en', 'The debate went on for hours.\n\nIn the end, Bernie Sanders voted in support of the health law.\n\n“I will look into it when the time comes, I promise you that.”', null],
    ['a paragraph of only a quotation after a paragraph quoting words of the one person it names', 'en', 'Senators pressed the bank.\n\nIn a statement issued Tuesday morning, presidential nominee Hillary Clinton was more circumspect. Though she called the behavior “outrageous,” Clinton restricted her comments to future scenarios.\n\n“If any bank can’t be managed effectively, it should be broken up.”', 'Hillary Clinton'],
    ['…not when that paragraph says someone else spoke', 'en', 'Voters in the state are split.\n\nBacking Mr. Trump is a “false choice, because it is a choice between four people at the very least,” she said.\n\n“I will vote for the candidate that best represents my viewpoint.”', null],
    ['an organisation described by its kind', 'en', 'The International Monetary Fund raised its forecast on Tuesday. "Although the market reaction was orderly, the ultimate impact remains unclear," the fund said.', 'International Monetary Fund'],
    ['a newspaper described as the paper', 'en', 'The Wall Street Journal ran an editorial on Monday. "It is a sign of the distemper of the party and the times," the newspaper wrote.', 'Wall Street Journal'],
    ['an organisation of that kind never named is left unresolved', 'en', 'Donald Trump spoke in Ohio on Tuesday. "The ultimate impact of the plan remains unclear to us," the fund said.', null],
    ['de: a name, then a role of an organisation the verb closes', 'de', 'Martin Behrsing, Sprecher des Erwerbslosen Forum Deutschland kommentierte den Sachverhalt am Sonntag in Bonn mit den Worten: „Entweder ist es seltene Dämlichkeit der Behörde, oder man setzt sich hinweg.“', 'Martin Behrsing'],
    ['a name, then a role of an organisation the verb closes', 'en', 'Jane Porter, director of the National Museum said: "We will reopen the galleries in the spring of next year."', 'Jane Porter'],
    ['a pronoun opening a clause closed by a participle', 'en', 'Howard Dean poked at Trump on Monday. Dean, a medical doctor, then appeared on MSNBC on Tuesday. He then defended the remark, saying, “I don’t think this is a ridiculous idea at all.”', 'Howard Dean'],
    ['a title inside the run before the name', 'en', '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.', 'Mitch McConnell'],
    ['House Speaker before the name', 'en', '“I do think the votes are there for the override,” House Speaker Paul Ryan said.', 'Paul Ryan'],
    ['a run cut at a title\'s dot is no name', 'en', '"She is going to be more aggressive in the fall," said former South Carolina Gov. Jim Hodges, a Clinton backer.', 'Jim Hodges'],
    ['the name after a role whose modifier is a name', 'en', '"October provided a resurgence for her in the polls," said former Obama adviser David Axelrod.', 'David Axelrod'],
    ['said the Florida senator: a description, whose capitalised words are no name', 'en', 'Marco Rubio spoke on abortion. "It is a difficult issue," said the Florida senator, "because it puts in conflict two competing rights."', 'Marco Rubio'],
    ['a form of address is no speaker', 'en', 'The hearing began on Monday. "Your Honor, I would like to try to answer the question you raised," Your Honor said.', null],
    ['said the New York businessman: a description after a place name', 'en', 'Donald Trump spoke on CNN. "We cannot have a guy who stands in the middle of the Senate floor," said the New York businessman, who campaigned Monday in New Hampshire.', 'Donald Trump'],
    ['said the spokesman Jane Porter: the name after the description', 'en', 'The firm answered. "We will appeal the ruling in the coming weeks," said the spokeswoman Jane Porter.', 'Jane Porter'],
    ['a colon after a dash and a full name', 'en', 'Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep an open mind.”', 'Carl Bialik'],
    ['a partial quotation after a description and the name set off by commas', 'en', 'Her campaign manager, Robby Mook, suggested that what the staffers did “may have been a violation of the law in this case.”', 'Robby Mook'],
    ['a party tag and its comma before the verb', 'en', 'After winning Ohio, Gov. John Kasich (R-OH), said, “We are going to go all the way to Cleveland.”', 'John Kasich'],
    ['a party tag, then a phrase set off by commas', 'en', 'But Sen. Richard J. Durbin (D-Ill.), noting the size of the following, said, "He has a following worth watching closely."', 'Richard J. Durbin'],
    ['a phrase set off by commas naming others is not the subject', 'en', 'Carly Fiorina came second. Fiorina, speaking to Iowans, said, "Last time I looked, you had not started voting yet."', 'Carly Fiorina'],
    ['a closing participle after an opening phrase', 'en', 'Bernie Sanders spoke. At Sunday night’s debate, Sanders compared himself to Clinton, saying, "I am not the candidate of the big banks and Wall Street.”', 'Bernie Sanders'],
    ['a closing participle with its object', 'en', 'Jeff Weaver spoke. Weaver seemed unimpressed with the comments Tuesday, telling reporters, “We are not impressed with anything he has said this week.”', 'Jeff Weaver'],
    ['a closing participle: a role before the subject, an irregular verb', 'en', 'Republican presidential candidate Donald Trump quickly took to Twitter, writing: "We saw people hit and bits of debris flying around the square."', 'Donald Trump'],
    ['the Rev. before an inverted name is no sentence end', 'en', '"To be frank, the city will never go back to normal," said the Rev. Peter Wherry, of Mayfield Memorial Missionary Baptist Church.', 'Peter Wherry'],
    ['fr: constate, then a description and the name in apposition', 'fr', '"Personne n\'a l\'air d\'avoir peur", constate le propriétaire, Mike Frank, dont la salle est pleine.', 'Mike Frank'],
    ['a description, then the name set off by commas, after the quotation', 'en', '"By December we were looking down the road at a long fight," Sanders\'s campaign manager, Jeff Weaver, said in an interview.', 'Jeff Weaver'],
    ['a nickname in quotation marks inside the name, a lower-case word before an abbreviated title', 'en', '"This is a big year for our potential United States senator!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.', 'Marcia Price'],
    ['a quotation after a sentence its speaker opens', 'en', 'On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries, identified young voters as a reason for hope. "The younger people are sick and tired of discrimination."', 'Bernie Sanders'],
    ['a quotation after a sentence that reports someone else', 'en', 'Nikki Haley is an "articulate conservative" who won twice, the editorial board writes. "It is a sign of the distemper of the party."', null],
    ['a quotation after a sentence opened by a name in a long phrase is not theirs', 'en', 'Because Donald Trump kept the hall closed for months, reporters stayed outside. "We never left the street."', null],
    ['fr: avant d\'ajouter continues the speaker', 'fr', '"Ce n\'est pas un homme violent", assure Sven Lelandais. Avant d\'ajouter : "Ce n\'est pas un tueur froid."', 'Sven Lelandais'],
    ['fr: a name after a preposition is no speaker', 'fr', '"Les coups et blessures ont augmenté de 46%", a souligné sur France Inter la maire.', null],
    ['de: a noun after an article is no speaker', 'de', 'Oskar Lafontaine sprach sich dagegen aus. Seine Begründung: „Dann holen wir uns den Terrorismus nach Deutschland.“', null],
    ['pronoun after a dotted acronym', 'en', 'Clare Short spoke about the U.N. She was angry. "Only the UN can do that job properly," she said.', 'Clare Short'],
    ['subject of the first verb: He went on to say', 'en', 'David Davis spoke to the BBC. He went on to say: "If we do not get the amendments, we will vote against the bill."', 'David Davis'],
    ['a new sentence after the quotation is not its attribution', 'en', 'He said: "We will establish a new system." In the Commons, Mr Howard said it was a mistake.', null],
    ['fr: quotations sharing one attribution, M. abbreviation', 'fr', '"Après un été difficile pour tout le monde", "il y a urgence", a estimé sur LCI M. Larcher.', 'Larcher'],
    ['fr: a déclaré X', 'fr', '« Nous ne céderons pas sur ce point », a déclaré Jean Dupont.', 'Jean Dupont'],
    ['de: sagte X', 'de', '„Wir werden das Projekt fortsetzen“, sagte Olaf Scholz.', 'Olaf Scholz'],
    ['es: dijo X', 'es', '"No vamos a renunciar a este proyecto", dijo el ministro José Pérez.', 'José Pérez'],
    ['he: a role before the name keeps it the subject', 'en', 'Trump campaign chairman Paul Manafort met donors on Monday. "We think the message will reach every voter," he said.', 'Paul Manafort'],
    ['he: the modifier of a role is not a person', 'en', 'Sanders campaign manager Jeff Weaver spoke on Monday. "But a résumé is not enough at the end of the day," he said.', 'Jeff Weaver'],
    ['he: a sentence opened by a description keeps its subject', 'en', 'John Kasich spoke on Saturday. The Ohio governor said the border must be secured. "I could not imagine taking a mom out of a house," he said.', 'John Kasich'],
    ['he: "\'s been" is no possessive', 'en', 'Chris Christie lit into Marco Rubio at the debate. Tom Reed left early. Christie\'s been making the case for weeks. "You have not been involved in a consequential decision," he said.', 'Chris Christie'],
    ['a description no one holds as a title is resolved like he', 'en', 'Donald Trump spoke in Ohio on Friday. "We will build the wall and it will be beautiful," the billionaire businessman said.', 'Donald Trump'],
    ['a pronoun before a colon, with any verb', 'en', 'Hillary Clinton took on the protesters. She then addressed the supporters again: “Here is what I regret about all of this.”', 'Hillary Clinton'],
    ['a new sentence opening with a verb names no one', 'en', 'Donald Trump spoke. On ABC’s “Good Morning America” Tuesday, he said, “I never said I was going to pay for fees.” Asked if it had appeared so, he paused.', 'Donald Trump'],
    ['mixed marks: a curly quotation closed by a straight one, then a straight one closed by a curly one', 'en', 'Donald Trump spoke. “We’re going to build a wall," he said. "It’s going to be built, believe it or not.”', 'Donald Trump'],
    ['a name then a participle before the quotation', 'en', 'The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”', 'Hillary Clinton'],
    ['a closing participle: its subject opens the sentence, with an apposition', 'en', 'Howard Dean spoke on Tuesday. Dean, a former party chairman, poked at the debate, tweeting, “Notice the sniffing all the time. Coke user?”', 'Howard Dean'],
    ['a closing participle after a clause naming someone else', 'en', 'Donald Trump boasted on Friday. Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed after he designed a clubhouse at one of his golf courses, saying, “Maybe he didn’t do a good job, and I wasn’t satisfied.”', 'Donald Trump'],
    ['a day between the subject and its verb is no name', 'en', 'Reince Priebus spoke to CNN. Priebus later Thursday told Fox News: “Both of them are meeting up next week to talk about these things.”', 'Reince Priebus'],
    ['a verb opening the next sentence does not take the name after it', 'en', 'Ted Cruz spoke. Cruz himself said Tuesday that “the only way to win the state of Iowa is to go and ask, one on one.” Asked which Iowa county was his favorite, he laughed.', 'Ted Cruz'],
    ['a partial quotation in reported speech without a named speaker is listed unattributed', 'en', 'Officials at the agency said they were concerned that applicants "may try to use increasingly sophisticated methods to circumvent" the rules.', null],
    ['a sentence opening quotation after someone characterised something', 'en', 'His former business partner, Lawrence B. Cummings, called him a master at hard business transactions. "He showed again and again an ability to put together deals that other people couldn\'t."', 'Lawrence B. Cummings'],
    ['de: a noun before ", so" is no speaker of the next quotation', 'de', 'Bibliotheken stünden ihm zur Verfügung, so die Generalbundesanwältin. „Solche Argumente lassen jede wissenschaftliche Tätigkeit als kriminell erscheinen“, lautete die Kritik.', null],
    ['fr: il after an opening phrase keeps the subject before', 'fr', 'En 2015, Christophe Castaner est le candidat du PS. Face à la menace du FN, il se retire au profit de la liste du Républicain Christian Estrosi. "Le silence de Cambadélis, c\'est le signal de la rupture", confie-t-il.', 'Christophe Castaner'],
    ['de: sagte er is the verb, then the pronoun', 'de', 'Horst Keller leitet das Werk seit zehn Jahren. „Wir werden die Produktion im Herbst wieder hochfahren“, sagte er.', 'Horst Keller'],
    ['fr: a surname with a particle and a title word is a person', 'fr', 'Bruno Le Maire était à Bercy mardi. « Nous allons soutenir toutes les entreprises en difficulté », a-t-il souligné.', 'Bruno Le Maire'],
    ['fr: any verb inverted after the quotation, then a name', 'fr', '« Nous ne lâcherons rien sur les salaires », tempête Julien Moreau, délégué syndical.', 'Julien Moreau'],
    ['fr: a reflexive verb inverted after the quotation', 'fr', "« C'est une décision incompréhensible pour les familles », s'indigne Sophie Laurent.", 'Sophie Laurent'],
    ['fr: words between the auxiliary and the participle', 'fr', "« La réforme sera votée avant l'été », a pour sa part affirmé Claire Martin.", 'Claire Martin'],
    ['fr: a long clause with an article, a role and the name', 'fr', "« Nous allons renforcer les contrôles aux frontières », a déclaré le ministre de l'Intérieur Paul Girard lors d'un déplacement à Calais mardi soir.", 'Paul Girard'],
    ['fr: the name after "de" is whom the role belongs to', 'fr', '« Mon client conteste fermement ces accusations », a déclaré l\'avocat de Paul Girard.', null],
    ['fr: a long description, then the name in apposition', 'fr', "« Les analyses sont toujours en cours », a indiqué la procureure de la République de Bastia, Caroline Tharot, en précisant que la villa était neuve.", 'Caroline Tharot'],
    ['de: any verb inverted after the quotation, then a name', 'de', '„Die Zahlen sind besser als erwartet“, bilanzierte Jens Hoffmann am Abend.', 'Jens Hoffmann'],
    ['de: a long clause with an article, a role and the name', 'de', '„Wir halten an dem Ziel fest“, erklärte der Minister Jens Hoffmann bei einer Pressekonferenz in Berlin am späten Abend nach der Sitzung.', 'Jens Hoffmann'],
    ['de: a compound title is no part of the name', 'de', '„Wir halten an dem Ziel fest“, sagte Innenminister Jens Hoffmann.', 'Jens Hoffmann'],
    ['fr: "Pour X," opening the sentence names the source', 'fr', "Pour Claire Martin, la réforme des retraites est « une erreur historique qui pèsera sur les jeunes ».", 'Claire Martin'],
    ['fr: "selon X" opening the sentence of a partial quotation', 'fr', "Selon Paul Girard, le projet reste « beaucoup trop coûteux pour les communes rurales ».", 'Paul Girard'],
    ['de: "laut X" opening the sentence of a partial quotation', 'de', 'Laut Jens Hoffmann ist die Lage „sehr ernst und wir müssen jetzt schnell handeln“.', 'Jens Hoffmann'],
    ['de: "X zufolge"', 'de', 'Dem Minister Jens Hoffmann zufolge sei „die Lage sehr ernst und wir müssen jetzt handeln“.', 'Jens Hoffmann'],
    ['fr: a compound past with an adverb, then an article and a role before the name', 'fr', "« Ce texte est une faute morale et politique », a également fustigé le député LR Paul Girard.", 'Paul Girard'],
    ['fr: a place after "de" is not the subject', 'fr', "Le 31 juillet, l'Association des maires de France avait elle aussi dénoncé dans un communiqué « tous ces actes, qui illustrent le climat actuel ».", null],
    ['fr: a bank is no one "il" may mean', 'fr', "Pierre Moreau a parlé lundi. La Banque de France a revu ses chiffres. « Il faut être lucide, il y aura des faillites cette année », a-t-il souligné.", 'Pierre Moreau'],
    ['fr: "le ministre" is the person the article named with that role', 'fr', "Le ministre de l'Intérieur Paul Girard était à Calais lundi. Il a rencontré les maires. « Nous allons renforcer les contrôles aux frontières », a déclaré le ministre.", 'Paul Girard'],
    ['fr: the complement of the role chooses between two ministers', 'fr', "Le ministre de la Santé Paul Girard et le ministre de l'Intérieur Jean Morel étaient à Lyon. « Nous allons renforcer les contrôles aux frontières », a déclaré le ministre de l'Intérieur.", 'Jean Morel'],
    ['de: "die Ministerin" is the person the article named with that role', 'de', 'Die Ministerin Anna Keller besuchte am Montag das Werk. „Wir halten an dem Ziel fest“, sagte die Ministerin.', 'Anna Keller'],
    ['fr: a spokesperson "de" a body speaks for it', 'fr', "L'autoroute a été fermée dans la nuit. « Les automobilistes bloqués ont reçu des couvertures et de l'eau », a précisé la porte-parole de Vinci Autoroutes.", 'Vinci Autoroutes'],
    ['fr: "a t-il", a frequent misspelling of "a-t-il"', 'fr', "Paul Girard a poursuivi sa campagne dimanche à Lille. « Si je suis élu, nous baisserons les impôts des plus modestes », a t-il affirmé.", 'Paul Girard'],
    ['de: »…« as German books and papers write it', 'de', '»Wir werden die Schule im Herbst wieder öffnen«, sagte Jens Hoffmann.', 'Jens Hoffmann'],
    ['de: single low-high marks ‚…‘', 'de', '‚Wir werden die Schule im Herbst wieder öffnen‘, sagte Jens Hoffmann.', 'Jens Hoffmann'],
    ['de: „ closed by a straight mark', 'de', '„Wir werden die Schule im Herbst wieder öffnen", sagte Jens Hoffmann.', 'Jens Hoffmann'],
    ['de: "Wie X mitteilte," before a partial quotation', 'de', 'Wie Jens Hoffmann mitteilte, „wird die Schule im Herbst wieder öffnen und alle Kinder kommen zurück“.', 'Jens Hoffmann'],
    ['de: Bürgermeister and CDU-Politiker are titles, no part of the name', 'de', '„Wir werden die Schule im Herbst wieder öffnen“, sagte der CDU-Politiker Jens Hoffmann am Montag in Berlin.', 'Jens Hoffmann'],
    ['fr: a sentence end whose space was lost ends the attribution', 'fr', "« L'ouragan est très dangereux, écoutez les autorités locales », a tweeté le président Paul Girard.La Garde nationale a annoncé qu'elle avait mobilisé plus de mille soldats dans la région.", 'Paul Girard'],
    ['fr: "de" after a name is no title word', 'fr', "« Elle a mené un projet politique qui a réussi à contenir la poussée écologiste », analyse Paul Girard de l'institut d'études Elabe.", 'Paul Girard'],
    ['de: "Die Ministerin sagte:" is the person named with that role', 'de', 'Die Ministerin Anna Keller besuchte am Montag das Werk. Die Ministerin sagte: „Wir werden die Schule im Herbst wieder öffnen.“', 'Anna Keller'],
    ['fr: a participle after the attribution goes on with its speaker', 'fr', "« Nous allons nous relever », a assuré Paul Girard, précisant ne jamais « avoir caché la gravité de la crise aux Français ».", 'Paul Girard'],
    ['fr: a participle after a clause opened by a name', 'fr', "Paul Girard a vanté le projet mardi, estimant qu'il « pourrait changer la vie de milliers de familles modestes ».", 'Paul Girard'],
    ['fr: an institution named by its place speaks ("le parquet de X")', 'fr', "Une enquête a été ouverte samedi. « Les investigations se poursuivent pour identifier d'autres victimes », a indiqué le parquet de Charleville-Mézières.", 'Charleville-Mézières'],
    ['she: what the article says of a shared first name wins over the lexicon', 'en', 'Families are angry. “The rationales do not hold weight at all,” said 9/11 widow Terry Strada.\n\nShe continued, “All we are asking for is an opportunity to have our case heard.”', 'Terry Strada'],
    ['an -ly adverb between the subject and its verb', 'en', 'Ted Cruz spoke. Cruz gingerly said that was "an assessment the voters are going to make" ahead of the primary.', 'Ted Cruz'],
    ['a noun in -ly before the verb is no adverb to skip', 'en', 'Donald Trump spoke. A Trump ally said "this is going to be a very long night for all of us."', null],
    ['"When asked about it," before the subject and its verb', 'en', 'Ted Cruz spoke. When asked about Trump, Cruz said that was "an assessment the voters are going to make" ahead of the primary.', 'Ted Cruz'],
    ['appositions after the quotation holding an abbreviation', 'en', '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.', 'Harry Bond'],
    ['an apposition after the quotation that the verb closes without a comma', 'en', '“Clinton needs a strategy for targeting Johnson and Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.', 'Nate Silver'],
    ['a verb of saying found in the annotations: proclaimed', 'en', 'Hillary Clinton spoke. Clinton proclaimed at a press conference, “I did not email any classified material to anyone on my email.”', 'Hillary Clinton'],
    ['a description opening the clause of a closing participle', 'en', 'Ben Carson spoke. The retired neurosurgeon has provided no details, saying in his statement only that he was “refining some operational practices and streamlining some staff assignments.”', 'Ben Carson'],
    ['"the prime minister’s spokesman" is someone the article does not name', 'en', 'David Cameron will work with whoever is elected, the prime minister’s spokesman said.\n“The PM has made his views on these comments very clear and he stands by them,” the spokesman said.', null],
    ['pronoun: "But the candidate…" is about whom the sentence before was about', 'en', 'Mike Pence was picked as Donald Trump\'s running mate.\n\nRepublican pollster Whit Ayres -- author of 2016 and Beyond, which urged the GOP to focus on a diverse electorate -- is skeptical Trump can overcome his provocative statements. But the candidate could try to change the subject.\n\n"His better bet is to try to get them to focus on something else," he said.', 'Whit Ayres'],
    ['pronoun (guard): a description with the name in apposition names the subject', 'en', 'Bernie Sanders spoke first. But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying that job losses were real.\n\n“I do take what Alan Krueger said seriously and I think we should listen,” she said.', 'Hillary Clinton'],
    ['description: "the senator says" after a quotation that a named subject introduces with a colon', 'en', 'Sen. John McCain (Ariz.) praised him. Ted Cruz is running. Cruz defends his outsider bona fides in a commercial running on Iowa TV: "Securing our borders is a matter of national security," the senator says directly to the camera.', 'Ted Cruz'],
    ['pronoun: the one asked answers, not the one asking', 'en', 'Bernie Sanders will release his medical records. Last month, The Huffington Post’s Scott Conroy asked Sanders whether questions about his health and age were fair game in the campaign.\n\n“Sure it is. I would not have run if I was not blessed with good health,” he said.', 'Bernie Sanders'],
    ['partial quotation: "worried that" characterises what its subject said', 'en', 'Paul Ryan spoke in 2012. In the depths of the Great Recession, Paul Ryan worried that the social safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”', 'Paul Ryan'],
    ['partial quotation: a noun "estimates" is no verb', 'en', 'White House press secretary Josh Earnest spoke on Tuesday. Cost estimates, he added, were “based on a prototype detention facility in the state.”', 'Josh Earnest'],
    ['a verb form that is a noun here ("in states like") is passed over for the next verb', 'en', 'David Bositis spoke. For black voters in states like South Carolina, he said, their “political experience told them that African-Americans cannot win support from whites.”', 'David Bositis'],
    ['"the United States" holds no verb', 'en', 'Sen. Lindsey Graham spoke. Graham, who says the United States and allies should contribute ground forces to the battle, tweeted that the president\'s strategy "will not destroy ISIL and he knows it."', 'Lindsey Graham'],
    ['a closing participle after an opening phrase and "he"', 'en', 'Glenn Beck spoke at the rally. Speaking in his real voice again, he proceeded to recite a passage from the Bible, saying: “This know also, that in those days the perilous times shall come.”', 'Glenn Beck'],
    ['a participle after "by" ("followed that by saying")', 'en', 'Hillary Clinton spoke at the debate. She followed that by saying, "I am not a natural politician, in case you haven\'t noticed, unlike my husband."', 'Hillary Clinton'],
    ['a number\'s comma inside the first of two predicates', 'en', 'Hillary Clinton spoke. She greeted 2,000 supporters at a rowdy rally late Saturday night in Houston and told them that together they’d “build ladders of opportunity so that every American can go as far as your heart will take you.”', 'Hillary Clinton'],
    ['a clause opened by "but he" holds the verb\'s subject', 'en', 'Sen. Jon Tester spoke. Tester credits the Democrats\' bright prospects to the quality of its candidates -- but he said Trump\'s presence on the ballot "is going to help our candidates in every state."', 'Jon Tester'],
    ['a clause opened by "in which he"', 'en', 'Sen. Bernie Sanders skipped the meeting. Instead he gave a speech in Salt Lake City in which he pledged that, if elected president, he would be "a friend not only to Israel but to the Palestinian people."', 'Bernie Sanders'],
    ['a closing participle after "Hours later,"', 'en', 'Sheldon Adelson praised Donald Trump. Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time and he is an amazing man.”', 'Donald Trump'],
    ['people from somewhere, plural, are no speaker', 'en', 'The vast majority of Americans say they prefer lower prices instead of paying a premium for items labeled “Made in the U.S.A. by workers at home,” even if those items are made abroad.', null],
    ['guard: a surname in -ans still speaks', 'en', 'Mark Evans spoke. “We prefer lower prices instead of paying a premium for these items,” Evans said.', 'Mark Evans'],
    ['a name, then the long name of the body they are of', 'en', '"Building a staged thermonuclear weapon would seem to be a bit of a stretch for the North Koreans," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote in December.', 'Jeffrey Lewis'],
    ['a name of a body with "and" in it', 'en', '“Tritium would enable designs with a greater yield than plutonium,” John Smith of the Center for Strategic and International Studies said.', 'John Smith'],
    ['inverted after the quotation: a title, the name, then a long relative clause', 'en', '“In the primary debates he pooh-poohed this bankruptcy as normal business,” said Sen. Jim Whelan who represents Atlantic City and served as its mayor for many years.', 'Jim Whelan'],
    ['"is quoted as saying"', 'en', 'Matt Braynard runs the firm.\n\nKarl Rove praised it on Monday.\n\n“Our method succeeds where others fail because we seek out individual respondents,” Braynard is quoted as saying.', 'Matt Braynard'],
    ['a title opening the run before a first name and a surname', 'en', '“The values of our movement include equality and dignity,” Rabbi Rick Jacobs said.', 'Rick Jacobs'],
    ['a characterising verb found in the annotations: offered', 'en', 'Donald Trump spoke after the shooting in Dallas. He offered "my thoughts and prayers for all of the victims\' families."', 'Donald Trump'],
    ['a verb of saying found in the annotations: elaborated', 'en', 'Dorothy Woods spoke to reporters. “The way I see it,” she elaborated, “no one ever questioned his sacrifice or his service.”', 'Dorothy Woods'],
    ['a headline run ending with a name gives only that name', 'en', 'Jeb Bush Hits Marco Rubio On Rape Exception For Abortions Jeb Bush\nJeb Bush criticized Marco Rubio.\n"I\'m pro-life, but I believe there should be exceptions for rape and incest," Bush said.', 'Jeb Bush'],
    ['a headline\'s words before a quotation are no speaker', 'en', 'Egyptian Military: Personal Belongings, Debris From EgyptAir Jet Found — Officials Say Crash Seems Like An “Act Of Terrorism And Nothing Else.”', null],
    ['"assured" after the quotation', 'en', 'Donald Trump spoke with Alex Jones. "Your reputation is amazing and I will not let you down," Trump assured Jones.', 'Donald Trump'],
    ['"is telling" as the verb of a partial quotation', 'en', 'Hillary Clinton is telling customers at a popular Manchester breakfast spot that “I need you tomorrow and every day until the primary.”', 'Hillary Clinton'],
    ['a surname that is a common word, named in full before', 'en', 'Grant Young, another unaligned Iowa Republican strategist, said there are benefits.\n\n“It’s a good day for a bank robber because everybody in town will show up,” Young said.', 'Grant Young'],
    ['guard: a common word that is only a show\'s last word stays common', 'en', 'Hillary Clinton spoke on “The Steve Harvey Morning Show” on Tuesday.\n“How many times do we have to see this in our country?” Clinton said.', 'Hillary Clinton'],
    ['a name never runs across a line break ("X." of a share button, then "Clinton")', 'en', 'Hillary Clinton spoke in Iowa about the attacks.\n\nWorld War I.\nClinton said Trump is “ISIS’ best recruiter, and they are going to people showing videos of him.”', 'Hillary Clinton'],
    ['"Rear Admiral" is a title', 'en', '“This is a time of cooperation and common security in the region,” said Rear Admiral Guan Youfei.', 'Guan Youfei'],
    ['a colon after an opening phrase, a name and its verb', 'en', 'Donald Trump spoke to MSNBC. In a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”', 'Donald Trump'],
    ['guard: a place the opening phrase\'s comma cut is no subject', 'en', 'At a Trump rally in Birmingham, Alabama, on Saturday, some of his supporters kicked a protester, with Trump reportedly yelling: “Get him the hell out of here right now!”', null],
    ['a long subject of titles with "of the" in it', 'en', 'Paul Ryan spoke. Tuesday, while discussing a tweet from the nominee, Speaker of the House Rep. Paul Ryan (R-WI) said “anti-Semitic images, they’ve got no place in a presidential campaign.”', 'Paul Ryan'],
    ['a second predicate after ", but now"', 'en', 'House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”', 'Thomas Massie'],
    ['a quotation after a sentence whose subject a body\'s possessive opens', 'en', '“It is a two-person race in Iowa now,” said Craig Robinson, editor of TheIowaRepublican.com.\n\nIowa State University\'s Dianne Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative to Trump."', 'Dianne Bystrom'],
  ])('%s', (_name, lang, text, speaker) => {
    expect(directQuotes(text, lang).at(-1)?.speaker).toBe(speaker); // the last quotation is the one each case is about
  });

  it('"He added," opening the next sentence introduces the next quotation, not the one before it', () => {
    const text = 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We, the Armenians and the Jewish people, have suffered the same fate.” He added, “So Israel should have been actually one of the first countries to support it.”';
    expect(directQuotes(text, 'en')[0]?.speaker).toBe('Aris Shirvanian');
  });
});
