// Who spoke, read in the text near a quotation rather than in its attribution: the sentence or paragraph before it, a pair
// named after it, a relative; and the checks on whom a description or pronoun is guessed to mean.
import { OPENING_PRONOUN, pronounGender, type Gender } from './attribution';
import { LISTENER_WORDS } from './attribution-patterns';
import { endsWithAbbreviation } from './abbreviations';
import { lastSentenceStart, ROLE_NOUNS, STOP_WITHOUT_SPACE } from './names';
import { pairBefore, type People, type PersonMention } from './people';
import { mentionsBetween } from './mentions-between';
import { isSubjectLead } from './pronoun-candidates';
import { isWholeParagraph, sentenceBefore } from './quote-context';
import { lastWordOf } from './last-word';
import { RELATION_NOUNS } from './person-nouns';

// A sentence's end, not an initial's or an acronym's dot ("an impending U.S. withdrawal").
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu})[.!?]["”’»“]?\s/u;
const GLUED_STOP = new RegExp(STOP_WITHOUT_SPACE, 'u');

/**
 * A quotation that opens a sentence with no attribution of its own, right after a sentence saying
 * what someone said in the same paragraph, is theirs: "…, said Donald Tusk, summing up. “People are
 * concerned…”". Only when no one else is named in a sentence between.
 */
export function saidJustBefore(text: string, people: People, open: number, end: number, verb: RegExp): string | null {
  // A paragraph that is only the quotation goes back to the paragraph before ("Clinton kept her
  // comments hypothetical. ¶ “If any bank can’t be managed effectively, it should be broken up.”").
  const own = text.lastIndexOf('\n', open) + 1;
  const paragraph = own > 0 && isWholeParagraph(text, own, open, end) ? text.lastIndexOf('\n', text.slice(0, own).trimEnd().length - 1) + 1 : own;
  let speaker: PersonMention | undefined;
  for (const m of people.mentions) {
    if (m.end > open) break;
    if (m.start >= paragraph && m.speaks) speaker = m;
  }
  // The subject of the sentence right before, when it reports no words, is whom the words illustrate, whoever spoke earlier
  // in the paragraph ("…,” said Kerr. … since Kerr succeeded Mick McCarthy. Kerr applauded the decisive move. “…”"); not
  // when the words speak of someone in the third person ("Hillary Clinton plans to campaign…. “All she went through…”"),
  // who may be that subject.
  if (paragraph === own) {
    const subject = subjectJustBefore(text, people, paragraph, open, verb);
    if (subject && !(speaker && THIRD_PERSON.test(text.slice(open, end)))) speaker = subject;
  } else if (!speaker) return quotedTopic(text, people, paragraph, own, verb);
  if (!speaker) return null;
  // Names after the speaker in their own sentence are appositions ("…, founder of Iraq and
  // Afghanistan Veterans of America."); a later sentence naming someone else breaks the link.
  const rest = text.slice(speaker.end, open);
  const sentenceEnd = SENTENCE_END.exec(rest);
  const restStart = speaker.end + (sentenceEnd ? sentenceEnd.index + sentenceEnd[0].length : rest.length);
  // A name after a stop that lost its space ("…, une infirmière.Pour Vinita Thakur, …") is in a later sentence too.
  const glued = GLUED_STOP.exec(rest);
  const laterFrom = glued ? Math.min(restStart, speaker.end + glued.index + 1) : restStart;
  const namedAfter = people.mentions.some((m) => m.start >= laterFrom && m.end <= open);
  return namedAfter || SENTENCE_END.test(text.slice(restStart, open)) ? null : speaker.name;
}

/**
 * The one person whose words the sentence right before a quotation reports without quoting them, by a verb of saying,
 * when it names no one else: "Federal mandates are a burden…, said Wilcox, an Orlando Republican who founded…." The
 * quotation after it, "he said", goes on with them (news style: the gist, then the words).
 */
export function reportedJustBefore(text: string, people: People, open: number, verb: RegExp): string | undefined {
  const start = lastSentenceStart(text, open);
  const sentence = text.slice(start, open);
  if (/["“”«»„]/u.test(sentence)) return undefined;
  verb.lastIndex = 0;
  if (!verb.test(sentence)) return undefined;
  const named = mentionsBetween(people.mentions, start, open);
  const speaker = named.find((m) => m.speaks);
  return speaker && named.every((m) => m.name === speaker.name) ? speaker.name : undefined;
}

/**
 * The person a paragraph's last sentence before a quotation opens with, perhaps after a short
 * opening phrase, when that sentence reports no one's words: "On “Face the Nation,” Sen. Bernie
 * Sanders (Vt.) … identified…. “The younger…”".
 */
function subjectJustBefore(text: string, people: People, paragraph: number, open: number, verb: RegExp): PersonMention | undefined {
  const sentence = Math.max(paragraph, lastSentenceStart(text, open));
  // A sentence that says someone said something has its own speaker, who may be no one named ("…, the board writes").
  verb.lastIndex = 0;
  if (verb.test(text.slice(sentence, open))) return undefined;
  const first = people.mentions.find((m) => m.start >= sentence && m.end <= open);
  if (!first) return undefined;
  // Nor is one that quotes words about its subject: "Claude Goasguen “était un ami…”. “C'était une grande voix…”, a écrit…".
  if (/["“”«»„]/u.test(text.slice(first.end, open))) return undefined;
  // Nor one whose subject is a list of people: "Chiara Mastroiani, Lambert Wilson sont notamment passés…".
  if (LIST_OF_NAMES_AFTER.test(text.slice(first.end, first.end + 40))) return undefined;
  const lead = withoutTrailingTitles(text.slice(sentence, first.start).trim());
  return lead === '' || OPENING_PHRASE.test(lead) || BODY_POSSESSIVE.test(lead) || ROLE_LEAD.test(lead) || RELATION_LEAD.test(lead) ? first : undefined;
}
// Whose friend, wife or aide the name is, set off before it: "His friend, Saxon Spence, leader of Devon county Labour group, lays…".
const RELATION_LEAD = new RegExp(`^(?:His|Her|Their|\\p{Lu}[\\p{L}'’-]*['’]s?)\\s+(?:\\p{Ll}+\\s+)?(?:${RELATION_NOUNS}|${ROLE_NOUNS}),$`, 'u');
// A role before the name, its field in lower case: "Former welfare minister Frank Field MP criticised…", "Liberal Democrat
// foreign affairs spokesman Menzies Campbell repeated…".
const ROLE_LEAD = new RegExp(`^(?:(?:\\p{Lu}[\\p{L}.'’-]*|former|the)\\s+){0,4}(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:${ROLE_NOUNS})$`, 'u');
/**
 * The person a paragraph is about when it reports their words and no one else's: its first sentence
 * opens with them, it quotes words, and it names no one else. "In a statement…, presidential nominee
 * Hillary Clinton was more circumspect…. Though she called it “outrageous”…, Clinton restricted comments…"
 */
function quotedTopic(text: string, people: People, paragraph: number, end: number, verb: RegExp): string | null {
  // Words said by someone the paragraph does not name ("…,” she said") may be anyone's.
  verb.lastIndex = 0;
  if (verb.test(text.slice(paragraph, end))) return null;
  const named = mentionsBetween(people.mentions, paragraph, end);
  const topic = named[0];
  if (!topic || named.some((m) => m.name !== topic.name) || !/["“”«»„]/u.test(text.slice(paragraph, end))) return null;
  return lastSentenceStart(text, topic.start) <= paragraph && isSubjectLead(text.slice(paragraph, topic.start)) ? topic.name : null;
}
// Also the other languages' ("De son côté,", "Pour sa part,", "Nach dem Spiel,", "Tras la reunión,").
const OPENING_PHRASE = /^(?:On|In|At|During|After|Before|Later|Meanwhile|But|And|Still|Yet|However|Speaking|De|Du|Pour|Dans|En|Lors|Après|Avant|Mais|Et|Am|Im|Nach|Bei|Por|Tras|Dopo|Per|Nel)\b[^,.]{0,60},["”’]?$/u;
// A third-person pronoun for a person: words that speak of someone else.
const THIRD_PERSON = /(?<![\p{L}])(?:he|him|his|she|her|hers|il|elle|lui|er|sie|ihm|ihr)(?![\p{L}])/iu;
// Another name right after a mention, after a comma or "and": the mention opens a list of people.
const LIST_OF_NAMES_AFTER = /^\s*(?:,|\s(?:and|et|und|y|e))\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;
// A body's possessive before the name: "Iowa State University's Dianne Bystrom agreed."
const BODY_POSSESSIVE = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*['’]s$/u;
/** `s` without the titles it ends with ("On “Face the Nation,” Sen." → "On “Face the Nation,”"). */
function withoutTrailingTitles(s: string): string {
  while (endsWithAbbreviation(s)) s = s.replace(/\S+$/u, '').trimEnd();
  return s;
}

// The words after a quotation's closing mark, up to the end of their sentence (no other quotation between).
const REST_OF_SENTENCE = /^[^.!?\n“”"«»]{0,160}[.!?]/u;

/** Whom "“…,” A and B wrote" means: the two people named together after the quotation ending at `end`, in its sentence; else null. */
export function pairAfter(text: string, people: People, end: number): string | null {
  const from = end + 2; // past the closing mark (and a comma inside it)
  const rest = REST_OF_SENTENCE.exec(text.slice(from));
  const pair = rest ? pairBefore(text, people, from + rest[0].length) : null;
  return pair && rest![0].includes(lastWordOf(pair)) ? pair : null;
}

/**
 * The one other person of `of`'s surname the text names before `at`: whom "the brother of Nordahl Lelandais" is when the
 * story names Sven Lelandais too. None when no one else or two others bear it (which relative is meant is unclear).
 */
export function relativeNamed(people: People, of: string, at: number): string | null {
  const surname = lastWordOf(of);
  const others = new Set(people.mentions.filter((m) => m.end <= at && m.name !== of && m.name.includes(' ') && lastWordOf(m.name) === surname).map((m) => m.name));
  return others.size === 1 ? [...others][0]! : null;
}

// A lone capitalised word opening a sentence as its subject, before its verb: "Cueto was also puzzled", "Woodward believes"
// (SUBJECT_OPENING, in quote-continuation.ts, reads the words before a mention the text already took for a person's).
const LONE_WORD_SUBJECT = /^\s*(?:(?:But|And)\s+)?(\p{Lu}[\p{Ll}'’-]+)\s+(?:also\s+)?(?:was|is|has|had|\p{Ll}+ed|\p{Ll}+s)(?![\p{L}])/u;

/** Whether the sentence before the one a quotation opens has a one-word subject that is no word of `guess`'s name. */
export function otherSubjectBefore(text: string, open: number, guess: string, isStopword: (w: string) => boolean): boolean {
  // At a sentence's first character, lastSentenceStart gives the sentence before it; one right after a quotation
  // ("…?” Borger asked.") is that quotation's attribution, not a story's subject.
  const start = lastSentenceStart(text, open);
  if (/["”’»]\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const subject = LONE_WORD_SUBJECT.exec(text.slice(start, open))?.[1];
  return subject !== undefined && !isStopword(subject.toLowerCase()) && !guess.split(' ').includes(subject);
}

/**
 * The person the sentence right before a quotation, in its paragraph, is about, when that is someone other than `speaker`
 * ("Thomas Tuchel ne cachait pas sa déception. « … », a regretté l'entraîneur", after "L'entraîneur du PSG, Luis Enrique"):
 * a description may as well mean them as the one the article gave that role.
 */
export function otherSubjectJustBefore(text: string, people: People, open: number, speaker: string, verb: RegExp): string | undefined {
  const subject = subjectJustBefore(text, people, text.lastIndexOf('\n', open) + 1, open, verb);
  return subject && !speaker.split(' ').includes(lastWordOf(subject.name)) ? subject.name : undefined;
}

/** Whether the text before `at` introduced someone by that role without a name: "a Bayern spokesman", "an aide", "the prime minister’s spokesman". */
export function introducedUnnamed(text: string, role: string, at: number): boolean {
  const noun = role.split(/\s+/u).pop()!;
  // Not "a spokesman, Jo Lee," nor "a spokesman Jo Lee": those name them.
  return new RegExp(`(?:(?<![\\p{L}])[Aa]n?|\\p{L}['’]s?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${noun}(?![\\p{L}])(?!\\s*,?\\s+\\p{Lu})`, 'u').test(text.slice(Math.max(0, at - 700), at));
}

/** Where the pronoun opening the sentence before a quotation stands ("He met Obama and said, “"), if one of `gender` does. */
export function openingPronounAt(text: string, open: number, gender: Gender): number | undefined {
  const sentence = sentenceBefore(text.slice(text.lastIndexOf('\n', open) + 1, open));
  const m = OPENING_PRONOUN.exec(sentence);
  return m && pronounGender(m[1]!) === gender ? open - sentence.length + m.index + m[0].length - m[1]!.length : undefined;
}

// Whom the speaker talks to, in the words before the quotation: "Speaking to the BBC's Laura Kuenssberg, the chancellor said:",
// "In an interview with CNN's Jake Tapper,", "Asked by Fox News host Sean Hannity whether…".
const LISTENER_BEFORE = new RegExp(String.raw`(?:${LISTENER_WORDS})\s*(?:the\s+|l['’]|la\s+|le\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+)?(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,2}(?:host|anchor|presenter|correspondent|editor|reporter|journalist|interviewer)\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*)`, 'u');

/** The surname of whom the quotation's sentence says the speaker talks to, before its opening mark, if any. */
export function listenerBefore(text: string, open: number): string | undefined {
  const m = LISTENER_BEFORE.exec(text.slice(lastSentenceStart(text, open + 1), open));
  return m ? lastWordOf(m[1]!) : undefined;
}
