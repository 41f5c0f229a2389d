// The evidence each candidate for "he said" gets (pronoun-candidates.ts), read from short texts.
import { describe, expect, it } from 'vitest';
import { directQuotes } from '../../../utils/summarize/quotes';
import { FEATURES, pronounCandidates, type PronounContext } from '../../../utils/summarize/pronoun-candidates';

/** The value of `feature` for each candidate of the last "he said" in `text`. */
function evidence(text: string, feature: (typeof FEATURES)[number]): Record<string, number> {
  const contexts: PronounContext[] = [];
  directQuotes(text, 'en', (ctx) => contexts.push(ctx));
  const i = FEATURES.indexOf(feature);
  return Object.fromEntries(pronounCandidates(contexts[contexts.length - 1]!).map((c) => [c.name, c.features[i]!]));
}

describe('pronounCandidates', () => {
  it.each([
    ['a role set off after the name, in the sentence before', 'Bryan Anderson agreed. That worries Dan Crespo, a spokesman for the campaign.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 1 }],
    ['"president of…" without an article', 'Bryan Anderson agreed. That worries Dan Crespo, president of the Florida Black Caucus.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 1 }],
    ['a clause after the name is no role', 'Bryan Anderson agreed. That worries Dan Crespo, who was at the rally.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 0 }],
    ['a role given paragraphs earlier is not this evidence', 'Dan Crespo, a spokesman for the campaign, arrived. Bryan Anderson agreed with him.\n\nThe rally went on into the night.\n\n“No one is writing songs for Hillary this year,” he said.', { 'Bryan Anderson': 0, 'Dan Crespo': 0 }],
  ])('rolePut: %s', (_name, text, expected) => {
    expect(evidence(text, 'rolePut')).toMatchObject(expected);
  });

  it.each([
    ['"The Wisconsin Republican…, but he suggested…": a party member described follows the subject back', 'House Speaker Paul Ryan spoke to CNN about Donald Trump.\n\nThe Wisconsin Republican did give Trump some credit during the interview, but he suggested Trump is no Ronald Reagan.\n\n“We don’t always nominate a Lincoln and a Reagan every four years,” he said.', { 'Paul Ryan': 1, 'Donald Trump': 0, 'Ronald Reagan': 0 }],
    ['"Then there’s Axelrod.": the one the sentence brings on', 'David Axelrod ran the 2008 campaign. Jon Favreau published a column. Barack Obama himself has even made comments supportive of the bid.\n\nThen there’s Axelrod.\n\n“Kind of bewildering as to why the Clinton folks are so explicitly laying out her strategy,” he wrote last October.', { 'Jon Favreau': 0, 'Barack Obama': 0, 'David Axelrod': 1 }],
    ['"Yet there in the back was Garcia": the same, past a place', 'Bernie Sanders spoke to the laborers.\n\nYet there in the back was Agusein Garcia, the grocery store worker.\n\n“This - it\'s like a cheerleading contest,” he said.', { 'Bernie Sanders': 0, 'Agusein Garcia': 1 }],
    ['"aides say Ivanka Trump also advises…": the subject of what others report of her (Washington Post)', 'Sandra Sucher, a Harvard Business School professor, spoke about paid leave. "They know how they manage themselves," Sucher said.\n\nIn addition to paid leave, aides say Ivanka Trump also advises her father on issues such as equal pay.\n\n"Women are paid equally for the work that we do," she said at the convention.', { 'Sandra Sucher': 0, 'Ivanka Trump': 1 }],
    ['an inverted copula brings on its subject ("Across town, … for the Sanders campaign, is Wayne Borders") (Washington Post)', 'Eva Miller called voters for the Clinton campaign.\n\nAcross town, "shouting from the rooftops" for the Bernie Sanders campaign, is Wayne Borders, a 33-year-old canvasser.\n\n"I\'m knocking on doors all over town," he said.', { 'Bernie Sanders': 0, 'Wayne Borders': 1 }],
    ['"Among the speakers was Jane Doe": the same', 'Hillary Clinton spoke first at the rally.\n\nAmong the speakers after her was Jane Doe, a nurse from Ohio.\n\n"We need this law now," she said.', { 'Hillary Clinton': 0, 'Jane Doe': 1 }],
    ['"As for Trump, he said…": the phrase names the subject', 'Ted Cruz warned against a brokered convention.\n\nAs for Donald Trump, he said he’s not worried.\n\n“First of all, I think I’m going to have the delegates, OK?” he said.', { 'Donald Trump': 1, 'Ted Cruz': 0 }],
  ])('recentSubject: %s', (_name, text, expected) => {
    expect(evidence(text, 'recentSubject')).toEqual(expected);
  });

  it.each([
    ['quoted in the paragraph before, no one named since', 'Felipe Calderon spoke to CNBC. “We are not going to pay for such a stupid wall,” Calderon told CNBC on Saturday. He did not stop there.\n\n“The first loser of such a policy would be the United States,” he continued.', { 'Felipe Calderon': 1 }],
    ['someone else who fits named since', 'Felipe Calderon spoke to CNBC. “We are not going to pay for such a stupid wall,” Calderon told CNBC on Saturday.\n\nDonald Trump flew home on Sunday.\n\n“The first loser of such a policy would be the United States,” he said.', { 'Felipe Calderon': 0, 'Donald Trump': 0 }],
    ['quoted three paragraphs back', 'Felipe Calderon spoke to CNBC. “We are not going to pay for such a stupid wall,” Calderon told CNBC on Saturday.\n\nThe wall was a campaign promise.\n\nIt would cost billions.\n\n“The first loser of such a policy would be the United States,” he said.', { 'Felipe Calderon': 0 }],
  ])('quotedJustBefore: %s', (_name, text, expected) => {
    expect(evidence(text, 'quotedJustBefore')).toMatchObject(expected);
  });

  it('a first name alone is the one full name of the scope it opens, not a second candidate ("Thanks Sarah!" is Sarah Palin)', () => {
    // Sarah Jones, far back, leaves "Sarah" to no one full name of the article; of those near, it opens only Sarah Palin's.
    const text = `Sarah Jones retired from the state senate in 2010.\n\n${'The debate went on for weeks. '.repeat(30)}\n\nSarah Palin posted about ISIS on Facebook. Her fans wrote back at once, and Sarah read them that evening.\n\n“When information shows someone comes to America after being in a radical camp, we act,” she wrote.`;
    expect(Object.keys(evidence(text, 'mentions'))).toEqual(['Sarah Palin']);
  });

  it('a name after a common noun\'s "of" is not its sentence\'s subject ("The rise of Bannon gave Beck…")', () => {
    const text = 'Glenn Beck has long opposed Donald Trump. Stephen Bannon now runs the campaign.\n\nThe rise of Bannon gave Beck new impetus to oppose Trump.\n\nHe said he was “truly, gravely concerned about the direction of the country and its future,” on his show.';
    expect(evidence(text, 'subjectHere')).toMatchObject({ 'Stephen Bannon': 0 });
  });

  it('a person whose name opens a place\'s name is still a person when their first name is known ("Ronald Reagan" of "Ronald Reagan High School")', () => {
    const contexts: PronounContext[] = [];
    directQuotes('Students gathered at Ronald Reagan High School on Monday. Years ago, Ronald Reagan opened its new library.\n\n“This school will serve the town for a century to come,” he said.', 'en', (ctx) => contexts.push(ctx));
    expect(pronounCandidates(contexts.at(-1)!).map((c) => c.name)).toContain('Ronald Reagan');
  });

  it('a body named for what it does is no candidate ("the Miami-based Florida Democratic Black Caucus")', () => {
    const contexts: PronounContext[] = [];
    directQuotes('Bryan Anderson agreed. That concerns Henry Crespo, president of the Miami-based Florida Democratic Black Caucus.\n\n“No one is writing songs for Hillary this year,” he said.', 'en', (ctx) => contexts.push(ctx));
    expect(pronounCandidates(contexts.at(-1)!).map((c) => c.name)).not.toContain('Miami-based Florida Democratic Black Caucus');
  });
});
