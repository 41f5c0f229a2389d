// Word patterns and small helpers shared by the readers of who said a quotation, and by pronoun-candidates, people and pronoun-said-before.
import { isSpaceUnit } from './char-classes';
import { OFFICES_NO_SURNAME, PARTY_MEMBER, ROLE_NOUNS } from './names';
import type { AttributionContext } from './attribution-kinds';
import { DOCUMENT_NOUNS } from './organisations';

/** Whether a verb of saying stands in `s` (a few words after a quotation). */
export function saysBefore(s: string, ctx: AttributionContext): boolean {
  ctx.p.verb.lastIndex = 0;
  return ctx.p.verb.test(s);
}

/** Whether `s` opens on a verb of saying ("told BBC News", "précise que…", "a déclaré"). */
export function opensWithSaying(s: string, ctx: AttributionContext): boolean {
  ctx.p.verb.lastIndex = 0;
  return ctx.p.verb.exec(s)?.index === 0;
}

// Spanish, Italian and Portuguese drop the subject pronoun: a verb alone is "he" or "she" ("«…», explicó.", "Poi ha aggiunto:").
export const PRO_DROP: ReadonlySet<string> = new Set(['es', 'it', 'pt']);

// "“…,” he told Rubio": the one told or asked listens; whoever "he" is, it is not them.
export const TO_SOMEONE = /^(?:told|tells|asked|asks)$/iu;

// Words saying whom the speaker talks to, before that person or medium: "Speaking to the BBC's Laura Kuenssberg", "In an
// interview with CNN's Jake Tapper", "Asked by Fox News host Sean Hannity", "Interrogé par Léa Salamé sur France Inter",
// "Invitée de BFMTV", "Au micro de RTL", "Dans un entretien au Monde".
export const LISTENER_WORDS = String.raw`(?:[Ss]peaking|[Tt]alking)\s+(?:to|with)|[Ii]n\s+an\s+interview\s+with|[Aa]sked\s+by|[Ii]nterrogée?s?\s+par|[Ii]nvitée?s?\s+(?:de|du|sur)|[Aa]u\s+micro\s+(?:de|d['’])|(?:[Dd]ans|[Ll]ors\s+d['’])\s*un\s+entretien\s+(?:avec|à|au)`;

