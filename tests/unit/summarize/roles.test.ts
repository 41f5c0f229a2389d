// The role an article gives a speaker: the title words before the name, never words of the sentence before or of the name itself.
import { describe, expect, it } from 'vitest';
import { courtesyApposition, roleOf } from '../../../utils/summarize/roles';

describe('roleOf', () => {
  it.each([
    ['a title before the full name', 'Interior Minister Ihor Klymenko said the attack was repelled.', 'Ihor Klymenko', 'Interior Minister'],
    ['an apposition after the name', 'Mike Lake, a spokesman for Yukos, said the company would appeal.', 'Mike Lake', 'spokesman for Yukos'],
    ['guard: an abbreviated title keeps its words ("Texas Lt. Gov.")', 'Texas Lt. Gov. Dan Patrick endorsed Ted Cruz on Monday.', 'Dan Patrick', 'Texas Lieutenant Governor'],
    ['not the first name of a speaker known by surname ("Florida Rep. Debbie")', 'Florida Rep. Debbie Wasserman Schultz defended the rules.', 'Wasserman Schultz', 'Florida Representative'],
    ['not the end of the sentence before ("…Trump. Sen.")', 'Cruz did not endorse Trump. Sen. Roy Blunt said he would.', 'Roy Blunt', 'Senator'],
    ['not a word opening the clause ("And Sen.", "So Labor Secretary")', 'So Labor Secretary Tom Perez went to Ohio.', 'Tom Perez', 'Labor Secretary'],
    ['an institution\'s possessive is the body they are with, whole, not a title ("Iowa State University\'s")', 'Iowa State University\'s Dianne Bystrom agreed with the analysis.', 'Dianne Bystrom', 'Iowa State University'],
    ['not text a page glued to the title ("…10:14PMKasich And BushASSOCIATED PRESSOhio Gov.")', 'February 6, 2016 9:31PMKasich And BushASSOCIATED PRESSOhio Gov. John Kasich answers a question.', 'John Kasich', 'Governor'],
    ['guard: an acronym\'s plural is a word of the title ("NGOs Director")', 'Regional NGOs Director Ann Lee spoke.', 'Ann Lee', 'Regional NGOs Director'],
    ['guard: not across a paragraph ("…Trump.⏎⏎Mayor")', 'The mayor answered Donald Trump.\n\nMayor Bill de Blasio spoke.', 'Bill de Blasio', 'Mayor'],
    ['an apposition without its relative clause ("…, a pollster and strategist who supported Texas Sen. Ted Cruz,")', 'Kellyanne Conway, a pollster and strategist who supported Texas Sen. Ted Cruz, spoke.', 'Kellyanne Conway', 'pollster and strategist'],
    ['an apposition cut at a title\'s dot loses the title and its preposition ("a former aide to Sen.")', 'Jane Doe, a former aide to Sen. Ted Cruz, spoke.', 'Jane Doe', 'former aide'],
    ['people at work without a title are given their role too ("a delegate from Michigan")', 'Wes Nakagiri, a delegate from Michigan, dressed up in a prison outfit.', 'Wes Nakagiri', 'delegate from Michigan'],
    ['an apposition without a verb joined by "and" ("a presidential historian and runs the… website")', 'Mike Purdy, a presidential historian and runs the presidentialhistory.com website, said so.', 'Mike Purdy', 'presidential historian'],
    ['an apposition cut at an abbreviation\'s dot loses the lone capital ("veteran D" of "veteran D.C. lobbyist")', 'Steve Elmendorf, a top Clinton fundraiser and veteran D.C. lobbyist, said so.', 'Steve Elmendorf', 'top Clinton fundraiser and veteran'],
    ['an apposition cut at a dot loses "for the" ("chief of mission for the U.S. Embassy")', 'Gregory Hicks, the former deputy chief of mission for the U.S. Embassy in Tripoli, testified.', 'Gregory Hicks', 'former deputy chief of mission'],
    ['a five-word title before the name ("New York City Public Advocate")', 'The crimes were heinous. New York City Public Advocate Trish James said so.', 'Trish James', 'New York City Public Advocate'],
    ['"of" joins a title\'s words ("Former Secretary of State", "White House Chief of Staff")', 'Former Secretary of State Madeleine Albright spoke. White House Chief of Staff Denis McDonough wrote back.', 'Denis McDonough', 'White House Chief of Staff'],
    ['"of" joins a title\'s words, after a clause\'s opening word ("After Deputy Secretary of State")', 'After Deputy Secretary of State Tom Nides wrote, she answered.', 'Tom Nides', 'Deputy Secretary of State'],
    ['an apposition cut at a name\'s initial loses the name\'s start too ("adviser to then-President George W. Bush")', 'Juan Zarate, a top terrorism adviser to then-President George W. Bush, said so.', 'Juan Zarate', 'top terrorism adviser'],
    ['a chamber\'s post before its member\'s short title is the role ("Chairman Rep." is the chairman; "State Rep." stays)', 'Committee Chairman Rep. Bob Goodlatte wrote. State Rep. Rio Tilton answered.', 'Bob Goodlatte', 'Committee Chairman'],
    ['guard: "State Rep." is a title of its own', 'Committee Chairman Rep. Bob Goodlatte wrote. State Rep. Rio Tilton answered.', 'Rio Tilton', 'State Representative'],
    ['a courtesy title is no role ("Dr. Ben Carson", "What Mr. Carson")', 'Dr. Ben Carson wrote a letter. What Mr. Carson wanted was clear.', 'Carson', undefined],
    ['abbreviated titles are spelled out, other words kept as written ("U.S. Sen.", "Gen.")', 'U.S. Sen. Ted Cruz spoke. Retired Gen. Michael Flynn agreed.', 'Michael Flynn', 'Retired General'],
    ['guard: initials keep their dots ("U.S. Sen.")', 'U.S. Sen. Ted Cruz spoke.', 'Ted Cruz', 'U.S. Senator'],
    ['a peer\'s title is no role ("Lord Falconer")', 'The bill was backed by Lord Falconer on Monday.', 'Falconer', undefined],
    ['an office before a peer\'s title is the role ("Lord Chief Justice Lord Woolf")', 'Lord Chief Justice Lord Woolf warned ministers.', 'Woolf', 'Lord Chief Justice'],
    ['a prince\'s title after an office is no part of it ("Foreign Minister Prince Saud")', 'Saudi Foreign Minister Prince Saud al-Faisal spoke.', 'Saud al-Faisal', 'Saudi Foreign Minister'],
    ['guard: a prince described by his country keeps it ("Saudi Prince Alwaleed")', 'Saudi Prince Alwaleed bin Talal tweeted.', 'Alwaleed bin Talal', 'Saudi Prince'],
    ['an apposition left open ends at its verb of saying', 'Anais Faraj, an analyst at Nomura told the BBC the deal was done.', 'Anais Faraj', 'analyst at Nomura'],
    ['a job that is no office is a title before the name too ("Actress Rosario Dawson")', 'Actress Rosario Dawson led the crowd.', 'Rosario Dawson', 'Actress'],
    ['a role in lower case right before the name, with the body before it ("AOL chief executive Jonathan Miller")', '"We can help," said AOL chief executive Jonathan Miller.', 'Jonathan Miller', 'AOL chief executive'],
    ['a role in lower case after a preposition ("led by climate activist Greta Thunberg")', 'The march was led by climate activist Greta Thunberg on Monday.', 'Greta Thunberg', 'climate activist'],
    ['a verb before the role\'s words is no part of it ("…denouncing Republican presidential nominee")', 'Protesters were seen denouncing Republican presidential nominee Donald Trump.', 'Donald Trump', 'Republican presidential nominee'],
    ['a participle that makes the role stays ("retired Air Force general")', 'The report was written by retired Air Force general Lloyd Newton.', 'Lloyd Newton', 'retired Air Force general'],
    ['guard: a body\'s name cut by the run\'s length goes ("the Washington Post White House bureau chief" is "bureau chief", never "Post White House bureau chief")', 'He was joined by the Washington Post White House bureau chief Juliet Eilperin.', 'Juliet Eilperin', 'bureau chief'],
    ['guard: a body\'s name within the run stays whole ("the New York Times opinion columnist")', 'He was joined by the New York Times opinion columnist David Brooks.', 'David Brooks', 'New York Times opinion columnist'],
    ['a run stopped by a comma keeps the body\'s name before the role ("…Tuesday, Wild coach Bruce Boudreau")', 'Hours before the game on Tuesday, Wild coach Bruce Boudreau spoke.', 'Bruce Boudreau', 'Wild coach'],
    ['a preposition, a time word or a sentence adverb before the role\'s words is no part of it ("a race against singer", "last week State Department official", "Meanwhile Lib Dem leader")', 'It was a tight race against singer Ally Brooke. Last week State Department official David Holmes spoke. Meanwhile Lib Dem leader Charles Kennedy left.', 'Charles Kennedy', 'Lib Dem leader'],
    ['a role starting a paragraph is read from the line it opens ("⏎⏎New York Times columnist David Brooks")', 'It said so.\n\nNew York Times columnist David Brooks stated the case.', 'David Brooks', 'New York Times columnist'],
    ['an apposition without an article ("Michael Weiss, president of StreamCast Networks,")', '"It will happen," said Michael Weiss, president of StreamCast Networks, on Monday.', 'Michael Weiss', 'president of StreamCast Networks'],
    ['an apposition without an article, opening on a body\'s possessive and left open before its verb ("…, Wanadoo\'s chief executive told…")', 'Eric Abensur, Wanadoo\'s chief executive told the BBC News website.', 'Eric Abensur', 'Wanadoo\'s chief executive'],
    ['a relation is a role when it says whose ("Nogar\'s son Stephen")', 'The tapes were owned by engineer Thorne Nogar. Nogar\'s son Stephen, 57, said so.', 'Stephen', 'Nogar\'s son'],
    ['guard: a relation that does not say whose is none ("his son Eric")', 'Trump arrived. His son Eric spoke first.', 'Eric', undefined],
    ['an age set off before the apposition is no role, and the apposition after it is ("Diana Ruocco, 20, a student from Daytona Beach,")', 'Diana Ruocco, 20, a student from Daytona Beach, said it was time.', 'Diana Ruocco', 'student from Daytona Beach'],
    ['a job is a role too ("Yin Myint May, 60, a doctor,", "nursing home owner Tom Clarke")', 'Yin Myint May, 60, a doctor, said she was elated. Nursing home owner Tom Clarke agreed.', 'Yin Myint May', 'doctor'],
    ['guard: a nickname set off is no role ("Ellen Simonetti, known as Queen of the Sky,")', 'Ellen Simonetti, known as Queen of the Sky, lost her job.', 'Ellen Simonetti', undefined],
    ['guard: an apposition without an article whose role opens on a participle ("…, managing director of Email Systems,")', 'Neil Hammerton, managing director of Email Systems, said so.', 'Neil Hammerton', 'managing director of Email Systems'],
    ['an apposition without an article opening on a body\'s capitalised name ("Rob McIvor, FSA spokesman, told…")', 'Rob McIvor, FSA spokesman, told BBC News.', 'Rob McIvor', 'FSA spokesman'],
    ['a courtesy title between a lower-case role and the name is neither\'s ("Manchester United manager Sir Alex Ferguson")', 'Manchester United manager Sir Alex Ferguson said he has no regrets.', 'Alex Ferguson', 'Manchester United manager'],
    ['a role set off before a name set off itself ("The charity\'s director, Barbara Stocking, said")', 'The charity\'s director, Barbara Stocking, said it was time.', 'Barbara Stocking', 'charity\'s director'],
    ['people at work the title words leave out ("Middlesbrough forward", "Conservative co-chairman")', 'Conservative co-chairman Liam Fox spoke. Middlesbrough forward Boudewijn Zenden agreed.', 'Liam Fox', 'Conservative co-chairman'],
    ['guard: an apposition whose role noun comes only after a verb is no role ("…, similar statements made by former candidate…")', 'Hedge, similar statements made by former Democratic presidential candidate Jim Webb, spoke.', 'Hedge', undefined],
    ['guard: an apposition with a verb of its own is a clause, no role ("…, the delegate math is daunting…")', 'Sanders, the delegate math is daunting for anyone, spoke.', 'Sanders', undefined],
    ['guard: an apposition that is no role but a judgement ("…, not the greatest president you could imagine,")', 'Obama, not the greatest president you could imagine, spoke.', 'Obama', undefined],
    ['guard: a relative clause set off is no role ("…, who was chief executive,")', 'Jane Doe, who was chief executive until May, spoke.', 'Jane Doe', undefined],
    ['a German compound title before the name ("Bundesfinanzminister Peer Steinbrück (SPD)", Wikinews)', 'Bundesfinanzminister Peer Steinbrück (SPD) erklärte in seiner ersten Regierungserklärung das Programm.', 'Peer Steinbrück', 'Bundesfinanzminister'],
    ['guard: a capitalised word that opens a body\'s name is no determiner there ("All Blacks captain Tama Umaga")', 'All Blacks captain Tama Umaga has warned the British and Irish Lions.', 'Tama Umaga', 'All Blacks captain'],
    ['a German article opening the title is no part of the role ("Der Minister Horst Seehofer", "Die Kanzlerin")', 'Der Minister Horst Seehofer war in Berlin. Die Kanzlerin Angela Merkel auch.', 'Angela Merkel', 'Kanzlerin'],
    ['an apposition running on into a relative clause with no comma ("…, a longtime adviser to Barack Obama who helped found…")', 'says David Axelrod, a longtime adviser to Barack Obama who helped found the group in Chicago many years ago, on Friday.', 'David Axelrod', 'longtime adviser to Barack Obama'],
    ['a long apposition ("…, a chairman of the political science department at Troy University in Alabama,")', 'said Steven Taylor, a chairman of the political science department at Troy University in Alabama, on Friday.', 'Steven Taylor', 'chairman of the political science department at Troy University in Alabama'],
    ['guard: after a name inside a sentence, a description reaching a verb of saying is its subject ("…in Chelsea, the mayor also said…")', 'At a press conference in Chelsea, the mayor also said that it was too early to tell whether it was a bomb, and more.', 'Chelsea', undefined],
    ['guard: an apposition left open after the quotation it speaks ("…,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post")', '“We will consider options,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.', 'Doug Andres', 'spokesman for House Speaker Paul Ryan'],
    ['examples, a paper it is quoted in, a crowd it is one of, are no part of the role ("such as former Gov.", "quoted in China Daily", "and one of the thousands")', 'Richard Cross, a former staff member for Maryland Republicans such as former Gov. Robert Ehrlich, said so. Xing Wangli, a spokesman for the State Tobacco Administration Monopoly quoted in China Daily. Peter Hart, a PNC bank employee and one of the thousands in line, said so.', 'Richard Cross', 'former staff member for Maryland Republicans'],
    ['a paper it is quoted in is no part of the role', 'Xing Wangli, a spokesman for the State Tobacco Administration Monopoly quoted in China Daily. He said so.', 'Xing Wangli', 'spokesman for the State Tobacco Administration Monopoly'],
    ['a crowd it is one of is no part of the role', 'Peter Hart, a PNC bank employee and one of the thousands in line, said so.', 'Peter Hart', 'PNC bank employee'],
    ['a profession named by its ending ("a demographer", "a pediatrician", "a gynecologist", "a lobbyist")', '"He is trying," said Alan Abramowitz, a demographer at Emory University. Vin Weber, a lobbyist, agreed.', 'Alan Abramowitz', 'demographer at Emory University'],
    ['a lobbyist in apposition', '"He is trying," said Alan Abramowitz, a demographer at Emory University. Vin Weber, a lobbyist, agreed.', 'Vin Weber', 'lobbyist'],
    ['people at work the role words left out ("a visiting fellow", "an RNC committeewoman", "a retiree")', 'Russell Wheeler, a visiting fellow at the Brookings Institution, said so. Diana Orrock, an RNC committeewoman from Nevada, agreed.', 'Diana Orrock', 'RNC committeewoman from Nevada'],
    ['guard: a creed\'s "-ist" is an adjective before a noun ("a nationalist tabloid") or a name ("the nationalist Global Times")', 'But as the nationalist Global Times tabloid noted, he won. The Daily, a nationalist tabloid, agreed.', 'Global Times', undefined],
    ['guard: a creed\'s "-ist" before a noun in apposition is no role', 'The Daily, a nationalist tabloid, agreed.', 'The Daily', undefined],
    ['a role written once in the plural for two names is each one\'s ("Morning Joe hosts Joe Scarborough and Mika Brzezinski")', 'Clinton gave an interview to Morning Joe hosts Joe Scarborough and Mika Brzezinski on Friday.', 'Mika Brzezinski', 'Morning Joe host'],
    ['the first of the pair holds the plural role too ("Democratic presidential candidates Hillary Clinton and Bernie Sanders")', 'NEW YORK (AP) — Democratic presidential candidates Hillary Clinton and Bernie Sanders were on opposing sides.', 'Hillary Clinton', 'Democratic presidential candidate'],
    ['guard: a plural before one name alone is no role of theirs', 'The report angered Democratic candidates. Hillary Clinton spoke first.', 'Hillary Clinton', undefined],
    ['a role held before says so ("former Chelsea striker Adrian Mutu", "Former Mexican presidents Vicente Fox and Felipe Calderón")', 'Former Mexican presidents Vicente Fox and Felipe Calderón promptly fired back. Former Chelsea striker Adrian Mutu agreed.', 'Felipe Calderón', 'former Mexican president'],
    ['"former" in lower case before the role', 'The ban on former Chelsea striker Adrian Mutu was upheld.', 'Adrian Mutu', 'former Chelsea striker'],
    ['an apposition running on into "who’s" ("a veteran Indiana GOP insider who’s on the…committee")', '“This is evidence,” said Kyle Babcock, a veteran Indiana GOP insider who’s on the 3rd Congressional District committee.', 'Kyle Babcock', 'veteran Indiana GOP insider'],
    ['jobs the role words left out ("a plaintiff in the lawsuit", "a homemaker", "a security guard", "frontman")', '“It was truly shameful,” said Leslie Feldman, 34, a plaintiff in the lawsuit. Marvin Teske, 53, a security guard at a Reno casino, is backing him.', 'Marvin Teske', 'security guard at a Reno casino'],
    ['a whip is a post ("Senate Minority Whip Dick Durbin")', '“It takes an election,” said Senate Minority Whip Dick Durbin (D-Ill.) in an interview.', 'Dick Durbin', 'Senate Minority Whip'],
    ['an apposition without an article naming a body with digits or before a parenthesis ("senior market strategist at 4Cast", "…Electronic Arts (EA)")', '"The dollar moved," said Chris Furness, senior market strategist at 4Cast. Rory Armes, studio general manager for games giant Electronic Arts (EA), agreed.', 'Chris Furness', 'senior market strategist at 4Cast'],
    ['a bare apposition ending before a parenthesis', 'Rory Armes, studio general manager for games giant Electronic Arts (EA), agreed.', 'Rory Armes', 'studio general manager for games giant Electronic Arts'],
    ['guard: an age is no head of a role ("Larry David, playing the 74-year-old Sanders on…")', 'Larry David, playing the 74-year-old Sanders on NBC\'s Saturday Night Live, said so.', 'Larry David', undefined],
    ['a capitalised title set off with the body it serves ("Karen Thomson, Chief Executive of AOL UK,")', '"It is part of home life," said Karen Thomson, Chief Executive of AOL UK, "with many people online."', 'Karen Thomson', 'Chief Executive of AOL UK'],
    ['a title before another\'s name set off is no role ("Karen Thomson, President Obama said")', 'He met Karen Thomson, President Obama said.', 'Karen Thomson', undefined],
    ['a role noun opening the sentence is capitalised there ("Backbencher Stephen Pound said")', 'It was a meeting like no other. Backbencher Stephen Pound said some MPs had threatened to leave.', 'Stephen Pound', 'Backbencher'],
    ['words a cut at an abbreviation leaves hanging go ("…and a former U.S. ambassador" → "…Brookings Institution", Washington Post)', 'said Martin Indyk, executive vice president of the Brookings Institution and a former U.S. ambassador to Israel. “It can’t be repaired.”', 'Martin Indyk', 'executive vice president of the Brookings Institution'],
    ['a clause\'s opening word in capitals is no part of the title ("AS Opposition Leader Bill Shorten", Herald Sun)', 'It posed no risk to national security.\n\nAS Opposition Leader Bill Shorten said in a letter to the PM.', 'Bill Shorten', 'Opposition Leader'],
    ['a capitalised title with two bodies it serves ("Head of Research at ICICI Securities", Moneycontrol)', 'Pankaj Pandey, Head of Research at ICICI Securities, pointed out that this is a stock-specific market.', 'Pankaj Pandey', 'Head of Research at ICICI Securities'],
    ['a role noun before another name in a list is no apposition ("Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and…")', 'Singer-guitarists Tom Johnston and Patrick Simmons, singer-keyboardist McDonald, and multi-instrumentalist John McFee will tour.', 'Patrick Simmons', undefined],
    ['guard: a body\'s name after a preposition and a role noun stays ("head of Brisbane-based game developer Krome Studios")', 'Robert Walsh, head of Brisbane-based game developer Krome Studios, said so.', 'Robert Walsh', 'head of Brisbane-based game developer Krome Studios'],
    ['a commander is a role ("Cheuk Hau-yip, the commander of Kowloon West district,")', 'Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals.”', 'Cheuk Hau-yip', 'commander of Kowloon West district'],
    ['an apposition naming a firm with "&" or a year ("a lawyer at Bailey & Glasser,", "spokeswoman for Gore’s 2000 presidential campaign")', '"Patriot was set up as a liability dump," said Kevin Barrett, a lawyer at Bailey & Glasser, who represents the state.', 'Kevin Barrett', 'lawyer at Bailey & Glasser'],
    ['an age is no part of the role ("a 31-year-old Sanders volunteer in Richland County")', '“We are here to win,” said Bree Maxwell, a 31-year-old Sanders volunteer in Richland County, on Monday.', 'Bree Maxwell', 'Sanders volunteer in Richland County'],
    ['guard: an age and a place are no role ("a 59-year-old from Hilton Head")', '“I never really trusted her,” said Robert Stone, a 59-year-old from Hilton Head, South Carolina.', 'Robert Stone', undefined],
    ['guard: "fellow" alone before a name is the adjective ("persuaded fellow EU members")', 'They persuaded fellow EU members to wait. A research fellow Diane Carr spoke.', 'EU', undefined],
    ['"fellow" after another role word is the post ("research fellow Diane Carr")', 'They persuaded fellow EU members to wait. A research fellow Diane Carr spoke.', 'Diane Carr', 'research fellow'],
    ['the body whose possessive introduces them, an acronym ("NBC’s Dante Chinni", PolNeAR)', 'The debates are not likely to alter the campaign, noted NBC’s Dante Chinni.', 'Dante Chinni', 'NBC'],
    ['the body whose possessive introduces them, by a body\'s word ("The Washington Post\'s Ed O\'Keefe", "Shareholders United\'s Sean Bones")', 'Aides say it will last, The Washington Post\'s Ed O\'Keefe explained. Shareholders United\'s Sean Bones told the BBC.', 'Sean Bones', 'Shareholders United'],
    ['a one-word paper keeps its article, and the run stops at the sentence before ("…for the GOP. As The Post’s Ruth Marcus", PolNeAR)', 'Obstruction would become untenable for the GOP. As The Post’s Ruth Marcus puts it, Obama is trying.', 'Ruth Marcus', 'The Post'],
    ['guard: a role the text gives at another mention comes before the body ("CNN’s Gloria Borger… Gloria Borger, the network’s chief political analyst,")', 'Gloria Borger, the chief political analyst of CNN, spoke first. Later CNN’s Gloria Borger asked again.', 'Gloria Borger', 'chief political analyst of CNN'],
    ['guard: a country\'s possessive is where someone is from ("Britain’s Kelly Holmes", "the UK’s Andrea Arnold")', 'Britain’s Kelly Holmes won again. The UK’s Andrea Arnold won the short film award.', 'Andrea Arnold', undefined],
    ['guard: a place among the words of bodies is no body ("New York City’s", "Ohio State’s")', 'New York City’s Bill Thompson said so. Ohio State’s Ann Lee agreed.', 'Ann Lee', undefined],
    ['guard: a person\'s possessive is a relation, no body ("Hillary Clinton’s Robby Mook")', 'Hillary Clinton’s Robby Mook spoke to reporters.', 'Robby Mook', undefined],
  ])('%s', (_name, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('roleOf, French', () => {
  it.each([
    ['a role in lower case with its complement before the name', "Le ministre de la Santé Olivier Véran a parlé mardi.", 'Olivier Véran', 'ministre de la Santé'],
    ['a role set off by a comma before the name may run longer ("le médecin spécialiste des maladies infectieuses à l\'hôpital de Tourcoing, Olivier Robineau", OrangeSum)', "Un malade infecte 18 personnes, explique au Parisien le médecin spécialiste des maladies infectieuses à l'hôpital de Tourcoing, Olivier Robineau. Il insiste.", 'Olivier Robineau', "médecin spécialiste des maladies infectieuses à l'hôpital de Tourcoing"],
    ['guard: never over a sentence glued on without its stop ("…accusé de violAu sein de ce même gouvernement, Gérald Darmanin", OrangeSum)', "Il a défendu le ministre accusé de violAu sein de ce même gouvernement, Gérald Darmanin a répondu.", 'Gérald Darmanin', undefined],
    ['a role opening a paragraph, set off before the name, leaves its article out ("…présenté.⏎⏎Le ministre de la Santé, Olivier Véran,")', "Le plan a été présenté.\n\nLe ministre de la Santé, Olivier Véran, a défendu la réforme.", 'Olivier Véran', 'ministre de la Santé'],
    ['guard: a clause before the comma is no role ("le ministre a reçu mardi les syndicats à Paris, Jean Dupont")', "Le ministre a reçu mardi les syndicats à Paris, Jean Dupont a parlé ensuite.", 'Jean Dupont', undefined],
    ['a role opening the sentence, set off before the name, in lower case as French writes it ("Patron de la Tengo Frio Surf School, Geoffroy Henno", OrangeSum)', 'Ils regrettent un printemps de vagues incroyables!"Patron de la Tengo Frio Surf School, Geoffroy Henno évoque un certain ras le bol.', 'Geoffroy Henno', 'patron de la Tengo Frio Surf School'],
    ['guard: "Premier ministre" keeps its capital ("le Premier ministre Jean Castex")', 'Le Premier ministre Jean Castex a parlé.', 'Jean Castex', 'Premier ministre'],
    ['a military rank before the name ("le général Hicham Kamal", OrangeSum)', "C'est notre devoir, assure le général Hicham Kamal.", 'Hicham Kamal', 'général'],
    ['a role with "Mgr" between it and the name ("le recteur de la cathédrale Mgr Patrick Chauvet", OrangeSum)', "Pour le recteur de la cathédrale Mgr Patrick Chauvet, c'est une libération.", 'Patrick Chauvet', 'recteur de la cathédrale'],
    ['a trade set off after the name ("Stéphanie Cadillon, bibliothécaire,", OrangeSum)', "C'est notre emblème, a affirmé Stéphanie Cadillon, bibliothécaire, rappelant que c'est le point zéro.", 'Stéphanie Cadillon', 'bibliothécaire'],
    ['an age set off first is no role, and the apposition after it is ("Stéphane Baly, 47 ans, chef de file des Verts", OrangeSum)', "Le danger vient de Stéphane Baly, 47 ans, chef de file des Verts. Il est arrivé en tête.", 'Stéphane Baly', 'chef de file des Verts'],
    ['a role set off before the name, its sentence glued to the one before ("…sur BFMTV.Le maire LR de Nice, Christian Estrosi,", OrangeSum)', "a-t-elle encore plaidé sur BFMTV.Le maire LR de Nice, Christian Estrosi, lui aussi contaminé, a déclaré dimanche.", 'Christian Estrosi', 'maire LR de Nice'],
    ['people at work set off after the name, without their age or a relative clause ("un opérateur réseau de 34 ans qui répare…", "une mère de famille de 55 ans")', "\"On va plus doucement\", commente Anthony Giannelli, un opérateur réseau de 34 ans qui répare une conduite d'eau à Toulouse.", 'Anthony Giannelli', 'opérateur réseau'],
    ['an age set off in a French apposition is no part of the role', "\"Il n'y a plus rien\", estime Roxane Moukarzel, une mère de famille de 55 ans.", 'Roxane Moukarzel', 'mère de famille'],
    ['a role after a possessive ("son avocat Laurent-Franck Lienard", "sa présidente Brigitte Bourguignon")', "\"Il a menti\", a déclaré à l'AFP son avocat Laurent-Franck Lienard.", 'Laurent-Franck Lienard', 'avocat'],
    ['the adjective that makes the role ("le Premier ministre")', 'Le Premier ministre Édouard Philippe a parlé mardi.', 'Édouard Philippe', 'Premier ministre'],
    ['a role whose complement is another role ("secrétaire d\'État auprès du ministre de la Santé")', "Le secrétaire d'État auprès du ministre de la Santé Adrien Taquet a parlé.", 'Adrien Taquet', "secrétaire d'État auprès du ministre de la Santé"],
    ['an apposition after the name', 'Olivier Véran, ministre des Solidarités et de la Santé, a parlé mardi.', 'Olivier Véran', 'ministre des Solidarités et de la Santé'],
    ['a courtesy title is no role ("Me", "M.")', 'Me Renaud Bettcher a plaidé. M. Larcher a répondu.', 'Renaud Bettcher', undefined],
    ['a courtesy title after the role is no part of it ("l\'avocat Me Hervé Corbanesi")', "Selon l'avocat Me Hervé Corbanesi, le dossier est vide.", 'Hervé Corbanesi', 'avocat'],
    ['a ministry\'s name alone is no role ("Santé")', 'Santé Olivier Véran.', 'Olivier Véran', undefined],
    ['not someone else\'s role set off before the name ("la députée…, Sabine Rubin, a interpellé le ministre. Selon Christophe Castaner")', 'La députée LFI de Seine-Saint-Denis, Sabine Rubin, a interpellé le ministre. Selon Christophe Castaner, tout va bien.', 'Christophe Castaner', undefined],
    ['not a role whose "de" the name completes ("la porte-parole de Vinci Autoroutes")', 'Selon la porte-parole de Vinci Autoroutes, le trafic reprend.', 'Vinci Autoroutes', undefined],
    ['a role in the arts or the sciences ("l\'actrice Adèle Haenel", "chercheur à l\'Ifremer")', "L'actrice Adèle Haenel a parlé. Philippe Souchu, chercheur à l'Ifremer, a répondu.", 'Adèle Haenel', 'actrice'],
    ['guard: a relative clause after a role is no role of the name it names ("Wejdene, la chanteuse qui inspire Jean-Luc Mélenchon")', 'Qui est Wejdene, la chanteuse qui inspire Jean-Luc Mélenchon sur TikTok ?', 'Jean-Luc Mélenchon', undefined],
    ['not a verb that looks like a role ("…, juge Steve Tsang"): the role is the one set off after the name', 'La Chine veut faire diversion, juge Steve Tsang, spécialiste de la Chine.', 'Steve Tsang', 'spécialiste de la Chine'],
    ['people at work before the name too ("le docteur Deven Juneja")', "Nous ne savons pas, déclare à l'AFP le docteur Deven Juneja au cours d'une pause.", 'Deven Juneja', 'docteur'],
    ['an indefinite article before the role is no part of it ("une responsable du parti travailliste, Sarah Jones")', 'Il faut obéir aux règles, a souligné une responsable du parti travailliste, Sarah Jones.', 'Sarah Jones', 'responsable du parti travailliste'],
    ['guard: two role words in a row, or joined by "et", are one role ("le commissaire adjoint", "le réalisateur et militant écologiste")', 'Le réalisateur et militant écologiste Cyril Dion a indiqué samedi que le commissaire adjoint Kulwant Singh était là.', 'Cyril Dion', 'réalisateur et militant écologiste'],
    ['people at work set off after the name, with an indefinite article ("Jyoti Ester, une infirmière")', 'Il faut se protéger, témoigne Jyoti Ester, une infirmière. Elle travaille à Delhi.', 'Jyoti Ester', 'infirmière'],
    ['a role noun after "ex-" ("l\'ex-ministre Patrick Kanner"), not one of another person set off before it ("avec la maire, l\'autre figure lilloise du PS,")', "Récemment réconcilié avec la maire, l'autre figure lilloise du PS, l'ex-ministre Patrick Kanner entend aider Martine.", 'Patrick Kanner', 'ex-ministre'],
    ['a role set off that runs long and ends before a parenthesis ("…, secrétaire local du syndicat Force Ouvrière (FO)")', 'Les établissements sont des passoires, explique Thibault Capelle, secrétaire local du syndicat Force Ouvrière (FO) à Paris.', 'Thibault Capelle', 'secrétaire local du syndicat Force Ouvrière'],
  ])('%s', (_name, text, name, role) => {
    expect(roleOf(text, name, text.length, 'fr')).toBe(role);
  });
});

describe('roleOf, Spanish, Italian, Portuguese and Dutch', () => {
  it.each([
    ['es: a role set off by a comma before the name, at a sentence\'s start ("El ministro de Economía, Carlos Cuerpo,")', 'es', 'El ministro de Economía, Carlos Cuerpo, defendió este martes la reforma.', 'Carlos Cuerpo', 'ministro de Economía'],
    ['es: a longer role set off before the name ("La portavoz del Partido Popular, Ester Muñoz,")', 'es', 'La portavoz del Partido Popular, Ester Muñoz, respondió a la ministra.', 'Ester Muñoz', 'portavoz del Partido Popular'],
    ['es: two roles joined by "y" are one ("La vicepresidenta segunda y ministra de Trabajo, Yolanda Díaz,")', 'es', 'La vicepresidenta segunda y ministra de Trabajo, Yolanda Díaz, ha defendido la medida.', 'Yolanda Díaz', 'vicepresidenta segunda y ministra de Trabajo'],
    ['es: a role set off after the name ("Carlos Cuerpo, ministro de Economía,")', 'es', 'Carlos Cuerpo, ministro de Economía, defendió la reforma.', 'Carlos Cuerpo', 'ministro de Economía'],
    ['es: the adjective that makes the role ("el primer ministro")', 'es', 'Lo anunció el primer ministro Luís Montenegro en Lisboa.', 'Luís Montenegro', 'primer ministro'],
    ['es: a relative clause is no part of a role set off after the name ("Ana López, la abogada que defendió…")', 'es', 'Ana López, la abogada que defendió al acusado, habló ayer.', 'Ana López', 'abogada'],
    ['guard: es: a clause before the name is no role ("el ministro recibió ayer a Carlos Cuerpo")', 'es', 'El ministro recibió ayer a Carlos Cuerpo en Madrid.', 'Carlos Cuerpo', undefined],
    ['it: a role with its complement before the name ("Il ministro dell\'Economia Giancarlo Giorgetti")', 'it', "Il ministro dell'Economia Giancarlo Giorgetti ha difeso i conti.", 'Giancarlo Giorgetti', "ministro dell'Economia"],
    ['pt: a trade before the name ("o técnico Tite", Folha)', 'pt', 'Após rechaçar um encontro, o técnico Tite declarou que errou.', 'Tite', 'técnico'],
    ['pt: a hyphenated role ("O secretário-geral da CGTP, Tiago Oliveira,")', 'pt', 'O secretário-geral da CGTP, Tiago Oliveira, disse à Lusa que não.', 'Tiago Oliveira', 'secretário-geral da CGTP'],
    ['pt: a role set off before the name ("O ministro da Fazenda, Fernando Haddad,")', 'pt', 'O ministro da Fazenda, Fernando Haddad, apresentou o plano.', 'Fernando Haddad', 'ministro da Fazenda'],
    ['nl: a title joined to what it heads, opening the sentence, in lower case ("Oppositieleider Frans Timmermans")', 'nl', 'Oppositieleider Frans Timmermans reageerde kritisch.', 'Frans Timmermans', 'oppositieleider'],
    ['nl: a title joined by hyphens to the party it heads keeps the party\'s capitals ("GroenLinks-PvdA-leider Frans Timmermans", "Aedes-voorzitter Martin van Rijn")', 'nl', 'GroenLinks-PvdA-leider Frans Timmermans reageerde. Aedes-voorzitter Martin van Rijn zegt het ook.', 'Martin van Rijn', 'Aedes-voorzitter'],
    ['nl: a title after two hyphenated names ("GroenLinks-PvdA-leider")', 'nl', 'GroenLinks-PvdA-leider Frans Timmermans reageerde kritisch.', 'Frans Timmermans', 'GroenLinks-PvdA-leider'],
    ['nl: a title with its complement, the name after it ("Minister van Financiën Eelco Heinen")', 'nl', 'Minister van Financiën Eelco Heinen presenteerde dinsdag de begroting.', 'Eelco Heinen', 'minister van Financiën'],
  ])('%s', (_name, lang, text, name, role) => {
    expect(roleOf(text, name, text.length, lang)).toBe(role);
  });
});

describe('roleOf, German', () => {
  it.each([
    ['a title set off after the name, with what it heads ("Oskar Lafontaine, Fraktionschef der Linkspartei,")', 'Oskar Lafontaine, Fraktionschef der Linkspartei, sprach sich dagegen aus.', 'Oskar Lafontaine', 'Fraktionschef der Linkspartei'],
    ['a compound title before the name ("der ödp-Spitzenkandidat Bernhard Suttner")', 'Für Aufsehen sorgte der ödp-Spitzenkandidat Bernhard Suttner (59).', 'Bernhard Suttner', 'Spitzenkandidat'],
    ['guard: a place set off after the name is no role ("Anna Weber, Berlin,")', 'Anna Weber, Berlin, schrieb einen Brief.', 'Anna Weber', undefined],
  ])('%s', (_name, text, name, role) => {
    expect(roleOf(text, name, text.length, 'de')).toBe(role);
  });
});

describe('courtesyApposition', () => {
  it.each([
    ['an apposition after the surname and a courtesy title, as later mentions are written ("said Mr. Reeves, a senior fellow at…", New York Times)', 'Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled. “There is no reason to believe it,” said Mr. Reeves, a senior fellow at the François-Xavier Bagnoud Center, on Monday.', 'Eric Reeves', 'senior fellow at the François-Xavier Bagnoud Center'],
    ['not when another of that surname is named ("Mr. Clinton" beside Bill and Hillary Clinton)', 'Bill Clinton spoke. Hillary Clinton spoke. “There is no reason,” said Mr. Clinton, a former president, on Monday.', 'Bill Clinton', undefined],
    ['an age in the apposition is no part of the role ("Ms. Maxwell, a 31-year-old Sanders volunteer,")', 'Bree Maxwell knocked on doors. “We are here to win,” said Ms. Maxwell, a 31-year-old Sanders volunteer in Richland County, on Monday.', 'Bree Maxwell', 'Sanders volunteer in Richland County'],
  ])('%s', (_name, text, name, role) => {
    expect(courtesyApposition(text, name)).toBe(role);
  });
});
