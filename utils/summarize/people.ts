// The people an article names: each mention outside quotations, the full name it refers to, and each person's gender as the text shows it.
import { pronounGender, type Gender } from './attribution-kinds';
import { DAY_AFTER_SUBJECT, PARTICIPLE_WORDS } from './attribution-patterns';
import { firstNameGenderIn } from './first-name-gender';
import { agreementGender } from './agreement-gender';
import { afterItsPlace, fullNameAt, type FullForms } from './full-names';
import { describedMentions } from './described-mentions';
import { FR_ROLES } from './described-role';
import { memoized } from './memo';
import { frenchApposition, frenchAppositionGender } from './roles-fr';
import { roleGenderBefore } from './roles-more-langs';
import { PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';
import { capitalisedRuns, cleanName, GERMAN_COMPOUND_TITLE, isFirstName, OF_COMPLEMENT, isOrganisation, isPersonLike, PARTY_MEMBER, ROLE_NOUNS, TITLES } from './names';

/** One mention of a person: where it is and the full name it refers to ("Trump" → "Donald Trump"). */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  /** The mention is the subject of a reporting verb: "Perdue (R-Ga.) said he…", "said Perdue". */
  speaks: boolean;
  /** The mention is a possessive ("Bill Clinton's hair"): a person named, not the subject of their sentence. */
  possessor?: true;
}

export interface People {
  /** Mentions in text order, none inside a quotation (a name a speaker says is not a speaker). */
  mentions: PersonMention[];
  gender: (name: string) => Gender;
}

// Honorifics and roles that say who is a person, and which gender ("Mr. Trump", "Mrs. Clinton").
const MALE_TITLE = /(?:^|[^\p{L}])(?:Mr|Sir|Lord|King|Prince|Herr|M|Señor|Sr|Signor|Sig|Senhor|Dhr)\.?\s+$/u;
const FEMALE_TITLE = /(?:^|[^\p{L}])(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Frau|Mme|Mlle|Señora|Sra|Signora|Senhora|Mevr)\.?\s+$/u;
const PERSON_TITLE =
  /(?:^|[^\p{L}])(?:Dr|Prof|Rev|Sen|Senator|Rep|Representative|Del|Delegate|Gov|Governor|President|Secretary|Gen|General|Judge|Justice|Mayor|Speaker|Chairman|Chairwoman|Minister|Ambassador|Director|Commissioner|Attorney General|Lt|Col|Capt|Sgt|Adm|Pope|Bishop|Rabbi|Father|Sister)\.?\s+$/u;
