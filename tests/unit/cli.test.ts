// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture } from './fixture';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', ...args], { input, encoding: 'utf8' });

/** Writes `text` to a file of its own, as a user would save an article. */
function textFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kq-')), name);
  writeFileSync(file, text);
  return file;
}

/** `keyquote --json` on a text file: each quotation's speaker and role, as a user of the JSON reads them. */
function speakersAndRoles(name: string, text: string): [string | null, string | undefined][] {
  const r = run(['--json', textFile(name, text)]);
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout).quotes.map((q: { speaker: string | null; role?: string }) => [q.speaker, q.role]);
}

describe('keyquote command', () => {
  it('summarizes the bundled sample article with no argument', () => {
    const r = run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(r.stdout).toMatch(/— Donald Trump/);
    expect(r.stdout).toMatch(/— Ihor Klymenko/);
  });

  it('prints JSON with the asked number of key quotes, verbatim from the article', () => {
    const r = run(['--json', '--count', '5', fixturePath('pages/seed-politics.html')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.keyQuotes).toHaveLength(5);
    const html = readFixture('pages/seed-politics.html');
    for (const q of out.keyQuotes) expect(html).toContain(q.text);
  });

  it('summarizes a text file', () => {
    const r = run(['--json', textFile('note.txt', 'The council met on Monday.\n\nIt approved the budget. “We are pleased,” said Mayor Ana Ruiz.\n')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).quotes[0]).toMatchObject({ text: 'We are pleased', speaker: 'Ana Ruiz' });
  });

  it('tells namesakes apart in its quotes, with their roles: Bill Clinton is not Hillary, and his role is found though a headline quotes him first', () => {
    const quotes = speakersAndRoles(
      'clintons.txt',
      'Bill Clinton: “She Is Better Qualified Than I Was When I Ran.”\n\n' +
        'The campaign has sent its best-known surrogates across the Midwest this week, hoping to shore up support among working-class voters before the first debate.\n\n' +
        'Former President Bill Clinton spoke in Ohio on Tuesday, campaigning for his wife, Democratic presidential candidate Hillary Clinton.\n\n' +
        '“She is better qualified than I was when I ran, because of the trouble around the world,” Clinton said.\n\n' +
        'Florida Rep. Debbie Wasserman Schultz agreed. “Do not let the perfect be the enemy of the good,” Wasserman Schultz said.\n',
    );
    expect(quotes).toEqual([
      ['Bill Clinton', undefined], // the headline, well before the story gives him a role
      ['Bill Clinton', 'Former President'],
      ['Debbie Wasserman Schultz', 'Florida Representative'],
    ]);
  });

  it('gives each speaker a clean name and the role the article gives them, and a quotation between two of one speaker to that speaker', () => {
    const quotes = speakersAndRoles(
      'roles.txt',
      'Former Secretary of State Madeleine Albright spoke in New Hampshire on Saturday.\n\n' +
        '“There’s a special place in hell for women who don’t help each other,” Albright said.\n\n' +
        'Actress Rosario Dawson led the crowd later. “Bernie is the one who has been consistent on every issue,” Dawson said.\n\n' +
        '“Cruz appeals to Reagan Democrats on the issues they care about,” Richard Viguerie, a longtime conservative activist, notes.\n\n' +
        'Viguerie is upbeat about Cruz’s chances, in part because he sees Cruz as a uniter.\n\n' +
        '“Not only can Ted Cruz win in November, he’s the one with the best chance of winning.”\n\n' +
        '“He may be the only one because Trump doesn’t unite the party,” Viguerie notes.\n',
    );
    expect(quotes).toEqual([
      ['Madeleine Albright', 'Former Secretary of State'], // "of" joins the title's words
      ['Rosario Dawson', 'Actress'], // a job before the name is a role, not part of the name
      ['Richard Viguerie', 'longtime conservative activist'], // the role given after the quotation
      ['Richard Viguerie', 'longtime conservative activist'], // no cue: between two of his quotations
      ['Richard Viguerie', 'longtime conservative activist'],
    ]);
  });

  it('reads who said what in French and German text files as in English, the language found from the text', () => {
    const fr = speakersAndRoles(
      'article-fr.txt',
      "Le frère de Nordahl Lelandais a accepté de se confier au micro de RTL, deux semaines après les aveux du suspect.\n\n" +
        '"Ce n\'est pas un tueur froid. C\'est loin d\'être un tueur en série comme j\'ai pu le lire".Sven Lelandais va même plus loin, et n\'hésite pas à évoquer l\'irrationalité. "Il y a dû avoir un problème. Je ne sais pas ce qui s\'est passé, mais il a pété un câble", a-t-il ajouté.\n\n' +
        'L\'acteur Lambert Wilson a été contacté pour la première saison de la série. Sachant exactement ce qu\'il veut, Lambert Wilson n\'a pas hésité à faire part de ses envies : "Je voulais complètement assumer cette proposition. Je n\'ai pas dit non au principe."\n',
    );
    expect(fr.map(([speaker]) => speaker)).toEqual([null, 'Sven Lelandais', 'Lambert Wilson']); // a full stop with no space after it; a participle's opening phrase
    const de = speakersAndRoles(
      'artikel-de.txt',
      'Die Gewerkschaft der Polizei kritisiert die Pläne des Innenministers für einen Einsatz der Bundeswehr im Inneren scharf.\n\n' +
        'Der GdP-Vorsitzende Konrad Freiberg wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert: „Was wir brauchen, ist eine Beendigung der Personalkürzungen bei der Polizei und nicht eine Grundgesetzänderung.“\n\n' +
        'Oskar Lafontaine, Fraktionschef der Linkspartei, sprach sich kategorisch gegen den Einsatz aus. Seine Begründung: „Dann holen wir uns den Terrorismus nach Deutschland, und das wollen wir nicht.“\n',
    );
    expect(de.map(([speaker]) => speaker)).toEqual(['Konrad Freiberg', 'Oskar Lafontaine']); // nouns are no subject; a possessive names its owner
  });

  it('gives an organisation’s acronym as the name the article spells out', () => {
    const quotes = speakersAndRoles(
      'exchange.txt',
      'Pan-European stock market Euronext has approached the London Stock Exchange (LSE) about a possible takeover bid.\n\n' +
        '"The approach is at an early stage and therefore does not require a response at this point," LSE said.\n\n' +
        'The International Association of Athletics Federations (IAAF) has suspended both athletes. An IAAF statement said: "The Doping Review Board concluded that the decision is erroneous."\n',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['London Stock Exchange', 'International Association of Athletics Federations']);
  });

  it('gives "he said" to the person, not a place named like one, and a statement to whoever issued it', () => {
    const quotes = speakersAndRoles(
      'vigil.txt',
      'Sen. Chris Murphy spoke at a rally on Monday. He sent his family home and showed up at the firehouse near Sandy Hook Elementary School, where the families waited.\n\n' +
        'In that sense, Sandy Hook wasn’t just a national tragedy, but a personal summons. “This was something different, right, in part because my son just graduated from kindergarten,” he said.\n\n' +
        'In response to the attack, Republican presidential nominee Donald Trump issued the following statement:\n\n' +
        '“Our prayers are with all those affected by the horrible attacks in Munich. This cannot be allowed to continue.”\n',
    );
    expect(quotes).toEqual([['Chris Murphy', 'Senator'], ['Donald Trump', 'Republican presidential nominee']]);
  });

  it('reads British news as it writes names: an outlet quoting someone, an unnamed spokesman\'s "he", a description of capitalised words (BBC dev)', () => {
    const quotes = speakersAndRoles(
      'bbc.txt',
      'Qantas has argued that it needs to make considerable savings if it is to remain competitive. "We\'re going to have to get the lowest cost structure we can," the newspaper quoted Qantas chief executive Geoff Dixon as saying.\n\n' +
        'Andrew Mennear said the poster was offensive. A Labour spokesman denied the campaign was anti-Semitic. "As we said at the time, the report is clear on this," he said.\n\n' +
        'Cueto was also puzzled as to why his try had been disallowed. "I don\'t think I could have been offside, without a doubt," said the Sale player.\n',
    );
    expect(quotes.map(([speaker]) => speaker)).toEqual(['Geoff Dixon', null, null]);
  });

  it('reads who goes on speaking in British news: another speaker between, a first name in the quotation, a firm before a name, a new sentence after a full stop (BBC dev)', () => {
    const speakers = (name: string, text: string) => speakersAndRoles(name, text).map(([speaker]) => speaker);
    const cinema = speakers(
      'cinema.txt',
      '"Access to specialised film is restricted across the UK," said Pete Buckingham, head of the Film Council. Digital prints cost less than a traditional print, said Ms Deans. "It can cost up to £1,500 to make a copy of a print."\n',
    );
    const football = speakers(
      'football.txt',
      'Manchester United manager Sir Alex Ferguson said the absence of Andriy Shevchenko would not make the task easier.\n\n' +
        "Ferguson's own goalscoring talisman Ruud van Nistelrooy is fit again, but the Scot was unsure whether to start the Dutchman.\n\n" +
        '"Ruud is the best striker in Europe. What I have to judge is whether he will struggle," he said.\n',
    );
    const gadgets = speakers(
      'gadgets.txt',
      'The digital revolution is about stories, according to Carly Fiorina, chief of technology giant Hewlett Packard. "The digital revolution is about the democratisation of technology," she told delegates.\n\n' +
        '"I need a leadership team capable of accelerating our results," Mr Ghosn said. "I have full confidence in Toshiyuki Shiga and the team." Nissan also announced a number of other changes.\n',
    );
    // A paragraph opening on a quotation that runs into prose, and a sport's description of the person the story is about.
    const rugby = speakers(
      'rugby.txt',
      'Clive Woodward believes the series in New Zealand will be the ultimate challenge. "Their performance against France was simply awesome," said the Lions coach.\n\n' +
        '"Certain things have been suggested about the potency of their front five." The tour starts in June.\n',
    );
    expect([cinema, football, gadgets, rugby]).toEqual([['Pete Buckingham', 'Deans'], ['Alex Ferguson'], ['Carly Fiorina', 'Ghosn', 'Ghosn'], ['Clive Woodward', 'Clive Woodward']]);
  });

  it('gives no one a description that names another office, party or standing than the one the story gave them ("the government spokesman", "the Conservative leader", "the former president")', () => {
    const text = [
      'Police spokesman John Harris confirmed on Tuesday that three suspects had been arrested in Leeds.',
      '"The government will not give in, the reform will be carried through," the government spokesman said after the cabinet meeting.',
      'Labour leader Keir Starmer visited a factory in Leeds on Tuesday to meet workers and managers.',
      '"We must stay cautious, the economy is still fragile in many regions of the country," the Conservative leader said at a press conference.',
      'President Joe Biden met union leaders at the White House on Tuesday to discuss the strike.',
      '"The economy was stronger when we were in charge, and everyone knows it," the former president said at a rally in Ohio.',
      '"We will keep talking until every worker has a fair deal on the table," Starmer said.',
    ].join('\n\n');
    expect(speakersAndRoles('offices.txt', text).map(([speaker]) => speaker)).toEqual([null, null, null, 'Keir Starmer']);
  }, 60_000);

  it('gives "the councillor" and "the MP" of local news to whom the story titled so (never to one called "MP"), and a family\'s statement to no one called "The"', () => {
    const text = [
      'The city council on Tuesday approved a network of protected cycle lanes across the centre, after a two-hour debate.',
      'Councillor Jane Whitfield, who proposed the plan, said the vote was overdue. "We have waited ten years for this and people have died on these roads," the councillor said.',
      'Opponents argued the lanes would hurt shops. "Our customers come by car and they will stop coming," said Mark Doyle, who runs a bakery on Main Street.',
      'Mayor Tom Reeves backed the plan. "This is the right decision for a safer city," the mayor said after the vote.',
      'Labour MP Jess Phillips welcomed the decision. "Too many families have lost someone on these roads," the MP said.',
      'A cyclist was killed on Main Street last year. The family released a statement on Monday. "He would have been proud of this city today," the statement said.',
    ].join('\n\n');
    expect(speakersAndRoles('cycle-lanes.txt', text)).toEqual([
      ['Jane Whitfield', 'Councillor'],
      ['Mark Doyle', undefined],
      ['Tom Reeves', 'Mayor'],
      ['Jess Phillips', 'Labour MP'],
      [null, undefined],
    ]);
  }, 60_000);

  it('gives a court report\'s and an interview\'s words to whom the story titled, never to the defendant, the interviewer or the paper', () => {
    const text = [
      'Mark Evans, 32, was jailed for six years at Leeds Crown Court on Monday for a fraud against his employer.',
      '"You betrayed the trust of everyone who worked alongside you for years," the judge said.',
      'Prosecutor Amy Hill told the court: "This was a calculated fraud carried out over many years."',
      'Chancellor Rachel Reeves spoke about the case on Tuesday. Speaking to the BBC\'s Laura Kuenssberg, the chancellor said: "Fraud of this kind costs every taxpayer in this country."',
      'The mayor was quoted by the Evening Standard as saying: "Our city will not tolerate fraud in its public services."',
    ].join('\n\n');
    expect(speakersAndRoles('court.txt', text)).toEqual([
      [null, undefined],
      ['Amy Hill', 'Prosecutor'],
      ['Rachel Reeves', 'Chancellor'],
      [null, undefined],
    ]);
  }, 60_000);

  it('reads a text whose paragraphs are parted by single line breaks as paragraphs, so "he told" after a new paragraph is its subject (PolNeAR train)', () => {
    const text = [
      'George Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin.',
      '',
      'UPDATE: 5/12 — The website that originally listed the weapon for auction, GunBroker.com, has removed the listing from its site. It has now been posted on another website, UnitedGunGroup.com. ',
      'PREVIOUSLY:',
      'George Zimmerman is selling the gun he used to kill Trayvon Martin, an unarmed black teenager, during a 2012 confrontation in Sanford, Florida. ',
      '“I’m a free American,” he told Fox 35 in Orlando. “I can do what I like with my possessions.” ',
    ].join('\n');
    expect(speakersAndRoles('zimmerman.txt', text).map(([speaker]) => speaker)).toEqual(['George Zimmerman', 'George Zimmerman']);
    const r = run(['--text', textFile('zimmerman.txt', text)]);
    expect(r.stdout.trim().split('\n\n')).toHaveLength(5);
  }, 60_000);

  it('batch mode answers each good record and reports each bad one on stderr', () => {
    const lines = [
      JSON.stringify({ id: 'a', html: readFixture('pages/seed-politics.html') }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Le maire a parlé. « Nous sommes prêts », a déclaré Jean Dupont.', lang: 'fr' }),
      JSON.stringify({ id: 'c', nothing: true }),
      'bin\u0000ary',
    ].join('\n');
    const r = run(['--jsonl', '-'], lines);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(Object.keys(out[0]).sort()).toEqual(['id', 'keyQuotes', 'lang', 'ms', 'quotes', 'title'].sort());
    expect(out[0].title).toBe('Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict');
    expect(out[1].lang).toBe('fr');
    expect(typeof out[0].ms).toBe('number');
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/line 2: invalid JSON/);
    expect(r.status).toBe(1);
  });

  it('gives a one-line error for a missing file, binary data and an empty file, and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kq-'));
    const bin = join(dir, 'x.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const empty = join(dir, 'blank.txt');
    writeFileSync(empty, ' \n\n \n');
    const r = run([join(dir, 'missing.html'), bin, empty, fixturePath('pages/seed-politics.html')]);
    expect(r.stderr).toMatch(/missing\.html: no such file/);
    expect(r.stderr).toMatch(/x\.html: binary data/);
    expect(r.stderr).toMatch(/blank\.txt: empty file, nothing to summarize/);
    expect(r.stdout).toContain('Trump Sees Progress');
    expect(r.status).toBe(1);
  });

  it('--text prints only the article text: paragraphs and headings separated by a blank line', () => {
    const r = run(['--text', fixturePath('pages/seed-politics.html')]);
    expect(r.status).toBe(0);
    const paragraphs = r.stdout.trim().split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(r.stdout).toContain('“The enemy spared neither drones nor missiles,” Klymenko stated');
    expect(r.stdout).not.toMatch(/Key quotes:|Recent Posts/);
    for (const p of paragraphs) expect(p).not.toMatch(/\n/);
  }, 60_000);

  it('--text keeps an embedded post that the page boxes as social media, in its place, and --json lists its quotation', () => {
    const file = fixturePath('pages/embedded-post.html');
    const paragraphs = run(['--text', file]).stdout.trim().split('\n\n');
    const post = paragraphs.findIndex((p) => p.includes('raise awareness about a crisis'));
    expect(post).toBeGreaterThan(paragraphs.findIndex((p) => p.startsWith('Many readers pointed out')));
    expect(paragraphs[post + 1]).toBe('— Governor Kristi Noem (@govkristinoem) November 18, 2019');
    expect(paragraphs[post + 2]).toMatch(/^According to a report in the Argus Leader/);
    const quotes = JSON.parse(run(['--json', file]).stdout).quotes;
    expect(quotes.map((q: { speaker: string }) => q.speaker)).toEqual(['Kristi Noem']);
  }, 60_000);

  it('batch mode with --text adds "text" and "isArticle" to every record and changes nothing else', () => {
    const lines = [
      JSON.stringify({ id: 'a', html: readFixture('pages/seed-politics.html') }),
      JSON.stringify({ id: 'b', html: '<html><body><nav><a href="/">Home</a> <a href="/x">Log in</a></nav></body></html>' }),
    ].join('\n');
    const plain = run(['--jsonl', '-'], lines).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const out = run(['--jsonl', '-', '--text'], lines).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.isArticle)).toEqual([true, false]);
    expect(out[0].text).toBe(run(['--text', fixturePath('pages/seed-politics.html')]).stdout.trim());
    out.forEach((o, i) => {
      const { text, isArticle, ms, ...rest } = o;
      const { ms: plainMs, ...plainRest } = plain[i];
      expect(typeof text).toBe('string');
      expect(typeof isArticle).toBe('boolean');
      expect(rest).toEqual(plainRest);
    });
  }, 60_000); // three CLI processes: slow on a busy machine
});