// A person's campaign or office, its owner and noun captured: "Ryan's campaign", "Powell's office".
export const OWNED_BODY_WORDS = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(campaign|office)`;

// "(D-Wis.)", "(R-Fla.)", "(D)": a party or state tag after a name.
// Parties whose acronym follows their members' names in European news (not any acronym: "the UN High Commissioner (UNHCR)" is a body's).
const PARTY_ACRONYMS = 'CDU|CSU|SPD|FDP|AfD|PDS|NPD|ÖVP|SPÖ|FPÖ|Grüne|Linke|PS|LR|RN|LFI|PCF|UMP|UDI|EELV|MoDem|LREM|PSOE|PP|PD|M5S|VVD|PvdA|CDA|SNP|UKIP|DUP';
// "(D-Nev.)", "(R)", a state alone: "Sen. Ted Cruz (Tex.)", and a party's acronym: "Heribert Rech (CDU)", "Olivier Faure (PS)".
export const TAG = String.raw`\s*\((?:[DRI]|[DRI]-[\p{L}. ]{2,16}|\p{Lu}\p{Ll}{1,5}\.|${PARTY_ACRONYMS})\)`;
export const PARTY_TAG = new RegExp(TAG, 'gu');

// A name opening the words before the verb, followed by commas that set off its appositions.
// An opening phrase may come first, an adverb last: "In a panel discussion, Marc Morial, the chief…, forcefully told".
// The appositions may hold an abbreviation's dots: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said"; the name
// may carry its titles ("Former Arkansas Gov. Mike Huckabee, for his part, is labeling").
// A role may come before the name ("Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said"), or a description in
// lower case after "the" or a possessive ("The actor Daniel Radcliffe, who starred alongside him, said he was “…”", "His colleague
// Emma Curtis-Lake, of the University of Hertfordshire, said"; never "of" a body: "the
// foreign minister of France, a permanent member…,", "The remaining members of Korn, who…,").
// Titles whose dot stays inside an apposition: "Trump, flanked by Ohio Gov. John Kasich, said". The apposition may close on a
// title whose quotation marks take its comma, as American style has it: "Kerry Washington, star of television’s “Scandal,” thanked".
const APPOSITION_TITLES = 'Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Jr|Sr|St|Rev|Sec';
// An office and what it is of, before the name: "Former Secretary of State Colin Powell, in hacked emails…, called" (not a peer's
// place, "Lord Nicholls of Birkenhead", nor a member's seat, "the Tory MP for Henley-on-Thames").
const OFFICE_OF = `${OFFICES_NO_SURNAME}|Chancellor|Speaker|Head`;
export const APPOSED = new RegExp(String.raw`^(?:[^,]{1,80},)?\s*(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}(?:(?:${ROLE_NOUNS}|front-runner|presidential|former)\s+){1,2}|(?:[Ff]ormer\s+)?(?:${OFFICE_OF})\s+(?:of|for)\s+(?:the\s+)?(?=(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){2})|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!of\s)\p{Ll}[\p{Ll}-]*\s+){1,3}(?=\p{Lu}))?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,5}\p{Lu}[\p{L}\p{M}'’-]*)\s*,(?:[^.;:!?]|(?<=(?:^|[^\p{L}])(?:\p{Lu}|${APPOSITION_TITLES}))\.){2,160},["”’]?(?:\s+\p{Ll}+ly)?\s*$`, 'u');

/** s.split(/\s+/).length without the array: one more than the runs of white space. */
export function wordsBetweenSpaces(s: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

// An opening phrase of time or place closed by a comma, before a clause's subject: "In a Fox interview later that day, ",
// "After the debate, ", "Later, " (CLAUSE_LEAD reads more openers, for a subject it also reads without one).
// A subordinate clause opens with one of these ("When Wallace died in 1998, President Clinton released…"); its subject is not the sentence's.
export const SUBORDINATORS = String.raw`While|When|After|Before|Although|Though|Even\s+though|Because|As|If|Since|Unlike|Like|Until|Unless|Once|Whereas`;
// A date's year after its comma is still the phrase: "On July 6, 2015, ".
// Also a time before now: "Last year,", "Eight years ago,".
export const OPENING_PHRASE = String.raw`(?:At|In|On|During|Later|Earlier|Then|Last|${SUBORDINATORS}|\p{Lu}\p{Ll}+(?:ing|ant)|\p{Lu}\p{Ll}+(?=\s+(?:years?|months?|weeks?|days?|decades?)\s+ago,))\s[^,]{1,60},(?:\s+\d{4},)?\s*`;

// A pronoun opening a sentence, perhaps after a short opening phrase: "Face à la menace du FN, il se retire", "In an
// interview, he said". Its sentence is about whoever the sentence before was about (pronoun-candidates.ts), and before a
// colon it introduces that person's words.
export const SUBJECT_PRONOUNS = 'he|she|il|elle|er|sie|él|ella|lui|lei|ele|ela|hij|zij';
export const OPENING_PRONOUN = new RegExp(String.raw`^\s*(?:(?:But|And|Still|Then|Later|Now|Mais|Et|Puis|Aber|Und|Pero|Ma|Mas|Maar),?\s+|[^,.;:!?]{1,60},\s*)?(${SUBJECT_PRONOUNS})(?![\p{L}])`, 'iu');

export const OPENING_PREPOSITION = /^(?:Before|After|During|In|On|At|For|From|With|Without|Since|Until|Despite|Under|Over|Unlike|Like|Amid|Among)\s/u;

// Participles whose subject is the clause's: "Clinton mocked the complaint, saying anybody who… “…”".
// Only after a comma or "by" ("She followed that by saying, “…”"): a sentence opening with one ("Claiming the criticism…, Trump told Fox") has its own subject.
export const PARTICIPLE_WORDS = 'saying|adding|arguing|noting|calling|writing|telling|warning|insisting|claiming|declaring|asking|tweeting|explaining|remarking|stating|suggesting|promising|yelling|shouting|joking|quipping|replying|responding|vowing|chiding|urging|boasting|complaining|recalling|admitting|acknowledging|conceding|stressing|cautioning|lamenting';
// After a comma, "by", the document it is in ("issued a statement saying “…”", "sent an email calling"), or "and" after another
// participle or a verb ("…, addressing her as “Hillary” and telling her, “…”").
// The comma may sit inside a closing quotation mark, in American style ("a defense of “New York values,” saying").
export const BEFORE_PARTICIPLE = String.raw`(?:,["”’]?|\s(?:by|upon|and)|\s(?:statement|letter|e-?mail|release|memo|tweet|post|message))`;
// "with" and a name before a participle of saying, its object running up to the quotation ("…, with Gorka noting the absurdity of positioning"),
// a short term quoted in it too ("with Donald Trump tweeting that it was a “disaster” for Clinton and asking,").
// Also after a verb of memory or hearing: "Jones recalled Smith telling him:" (Smith's words, Jones's memory).
export const WITH_NAME_PARTICIPLE = new RegExp(String.raw`(?:^|[\s,])(?:with|recalled|recalls|remembered|remembers|heard|hears)\s+(?:(?:${ROLE_NOUNS}|finance|foreign|prime|interior|defence|defense|home|health)\s+){0,2}((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+ly\s+)?(?:${PARTICIPLE_WORDS})(?![\p{L}])(?:[^.!?“”"]|[“"][^.!?“”"]{1,30}[”"])*$`, 'u');
// Someone else the subject heard or remembers speaking, right before the words, by a description ("Mark Reed recalled his mother,
// Joan, telling him as a boy:", "she heard the officer shout:") or a pronoun ("recalls him saying:"): theirs, not the subject's. The
// description is captured; a name set off after it closes it.
export const HEARD_SPEAKING = new RegExp(String.raw`(?:^|[\s,])(?:recalled|recalls|remembered|remembers|recalling|remembering|heard|hears|hearing)\s+((?:his|her|their|my|our|the|a|an)\s+[^.!?“”"]{1,60}?|him|her|them)\s+(?:\p{Ll}+ly\s+)?(?:${PARTICIPLE_WORDS}|say|tell|shout|yell|ask|scream|whisper|cry|announce|declare)(?:\s+(?:him|her|them|me|us|you))?(?:\s+\p{Ll}+){0,4}\s*$`, 'u');
// A document "that said" reads as one "saying": "Trump released a marketing video that said, “…”".
export const DOCUMENT_THAT_SAID = String.raw`\s(?:${DOCUMENT_NOUNS}|tweet|post|message|video|ad)\s+(?:that|which)\s+(?:said|says|read|reads|stated|states)`;

// The participle may take a short object: "…, telling reporters, “…”".
export const PARTICIPLE_AT_END = new RegExp(`(?:${BEFORE_PARTICIPLE}\\s*(?:${PARTICIPLE_WORDS})|${DOCUMENT_THAT_SAID})(?:\\s+[\\p{L}’'.-]+){0,3}?\\s*[,:]?\\s*$`, 'iu');
// Past tenses without "-ed" that open a clause after its subject: "Carly Fiorina threw her support behind…, saying".
export const IRREGULAR_PAST = 'took|went|made|gave|told|wrote|spoke|came|began|sent|struck|hit|threw|brought|drew|held|kept|led|stood|sought|won|ran|saw|got|broke|shot|swept|thought|paid|met|left|found|felt|became|chose|fought|lost|spent|heard|knew|grew|sold|built|meant|fled';

/** Whether words hold a capitalised word other than a group of people ("to demand wealthy Americans “…”" names no one). */
export function namesAnyone(words: string): boolean {
  return (words.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => !PARTY_MEMBER.test(w));
}

// A description opening a clause: "the", up to three words, and a noun in lower case ("The retired neurosurgeon", "The lawmaker").
export const THE_DESCRIPTION = String.raw`[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*`;
// A description opening the clause, then its past-tense verb: "The retired neurosurgeon has provided…".
export const DESCRIBED_LEAD = new RegExp(String.raw`^\s*(${THE_DESCRIPTION})\s+(?:(?:then|also|later|again)\s+)?(?:(?:has|had|have|was|is)\s+)?(?:\p{Ll}+ed|${IRREGULAR_PAST})(?![\p{L}])`, 'u');

/** A subordinate clause or phrase opening a sentence: its subject is not the sentence's ("While Obama had…, Trump said"). */
export const SUBORDINATE_OPENING = new RegExp(String.raw`^\s*(?:${SUBORDINATORS})\s`, 'u');

// An aside set off by dashes right before the verb: "On Friday, Gingrich — mentioned by Newsmax as the leading choice… — told",
// "Mr Bez - himself a former executive at rival Porsche - said" (a hyphen between spaces is a dash).
export const DASHED_ASIDE_AT_END = /(?<=\p{L})\s+(?:[—–]|--?)\s[^—–]{1,160}?\s(?:[—–]|--?)\s*$/u;

// The name may follow a lower-case word before an abbreviated title: "his niece, state Del. Marcia Price,"; with its titles it may
// run to six words: "The judge, U.S. District Judge Gonzalo Curiel,". The description may end on a body's acronym after a
// lower-case word: "El secretario general de UGT, Pepe Álvarez,", "the president of the NAACP, Derrick Johnson,". The name may
// hold its particles: "A ministra do Trabalho, Maria do Rosário Palma Ramalho,", and go on with an age: "one donor, Margaret Hill, 78,".
export const NAME_SET_OFF = /\p{Ll}(?:\s+\p{Lu}{2,6}){0,2}\s*,\s*(?:\p{Ll}+\s+(?=\p{Lu}\p{L}*\.\s))?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+(?:(?:da|de|do|dos|das|del|di|van|von|der|den)\s+)?){0,5}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s*,\s*\d{1,3})?\s*,\s*$/u;