// Roles in apposition that say a gender ("Jane Doe, a spokeswoman for…", "his wife, Melania Trump", "Deborah Reynolds - Santilli's girlfriend"); opened by an
// article, the apposition may be longer ("Angelique Brunner, a Miami-based developer and spokeswoman for…"). A role
// written before another name is that name's: "Tenney took down businessman Steve Wells" says nothing of Tenney.
const MALE_ROLE = /^(?:,|\s+[-—–])?\s+(?:(?:a|an|the)\s+(?:(?!(?:of|for|to|with|whose)\s)[\p{L}'’-]+\s+){0,5}?|(?:\p{Lu}\p{Ll}+['’]s\s+)?(?:(?!(?:and|or|whose|his|her|their|with)\s)\p{Ll}+\s+){0,3})(?:congressman|businessman|husband|boyfriend|father|son|brother|actor|anchorman)(?![\p{L}])(?!\s+\p{Lu}\p{Ll})/u;
const FEMALE_ROLE = /^(?:,|\s+[-—–])?\s+(?:(?:a|an|the)\s+(?:(?!(?:of|for|to|with|whose)\s)[\p{L}'’-]+\s+){0,5}?|(?:\p{Lu}\p{Ll}+['’]s\s+)?(?:(?!(?:and|or|whose|his|her|their|with)\s)\p{Ll}+\s+){0,3})(?:spokeswoman|congresswoman|chairwoman|businesswoman|wife|girlfriend|mother|daughter|sister|actress|anchorwoman)(?![\p{L}])(?!\s+\p{Lu}\p{Ll})/u;
// The same roles right before the name: "9/11 widow Terry Strada", "his wife Jane". "Spokesman" and
// "chairman" say no gender: some papers write them for women too ("Trump spokesman Hope Hicks… she said").
// A relation may be set off by a comma: "Along with her husband, Milton Berg, a money manager, she has given…".
const MALE_ROLE_BEFORE = /(?:^|[^\p{L}])(?:(?:congressman|businessman|actor)\s+|(?:husband|boyfriend|father|son|brother|widower),?\s+)$/u;
const FEMALE_ROLE_BEFORE = /(?:^|[^\p{L}])(?:(?:spokeswoman|congresswoman|chairwoman|businesswoman|actress)\s+|(?:wife|girlfriend|mother|daughter|sister|widow),?\s+)$/u;
// French and German say the gender with the article of a title: "le ministre Bruno Le Maire", "la maire Anne
// Hidalgo", "der Minister Horst Seehofer", "die Kanzlerin Angela Merkel" (only a title: "la commission Vincent Dupont" says nothing).
// (The article may open the sentence: "Der Innenminister Horst Seehofer".)
const ARTICLE_TITLE = /(?:^|[^\p{L}'’])([Ll]e|[Ll]a|[Dd]u|[Aa]u|[Dd]er|[Dd]ie)\s+(\p{L}[\p{L}-]+)\s+$/u;

// A French role in lower case, perhaps with its prefix: "le vice-procureur Alexis Mihman", "la sous-préfète Anne Dupont".
const FRENCH_ROLE = new RegExp(`^(?:vice-|sous-)?(?:${FR_ROLES})$`, 'u');

/** The gender the article before a title right before a name says ('m', 'f' or null). */
function articleTitleGender(before: string): Gender {
  const m = ARTICLE_TITLE.exec(before);
  const article = m?.[1]!.toLowerCase();
  // German joins its titles to what they head: "der Innenminister", "die Grünen-Vorsitzende".
  const germanCompound = (article === 'der' || article === 'die') && GERMAN_COMPOUND_TITLE.test(m![2]!);
  if (!m || !(TITLES.has(m[2]!.toLowerCase()) || germanCompound || FRENCH_ROLE.test(m[2]!))) return null;
  // French writes a title in lower case; a capitalised word there is a ministry's ("le ministre de la Santé Olivier Véran").
  if (article !== 'der' && article !== 'die' && /^\p{Lu}/u.test(m[2]!)) return null;
  if (article === 'der') return /in$/u.test(m[2]!) ? null : 'm'; // "der Ministerin": genitive or dative of a woman
  // "die Ministerin"; "die Vorsitzende", an adjective's noun (a plural would end in -n: "die Vorsitzenden").
  if (article === 'die') return /(?:in|e)$/u.test(m[2]!) ? 'f' : null;
  return article === 'la' ? 'f' : 'm';
}
/**
 * The gender a German title right before a name says by its form, with no article: "Gesundheitsminister Karl Lauterbach" is a
 * man, "Bundeskanzlerin Angela Merkel" a woman; an adjective's noun says none without its article ("Grünen-Vorsitzende").
 */
function germanTitleGender(lead: string): Gender {
  const title = /(?:^|[^\p{L}-])(\p{Lu}[\p{L}-]*)\s+$/u.exec(lead)?.[1];
  if (!title || !GERMAN_COMPOUND_TITLE.test(title) || /e$/u.test(title)) return null;
  return /in$/u.test(title) ? 'f' : 'm';
}
const AND_AFTER_CAPITAL = /(\p{Lu}[\p{L}'’-]*)\s+(?:and|&)\s+$/u;
const WHERE_SOMEONE_WORKS = /\p{L}\s+(?:of|at|from)\s+(?:the\s+)?$/u;
const COMPANY_NOUN_BEFORE = /(?:^|[^\p{L}])(?:firm|company|giant|group|retailer|chain|bank|lender|insurer|carrier|airline|manufacturer|supplier|conglomerate|label|brand|consultancy)\s+$/u;
// A name completing a noun ("le gouvernement Jean Castex, dévoilé en juillet", "la maison de Jean Dupont, construite…"): what agrees
// after it may be that noun's.
const COMPLEMENT_BEFORE = /(?:^|[^\p{L}])(?:(?:le|la|les|du|des|au|aux|un|une)\s+\p{Ll}[\p{Ll}-]*|de|du|des|d['’]|à|au|aux|par|pour|avec|contre|sur|chez)\s*$/u;
const IN_THE_PAGES_OF = /(?:^|[^\p{L}])(?:colonnes|pages)\s+(?:de|du|des)\s+(?:(?:la|le|l['’])\s*)?(?:\p{Lu}{2,}\s+)?$/u;
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}'’])(?:de|à|au|aux|en)\s+$|(?:^|[^\p{L}])[Dd]['’]$/u;
const IN_PLACE_BEFORE = /(?:^|[^\p{L}'’])(?:à|en|depuis)\s+$/u;
// (Italian, Spanish and Portuguese articles too, with "of" or alone: "la leader del Pd, Elly Schlein", "el líder de los Verdes";
// not "di", "da" or "a", which also come before a person: "il governo di Meloni", "criticato da Salvini".)
const ARTICLE_BEFORE = /(?:^|[^\p{L}'’])(?:du|des|au|aux|le|la|les|[Ll]a|[Ll]e|[Ll]es|der|die|das|dem|den|[Tt]he|del|della|dello|dei|degli|delle|[Ii]l|[Ll]o|[Gg]li|[Ee]l|[Ll]os|[Ll]as)\s+$|(?:^|[^\p{L}])[Ll]['’]$/u;
// The first third-person subject or possessive pronoun after a mention, in the same sentence, usually
// refers back to it ("him" and an object "her" are left out: "McCaskill scolded him" is about someone
// else; "her husband" counts).
const NEXT_PRONOUN = /(?<![\p{L}])(he|she|his|hers|her(?=\s+(?!(?:to|in|on|at|for|with|and|or|that|the|a|an|as|of|by|from|about|into|over)\s)\p{Ll})|il|elle|er|él|ella|lui|lei|ele|ela|hij|zij)(?![\p{L}])/iu;
// French "il" of an impersonal verb stands for no one: "Véronique Sanson, pour qui, il ne faut pas…", "il y a", "il s'agit".
const IMPERSONAL_IL = /^il\s+(?:ne\s+|n['’])?(?:faut|fallait|faudra|faudrait|y\s+a|y\s+avait|s['’]agit|s['’]agissait|semble|paraît|reste|existe|suffit|vaut|manque)(?![\p{L}])/u;
// …unless another name comes first, or someone's possessive ("Deborah Reynolds - Santilli's girlfriend and co-host on his channel").
const OTHER_NAME = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|(?<![\p{L}])(?!(?:He|She|That|There|What|Who|Here|Where|It|Let)['’])\p{Lu}\p{Ll}+['’]s(?![\p{L}])/u;

// Photo agencies, and the credit line naming one: "Neilson Barnard via Getty Images."
const PHOTO_AGENCIES = '(?:Getty|AP|Reuters|AFP|EPA|Bloomberg|Shutterstock)(?![\\p{L}])';
const PHOTO_AGENCY = new RegExp(`^${PHOTO_AGENCIES}`, 'u');
const PHOTO_CREDIT = new RegExp(`^\\s*(?:via|\\/)\\s*${PHOTO_AGENCIES}`, 'u');

/**
 * Finds the people of `text`. `quoted` lists the quotations' [start, end) ranges, in order;
 * `speakers` are names already known to speak (they count as people even when nothing else says so);
 * `isName` says whether a lone capitalised word is a name in this text.
 * `verb` makes the name before it a speaker (saying or characterising: "Cummings called him…");
 * `saying` the name after it ("…, noted NBC’s Dante Chinni"; never "called on Mr Clarke"); `lang`, the article's language,
 * for the first names whose gender is read in French text only ("Marine" Le Pen).
 */
export function findPeople(text: string, quoted: [number, number][], speakers: ReadonlySet<string>, forms: FullForms, isStopword: (w: string) => boolean, isName: (word: string) => boolean, verb: RegExp, saying: RegExp = verb, lang = ''): People {
  const inQuote = quotedTest(quoted);
  const votes = new Map<string, { m: number; f: number; saysM: boolean; saysF: boolean }>();
  const english = lang === 'en' || lang === '';
  const mentions: PersonMention[] = [];
  const placeHeads = new Set<string>(); // "Sandy Hook" of "Sandy Hook Elementary School"
  const titledNames = new Set<string>();
  // A long text repeats its names: each distinct run is cleaned once, each distinct name judged once.
  const nameOfRun = memoized((run) => cleanName(afterLastTitle(run), isStopword));
  const untitledPersonLike = memoized((name) => isPersonLike(name, isStopword, false));
  const titledPersonLike = memoized((name) => isPersonLike(name, isStopword, true));
  const personLike = (name: string, titled: boolean) => (titled ? titledPersonLike : untitledPersonLike)(name);
  for (const run of capitalisedRuns(text)) {
    const start = run.index!;
    if (inQuote(start)) continue;
    const words = run[0].split(/\s+/u);
    if (words.length >= 3 && isOrganisation(run[0])) for (let k = 2; k < words.length; k++) placeHeads.add(words.slice(0, k).join(' '));
    // "Trump's son" is about the son (but "Christie's been" is Christie); "Sanders campaign manager
    // Jeff Weaver" is about Weaver.
    const next = text.slice(start + run[0].length, start + run[0].length + 40);
    // A possessor of a thing who opens the sentence is still named, someone "he" may mean ("Bill Clinton's hair was whiter… he",
    // "Ban's term… He said"), though neither the sentence's subject ("Trump's misinformation may be…, said Hemsley") nor a speaker.
    const possessor = /['’]s?$/u.test(run[0]) && !HAS_CONTRACTED.test(next);
    // (So is one whose group opens it, no one "he" or "she" could mean instead: "Berg's team now plans a trial. “…,” she said".)
    const namedAsPossessor = possessor && (OWNS_A_THING.test(next) || OWNS_A_GROUP.test(next)) && OPENS_SENTENCE.test(text.slice(Math.max(0, start - 12), start));
    if ((possessor && !namedAsPossessor) || modifiesAName(next)) continue;
    // "Neilson Barnard via Getty Images.": a photo credit names the photographer and the agency, no one in the story.
    if (PHOTO_CREDIT.test(next) || (PHOTO_AGENCY.test(run[0]) && /(?:via|\/)\s*$/u.test(text.slice(Math.max(0, start - 5), start)))) continue;
    const name = afterItsPlace(nameOfRun(run[0]), run[0], text.slice(Math.max(0, start - 8), start));
    if (!name) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    // Where the name starts in the run, past words it held before it ("Because Donald Trump", "The Clinton approach").
    const nameAt = Math.max(0, run[0].indexOf(name));
    const lead = before + run[0].slice(0, nameAt); // the words before the name
    // A lone word after an article is a place, a body or a description: "le SDIS du Var", "La République", "der Bund", "the Texan";
    // also when the article opens the sentence and so the run: "The Clinton approach is…".
    if (!name.includes(' ') && ARTICLE_BEFORE.test(lead)) continue;
    // The rest of a body's name joined by "and", no person: "Institute for Science and International Security wrote" (not the
    // second of a pair, a first name opening it or a person's name before "and": "David Albright and Serena Kelleher-Vergantini",
    // "Prince Harry and Meghan Markle").
    const joinedTo = AND_AFTER_CAPITAL.exec(lead)?.[1];
    if (joinedTo && name.includes(' ') && !isFirstName(name.slice(0, name.indexOf(' '))) && !isFirstName(joinedTo) && !mentions.some((m) => m.name.endsWith(joinedTo))) continue;
    // Words between "the" and a role are whose role it is, no one's name: "The Northern Ireland runner set a new best".
    if (/(?:^|\s)[Tt]he\s+$/u.test(lead) && ROLE_AFTER_RUN.test(next)) continue;
    // "an Orlando Republican", "the Wisconsin Republican": a party member described by their place, no name;
    // so is "African American", "Mexican Americans".
    if (name.includes(' ') && ((/(?:^|\s)(?:an?|the)\s+$/iu.test(lead) && PARTY_MEMBER.test(name.slice(name.lastIndexOf(' ') + 1))) || AMERICANS.test(name))) continue;
    const after = text.slice(start + run[0].length, start + run[0].length + 180);
    const titled = MALE_TITLE.test(before) || FEMALE_TITLE.test(before) || PERSON_TITLE.test(before) || startsWithTitle(run[0], name) || TITLES.has(/(\p{Ll}+)\s+$/u.exec(before)?.[1] ?? '');
    // A surname stands for the full name written before it ("Trump" → "Donald Trump"), else the first written after it, as a quotation's speaker does.
    const full = fullNameAt(forms, name, start) ?? name;
    // A name right after a noun for a firm is the firm's: "technology giant Hewlett Packard", "software firm Sendmail",
    // unless a first name opens it ("investment bank Morgan Stanley" stays ambiguous). Nouns for a person too are
    // left out of the list ("the producer Quincy Jones", "broadcaster David Dimbleby", "film maker Ken Loach").
    if (COMPANY_NOUN_BEFORE.test(lead) && !isFirstName(full.split(' ')[0]!)) continue;
    // "…, dans les colonnes de TV Grandes Chaînes, il confie…": a paper's name, whatever pronoun follows it.
    if (IN_THE_PAGES_OF.test(lead)) continue;
    // A lone word after French "de", "à", "en" is a place: "le conseil municipal de Lyon", "à Paris" (whom "il" never means);
    // not a surname the text gives in full ("le général de Gaulle" is Charles de Gaulle).
    if (!full.includes(' ') && PLACE_PREPOSITION_BEFORE.test(lead)) continue;
    // So are words after "à", "en" or "depuis" that no first name opens: "à Buenos Aires", "depuis Los Angeles" (but "a déclaré à
    // Emmanuel Macron" is someone).
    if (full.includes(' ') && IN_PLACE_BEFORE.test(lead) && !isFirstName(full.split(' ')[0]!)) continue;
    // "Matthew Herren from EduVision told": the body after "from", "of" or "at" is where the subject works, not the subject.
    const subject = !CALENDAR.test(name) && !reportedBy(before, saying) && !WHERE_SOMEONE_WORKS.test(lead) && subjectOfVerb(after, verb, /,\s*$/u.test(before));
    // French "Pour Bruno Le Maire, l'emploi des seniors doit être facilité.": the sentence is their view, as "X estime que…" is.
    const viewOf = VIEW_OF.test(lead) && /^,/u.test(after);
    const speaks = !possessor && (subject || viewOf || (!CALENDAR.test(name) && (afterInvertedVerb(text.slice(Math.max(0, start - 72), start), saying) || (OPENS_SENTENCE.test(lead) && PARTICIPLE_IN_CLAUSE.test(after)))));
    // One who is said to speak is a person ("McLenney said").
    // A lone word that the text capitalises only where sentences open is no name ("Sources told POLITICO").
    // So is a first name alone that the text writes as a name ("Melanie thought the whole thing was outrageous").
    const firstNameAlone = !full.includes(' ') && isFirstName(full) && isName(full);
    // So is a lone name set off by an age or a trade, or after a relation: "Salem, 51 ans, est revenu", "Pour Laetitia, professeure à Paris, …", "Trump's wife, Melania,".
    // So is one a relative "who" follows ("DiCaprio, who lost out on the best actor Bafta to Foxx, will face him again"), not
    // after a preposition or a comma ("the former Attorney General of Delaware, who died", "a nurse from Brownsville, Texas, who").
    const apposedAsPerson = !full.includes(' ') && (PERSON_APPOSITION.test(after) || RELATION_BEFORE.test(lead) || (english && /^,\s+who\s/u.test(after) && !/(?:(?:of|in|from|at|for)\s+|,\s*)$/u.test(lead)));
    // A French role set off after the words says they are a person's name, particle and all ("Geoffroy Roux de Bézieux, président du Medef").
    const roleSetOff = full.includes(' de ') && frenchApposition(after) !== undefined;
    // So is a one-word name opening a sentence whose verb is followed by "her" or "his" for it, naming no one else: "Adele has
    // cancelled the remaining dates of her residency" (a thing's is "its", a team's "their").
    // (The text is read for whether the word is a name last: that scan is the costly test.)
    const mononym = english && !full.includes(' ') && OPENS_SENTENCE.test(lead) && ONE_VERB_THEN_HERS.test(after) && isName(full);
    if (!isPerson(full, titled || firstNameAlone || apposedAsPerson || roleSetOff || mononym || (subject && (full.includes(' ') || isName(full))), speakers, personLike)) continue;
    // The mention starts at the name, not at words the run held before it.
    mentions.push({ start: start + nameAt, end: start + run[0].length, name: full, speaks, ...(possessor ? { possessor } : {}) });
    if (titled) titledNames.add(full);
    const v = votes.get(full) ?? { m: 0, f: 0, saysM: false, saysF: false };
    // The title may open the run itself: "Lord Woolf", "Mrs Thatcher" (the words before the name, not only before the run).
    // The role words are English: French "Anne Hidalgo a annoncé son départ" holds "a … son" and says nothing of her gender.
    const maleRole = english && (MALE_ROLE.test(after) || MALE_ROLE_BEFORE.test(lead));
    const femaleRole = english && (FEMALE_ROLE.test(after) || FEMALE_ROLE_BEFORE.test(lead));
    const strong = MALE_TITLE.test(lead) || maleRole ? 'm' : FEMALE_TITLE.test(lead) || femaleRole ? 'f' : articleTitleGender(lead) ?? roleGenderBefore(lead, lang) ?? (lang === 'de' ? germanTitleGender(lead) : null) ?? (lang === 'fr' ? frenchAppositionGender(after) : null) ?? (COMPLEMENT_BEFORE.test(lead) ? null : agreementGender(after));
    if (strong === 'm') [v.m, v.saysM] = [v.m + 3, true];
    else if (strong === 'f') [v.f, v.saysF] = [v.f + 3, true];
    votes.set(full, v);
  }
  // The pronoun after a mention votes for its gender, unless someone else is named first.
  mentions.forEach((m, i) => {
    let next = i + 1;
    while (next < mentions.length && mentions[next]!.name === m.name) next++;
    const said = pronounAfter(text.slice(m.end, Math.min(m.end + 120, mentions[next]?.start ?? text.length)));
    if (said === 'm') votes.get(m.name)!.m++;
    else if (said === 'f') votes.get(m.name)!.f++;
    // A sentence about someone, then one opening on "She": the text says her gender outright, whatever the
    // lexicon says of the first name ("Walz approaches it a bit more diplomatically. She said…", Marty Walz).
    const pronounNext = OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 12), m.start)) ? SUBJECT_PRONOUN_NEXT.exec(text.slice(m.end, m.end + 200)) : null;
    // "Magistrate Lee Gilmore, who issued the order, said she understood…": whose words the clause reports, by its subject.
    const saidOwn = pronounNext ? null : SAID_OWN_PRONOUN.exec(text.slice(m.end, m.end + 200));
    const outright = pronounNext?.[1] ?? saidOwn?.[1];
    if (outright) {
      const v = votes.get(m.name)!;
      if (outright.toLowerCase() === 'she') [v.f, v.saysF] = [v.f + 3, true];
      else [v.m, v.saysM] = [v.m + 3, true];
    }
  });
  const gender = (name: string): Gender => {
    const v = votes.get(name);
    const first = name.split(' ')[0]!;
    const lexicon = firstNameGenderIn(first, lang);
    // What the article says outright ("9/11 widow Terry Strada", "Mrs. …") wins over the lexicon: first names like Terry are shared.
    // Pronouns alone do not outvote it: "Bill Clinton called her", said of a woman three times, leaves him a man.
    if (v && v.f >= 3 && v.m === 0 && (v.saysF || lexicon !== 'm')) return 'f';
    if (v && v.m >= 3 && v.f === 0 && (v.saysM || lexicon !== 'f')) return 'm';
    // A first name alone is a person the text calls by it ("Melanie said yes"): the lexicon says their gender too.
    if (lexicon) return lexicon;
    if (!v) return null;
    return v.m >= 2 * v.f + 1 ? 'm' : v.f >= 2 * v.m + 1 ? 'f' : null;
  };
  // A name that opens an organisation's or a place's name ("Sandy Hook Elementary School") is that place when nothing
  // says it is a person: no known first name ("Ronald Reagan" of "Ronald Reagan High School" is one), no title,
  // never said to speak, no pronoun after it ("In that sense, Sandy Hook wasn't just…").
  const aPerson = (name: string) =>
    isFirstName(name.slice(0, name.indexOf(' '))) || titledNames.has(name) || votes.get(name)!.m + votes.get(name)!.f > 0 || mentions.some((m) => m.name === name && m.speaks);
  const named = placeHeads.size ? mentions.filter((m) => !placeHeads.has(m.name) || aPerson(m.name)) : mentions;
  // "The home secretary said…" mentions Home Secretary Charles Clarke, for whom "he" may mean.
  const described = describedMentions(text, named, (after) => subjectOfVerb(after, verb, false));
  return { mentions: described.length ? [...named, ...described].sort((a, b) => a.start - b.start) : named, gender };
}

// What a possessive names when it is a thing, not someone of the possessor's: "Clinton's hair", not "Trump's son", "Obama's
// press secretary", "Trump's Virginia state director" (a lower-case word that is no person, relation, role or staff, nor a word
// that opens a role: "Clinton's longtime aide").
const THEIR_PEOPLE = 'wife|husband|son|daughter|father|mother|brother|sister|family|children|kids|friend|partner|girlfriend|boyfriend|fianc[ée]e?|widow|widower|niece|nephew|cousin|uncle|aunt|grandson|granddaughter|grandfather|grandmother|parents|campaign|team|staff|camp|press|communications|running|successor|predecessor|opponent|rival|critic|administration|office|government|party|allies|former|top|longtime|senior|chief|new|then|own';
const OWNS_A_THING = new RegExp(`^\\s+(?!(?:${ROLE_NOUNS}|${PERSON_NOUNS}|${THEIR_PEOPLE})s?(?![\\p{L}]))\\p{Ll}[\\p{L}-]*(?![\\p{L}])`, 'u');
// A group of a person's, which a singular pronoun cannot mean: "Berg's team", "Clinton's campaign", "Obama's advisers".
const OWNS_A_GROUP = /^\s+(?:\p{Ll}+\s+)?(?:team|campaign|staff|family|office|administration|government|party|camp|allies|parents|children|kids|supporters|lawyers|advisers|advisors|aides)(?![\p{L}])/u;
// "Christie's been", "Trump's said": the 's is "has" or "is", not a possessive.
const HAS_CONTRACTED = /^\s+(?:been|not|never|also|got|said|going|told|made|done|had|always|now|still|just|already|long)(?![\p{L}])/u;

// Auxiliaries, and past forms in -ed, never words of a role.
const VERB_FORM = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|does|did|do|says|said|tells|told|\p{Ll}+ed)$/u;

/**
 * Whether the words after a name are a role then another name: "Sanders campaign manager Jeff Weaver",
 * "McConnell spokesman Don Stewart", "Obama consultant Cornell Belcher".
 */
function modifiesAName(after: string): boolean {
  const m = /^\s+(?:(\p{Ll}+)\s+){1,3}\p{Lu}/u.exec(after);
  if (!m) return false;
  const roleWords = after.slice(0, m[0].length - 1).trim().split(/\s+/u);
  // A verb before the role opens the name's own clause: "David Moyes will discipline striker James Beattie", "Mourinho praised striker…".
  if (roleWords.some((w) => VERB_FORM.test(w))) return false;
  const head = roleWords[roleWords.length - 1]!;
  if (TITLES.has(head) || WORKS_FOR.test(head)) return true;
  // A staff's role: "campaign manager", or a head capitalised as a title ("Clinton campaign Chairman John Podesta").
  const capitalisedHead = /^\p{Lu}\p{Ll}+(?=\s+\p{Lu})/u.exec(after.slice(m[0].length - 1))?.[0].toLowerCase() ?? '';
  return STAFF.test(roleWords[0]!) && (roleWords.length > 1 || TITLES.has(capitalisedHead));
}
const STAFF = /^(?:campaign|press|communications|senior|political|policy)$/u;
// A role right after a run, as in "the Northern Ireland runner", "the Real Madrid striker".
const ROLE_AFTER_RUN = new RegExp(`^\\s+(?:${ROLE_NOUNS}|runner|player|striker|midfielder|defender|forward|winger|goalkeeper|keeper|boss|star|international|champion|sprinter|athlete|rider|driver|singer|actor|actress|man|woman)(?![\\p{L}])`, 'u');
// Roles held for someone, titles or not: "Obama consultant", "Trump surrogate" (the role nouns of roles.ts).
const WORKS_FOR = new RegExp(`^(?:${ROLE_NOUNS})$`, 'u');

const AMERICANS = /^\p{Lu}\p{Ll}+ Americans?$/u;

// Between a subject and its verb: a party tag, where they work or come from ("Dan McLaughlin at the National Review agreed",
// "Lee Zeldin of New York, a Trump supporter, said"),
// an age, an apposition set off by commas or dashes ("Hillary Clinton — who’s called for… — lambasting"), a relative "who"
// ("Sen. Dianne Feinstein of California, the ranking Democrat…, who said"; not a plural's "Bush and Christie, who say"),
// an auxiliary or adverb, a day or an occasion ("John Kerry on Monday told reporters").
const BETWEEN = new RegExp(String.raw`^(?:\s*\([^)]{1,20}\))?(?:\s+(?:at|of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*)?(?:\s*,[^,.;:!?]{1,120},|\s*[—–][^—–.;:!?]{1,120}[—–])?(?:\s*,?\s+who(?!\s+(?:say|tell|argue|warn|claim|insist|agree|believe|think|contend|complain|note|write|add|have)\s)(?=\s))?(?:\s+(?:has|had|have|also|later|then|again|would|will|once|previously|recently|repeatedly|has also|had also))*\s+(?:${DAY_AFTER_SUBJECT})?`, 'u');

// A sentence's subject whose clause goes on to a participle of saying speaks, when no one else is named
// first: "Bolton distanced himself from the NeverTrump movement by saying he would be willing…". Not one after
// an article: "The Wisconsin Republican did give Trump some credit…, saying" describes someone.
// A verb right after the subject, then its object's owner "her" or "his" in the same clause: "has cancelled the dates of her…".
const ONE_VERB_THEN_HERS = /^\s+(?:has\s+|had\s+|was\s+|is\s+)?\p{Ll}+(?:ed|s)\s+(?:[^\s,.;:!?"“”]+\s+){0,8}?(?:her|his)(?![\p{L}])/u;
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
// (Not past a clause with a subject of its own: "Mr Blair has failed…, he claimed, saying…" is his, not Blair's.)
const PARTICIPLE_IN_CLAUSE = new RegExp(`^(?:(?!\\p{Lu}\\p{Ll}+\\s+\\p{Lu}|,\\s+(?:he|she|they|we)\\s)[^.!?“”"])*?(?:,|\\sby)\\s+(?:${PARTICIPLE_WORDS})(?![\\p{L}])`, 'u');

// "said Friday", "told reporters Tuesday": days and months are never speakers.
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Whether a mention is the subject of a reporting verb right after it: "Perdue (R-Ga.) said he…". */
function subjectOfVerb(after: string, verb: RegExp, apposed: boolean): boolean {
  // A name set off by commas is followed by the one closing it: "His partner, Lawrence Cummings, called…". (The comma before it
  // may close an opening phrase instead, and the one after it open an apposition: "On Wednesday, Jacques Barrot, vice president
  // of the European Commission, said".)
  return (apposed && after.startsWith(',') && verbAfterName(after.slice(1), verb)) || verbAfterName(after, verb);
}

/** Whether a verb of saying follows the name, past an apposition or after a first predicate. */
function verbAfterName(after: string, verb: RegExp): boolean {
  const long = LONG_APPOSITION.exec(after) ?? UNCLOSED_APPOSITION.exec(after);
  return verbAfterGap(after, verb) || (long !== null && verbAfterGap(after.slice(long[0].length), verb)) || saysInSecondPredicate(after, verb);
}

// The name's own predicate, then "but" or "and" and a second one: "Chuck Williams declined to name the delegates but said…".
// No clause of another subject between ("The album Exodus came out in 1977 and that provided five hits and confirmed…").
const FIRST_PREDICATE = /^\s+\p{Ll}(?:(?!\s(?:that|which|who|it|he|she|they|we)\s)[^.!?;:“”"\n]){0,140}\s(?:but|and)\s+(?:\p{Ll}+ly\s+)?$/u;

const CONJUNCTION = /\s(?:but|and)\s+(?:\p{Ll}+ly\s+)?/gu;

/** Whether a verb of saying opens a second predicate of the name's clause ("declined to name… but said"). */
function saysInSecondPredicate(after: string, verb: RegExp): boolean {
  CONJUNCTION.lastIndex = 0;
  for (let c = CONJUNCTION.exec(after); c; c = CONJUNCTION.exec(after)) {
    const second = c.index + c[0].length;
    verb.lastIndex = 0;
    if (verb.exec(after.slice(second, second + 30))?.index === 0 && FIRST_PREDICATE.test(after.slice(0, second))) return true;
  }
  return false;
}
// An apposition opened by an article whose closing comma was left out: "Sam Lau, the communications director for the Iowa
// Democratic Party said in a statement." (the verb is the first lower-case word after a capitalised one).
const UNCLOSED_APPOSITION = /^\s*,\s*(?:the|a|an)\s[^,.;:!?"“”]{2,100}?\p{Lu}[\p{L}'’-]*(?=\s+\p{Ll})/u;

/** Whether `verb` follows at once, past what may stand between a subject and its verb (BETWEEN). */
function verbAfterGap(after: string, verb: RegExp): boolean {
  const gap = BETWEEN.exec(after);
  if (!gap) return false;
  verb.lastIndex = 0;
  return verb.exec(after.slice(gap[0].length, gap[0].length + 30))?.index === 0;
}
// An apposition opening on a small word may hold commas of its own ("Sandy Phillips, who lost her daughter… in Aurora,
// Colorado, in July 2012, said"); one opening on a name is a list ("Clinton, Sanders, who…, said").
const LONG_APPOSITION = /^\s*,(?=\s*[\p{Ll}\d])(?:[^,.;:!?]{1,120},){2,3}/u;

/**
 * Whether a mention follows a verb that inverts, right after a quotation or comma ("…,” said Perdue");
 * never "told Perdue" (who was told) nor "He said Putin has…" (Putin is what was said).
 */
/** Whether a name is inside what someone said: right after a verb of saying with no comma ("Murphy said Trump continued to…"). */
function reportedBy(before: string, saying: RegExp): boolean {
  const m = /(?<![,"”’»]\s*)(?<![\p{L}])(\p{Ll}+)\s+(?:that\s+)?$/u.exec(before);
  if (!m) return false;
  saying.lastIndex = 0;
  const v = saying.exec(m[1]!);
  return v?.index === 0 && v[0].length === m[1]!.length;
}

function afterInvertedVerb(before: string, verb: RegExp): boolean {
  const m = INVERTED.exec(before.slice(-72));
  if (!m) return false;
  // "…, according to Q magazine editor Paul Rees": the source the words are credited to speaks, as after a verb of saying.
  if (/^(?:according to|selon)$/u.test(m[1]!)) return true;
  verb.lastIndex = 0;
  const v = verb.exec(m[1]!);
  return v?.index === 0 && v[0].length === m[1]!.length;
}
// A verb right after a comma or closing mark, then perhaps an outlet's possessive or a role: "…, noted NBC’s Dante Chinni",
// "…, said Q magazine editor Paul Rees".
const INVERTED = new RegExp(String.raw`[,"”’»]\s*(\p{Ll}+(?:\s+\p{Ll}+)??)\s+(?:\p{Lu}[\p{L}.&-]*['’]s\s+|(?:\p{Lu}[\p{L}.&-]*\s+){0,2}(?:\p{Ll}+\s+){0,2}(?:${ROLE_NOUNS})\s+)?$`, 'u');

// A relation set off before a lone name: "Trump's wife, Melania,", "Her father, Brad, 39," ("his wife Jane" says it without the comma).
const RELATION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${RELATION_NOUNS}),\\s*$`, 'u');
// An age or a trade set off after a name: ", 51 ans,", ", 44,", ", professeure en…", ", une infirmière" (no place or body has one).
const PERSON_APPOSITION =
  /^,\s+(?:\d{1,3}(?:\s+ans)?\s*,|(?:un|une|a|an)\s+\d{1,3}[- ](?:ans|year-old)|(?:un|une)?\s*(?:professeure?|enseignante?|infirmi(?:er|ère)|médecin|étudiante?|retraitée?|lycéenne?|collégienne?|mère|père|agricult(?:eur|rice)|commerçante?|ouvri(?:er|ère)|serveu(?:r|se)|chauffeur|aide-soignante?)(?![\p{L}]))/u;

/**
 * A name is a person's when it is a full name that is no organisation or place ("Trevor Phillips",
 * not "International Rugby Board"), or a single name with a title ("Mr Clarke") or that speaks in the
 * article. Places that look like names ("South Asia") stay candidates; the resolver wants a gender.
 */
function isPerson(name: string, titled: boolean, speakers: ReadonlySet<string>, personLike: (name: string, titled: boolean) => boolean): boolean {
  if (!personLike(name, titled)) return false;
  return name.includes(' ') || titled || speakers.has(name);
}

/** The run after its last title word: "Retired U.S. Air Force Gen. Norman Ham" → "Norman Ham". */
function afterLastTitle(run: string): string {
  const words = run.split(/\s+/u);
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!;
    // "de" in "Bill de Blasio" is no title, nor a middle initial ("Harry M. Reid"; French "M. Macron" opens the run).
    // A title with its complement ("Minister van Financiën Eelco Heinen") is left whole to cleanName, which drops both.
    if (/^\p{Lu}/u.test(w) && TITLES.has(w.replace(/\.$/u, '').toLowerCase()) && !(i > 0 && /^\p{Lu}\.?$/u.test(w))) return words.slice(OF_COMPLEMENT.test(words[i + 1]!) ? i : i + 1).join(' ');
  }
  return run;
}

/** True when cleaning dropped a title from the run's start ("Sen. Marco Rubio" → "Marco Rubio"), not just "In" or "The". */
function startsWithTitle(run: string, name: string): boolean {
  const at = run.indexOf(name.split(' ')[0]!);
  const dropped = run.slice(0, Math.max(0, at)).split(/\s+/u);
  return dropped.some((w) => TITLES.has(w.replace(/\.$/u, '').toLowerCase()));
}

// The rest of a sentence naming no one else, then a sentence opening on "He" or "She".
// "Pour" opening a sentence, right before a name: whose view the sentence gives ("Pour Karine Bonne, c'est…").
// Also after a connective opening the sentence: "Et pour Sven Lelandais, ces deux morts ne peuvent être qu'accidentelles."
const VIEW_OF = /(?:^|[.!?»"”]\s*)(?:(?:Et|Mais|Or)\s+pour|Pour)\s+$/u;
// A name, perhaps its apposition or relative clause, then "said she…": the pronoun opening the reported clause.
const SAID_OWN_PRONOUN = /^(?:\s*,[^,.;:!?]{1,120},)?\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|insisted|explained|argued|acknowledged|admitted)\s+(?:that\s+)?(she|he)\s+\p{Ll}/u;
const SUBJECT_PRONOUN_NEXT = /^[^.!?\n\p{Lu}"“”]{0,150}[.!?]\s+(He|She)\s/u;

/** The gender of the first pronoun after a mention, in its sentence, before anyone else is named. */
function pronounAfter(after: string): Gender {
  let rest = after.slice(0, nextSentenceEnd(after));
  const other = OTHER_NAME.exec(rest);
  if (other) rest = rest.slice(0, other.index);
  const found = NEXT_PRONOUN.exec(rest);
  const pronoun = found && !IMPERSONAL_IL.test(rest.slice(found.index)) ? found[1]!.toLowerCase() : undefined;
  return pronoun ? pronounGender(pronoun === 'his' ? 'he' : pronoun === 'hers' || pronoun === 'her' ? 'she' : pronoun) : null;
}

/** Index just past the first sentence end of `s` (its length when none). */
function nextSentenceEnd(s: string): number {
  const m = /[.!?](?=\s)/u.exec(s);
  return m ? m.index + 1 : s.length;
}

/** A test of whether a position lies inside one of the sorted ranges; positions are asked in increasing order. */
function quotedTest(ranges: [number, number][]): (at: number) => boolean {
  let k = 0;
  return (at) => {
    while (k < ranges.length && ranges[k]![1] <= at) k++;
    return k < ranges.length && ranges[k]![0] <= at;
  };
}

// "Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy": two people named together.
const AND_BETWEEN = /^(?:,[^.;!?“”"]{0,80},)?\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const LISTED_BEFORE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** How far back "they" looks for the two people it means (about this paragraph and the one before). */
const PAIR_SCOPE = 800;

/**
 * Whom "they said" means: the last two people named together ("A and B") before `at`, with no one
 * else named after them; null otherwise (a group, an organisation, anyone the text did not name).
 */
export function pairBefore(text: string, people: People, at: number): string | null {
  const before = lastMentionsBefore(people.mentions, at, 3).filter((m) => m.start >= at - PAIR_SCOPE);
  const second = before[before.length - 1];
  const first = before[before.length - 2];
  if (!first || !second || first.name === second.name) return null;
  // The last two of a longer list ("Matthews, MSNBC's Alex Seitz-Wald and Reuters' Luciana Lopez") are not "they".
  const listed = before[before.length - 3];
  if (listed && LISTED_BEFORE.test(text.slice(listed.end, first.start))) return null;
  return AND_BETWEEN.test(text.slice(first.end, second.start)) ? `${first.name} and ${second.name}` : null;
}

/** The last `n` mentions ending by `at`, in text order (mentions are in text order: found by bisection, not a filter of all). */
function lastMentionsBefore(mentions: PersonMention[], at: number, n: number): PersonMention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return mentions.slice(Math.max(0, lo - n), lo);
}