// "Sen. Chuck Schumer of New York said": the place or body after "of" is not the speaker.
export const OF_AT_END = /\s+of\s+(?:the\s+)?$/u;

// A day or an occasion between the subject and its verb: "Mr Blair on Sunday dismissed…", "Sanders during a Sunday rally thanked…".
export const DAY_AFTER_SUBJECT = String.raw`(?:(?:(?:on|last|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:rally|speech|news conference|press conference|event|debate|hearing|meeting|town hall|interview))\s+`;

// An occasion or a place after a name and before its verb: "at a rally in Iowa", "during a speech in Ohio", "in an interview
// with CNN", "in Ohio", "from the White House" (an occasion ends on a word in lower case, so never "at the Department of Justice";
// a place holds no title, and follows no opening participle: "Speaking in Harrogate Mr Kennedy said").
export const OCCASION_AT_END = /(?<=\p{Lu}[\p{L}\p{M}'’.-]*)\s+(?:(?:at|during|in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{L}-]*(?:\s+(?:in|at|with|on|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s*){1,4})?|(?<!(?:^|\s)\p{Lu}\p{Ll}+ing)(?:in|from)\s+(?:the\s+)?(?:(?!(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Gov|Sen|Rep|President|Prime|Minister|Secretary)(?![\p{L}]))\p{Lu}[\p{L}\p{M}.'’&-]*\s*){1,3})\s*$/u;
