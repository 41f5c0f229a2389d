// Whether a quotation goes on with the previous one's speaker: what stands between them and who else speaks there.
import type { Gender } from './attribution';
import { firstSentenceLength, lastSentenceStart, sentencesOf } from './names';
import type { People, PersonMention } from './people';
import { mentionsBetween } from './mentions-between';
import { hasWholeWord, wholeWordPositions } from './whole-word';
import { startsLowerCase } from './quote-shape';
import { endsParagraph } from './quote-context';
import type { Merged } from './quote-candidates';
import { lastWordOf } from './last-word';

/**
 * Whether nothing stands between two quotations but the first one's attribution, if it comes after it, and at most one
 * paragraph break: no name, no other words of a story ("…,” he said. ¶ “…” or "…,” he said. He added: “…"). The first one's
 * speaker, when given, may be named there ("…", a confirmé Claude Chirac. "…", a-t-elle expliqué).
 */
export function onlyAttributionBetween(text: string, lastEnd: number, open: number, speaker?: string): boolean {
  // (A question put to the speaker opening the sentence names only what they were asked about: "Asked about her own vote in the
  // event that Clinton faces Trump…, she replied: “…”".)
  let between = text.slice(lastEnd, open).replace(ASKED_ABOUT, '').replace(/(?<![\p{L}])(?:He|She)(?![\p{L}])/gu, '');
  if (speaker) between = between.replace(nameWords(speaker), '');
  return between.length < 60 && !/\p{Lu}/u.test(between) && !/\n\s*\n[^]*\n\s*\n/u.test(between) && (between.match(/[.!?]/gu) ?? []).length <= 1;
}

// "Asked about…, ", "Asked whether…, " opening a sentence, before the pronoun that answers.
const ASKED_ABOUT = /(?<=^|[.!?"”’]\s+|\n\s*)Asked\s+(?:about|whether|if|what|why|how|when|who)\s[^.!?\n"“”]*,\s*(?=(?:he|she)\s)/u;

/** The words of a speaker's name, each whole, with a title or an initial's dot before it ("M. Dupont", "Sen. Ted Cruz"). */
function nameWords(speaker: string): RegExp {
  const words = speaker.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}{0,3}\\.\\s*)?(?:${words.join('|')})(?![\\p{L}])`, 'gu');
}

/** Whether the quotation ending at `lastEnd` is in the sentence before the one opening at or before `open`, or in that one. */
export function quotedInSentenceBefore(text: string, lastEnd: number, open: number): boolean {
  const sentence = lastSentenceStart(text, open);
  return lastEnd >= 0 && lastEnd > lastSentenceStart(text, sentence) - 1;
}

/** Whether someone other than `speaker` is said to speak between two positions ("“…,” said Zeldin, but Sen. Rand Paul told reporters… “…”"). */
export function otherSpeaksBetween(people: People, from: number, to: number, speaker: string): boolean {
  return mentionsBetween(people.mentions, from, to).some((m) => m.speaks && m.name !== speaker);
}

/**
 * Whether someone other than `speaker` speaks, or is a sentence's subject, in a sentence after the one the
 * quotation ending at `from` belongs to (its attribution may name others who speak: "…,” Trump assured Jones,
 * after Jones assured Trump…"). A quotation closing on a full stop ends its sentence ("…age.” The other…").
 * Not someone the next quotation talks about ("Simon Taylor looks certain to go…. “…Simon Taylor is an outstanding player…”").
 */
export function otherSpeaksInLaterSentence(text: string, people: People, from: number, to: number, speaker: string, quotation: string): boolean {
  return mentionsBetween(people.mentions, from, to).some(
    (m) => m.name !== speaker && lastSentenceStart(text, m.end) >= from && (m.speaks || isSentenceSubject(text, m)) && !hasWholeWord(quotation, lastWordOf(m.name)),
  );
}

// What may open a sentence before its subject: a connective, capitalised words and a few role words ("And Scotland forward
// Simon Taylor", "Liberal Democrat foreign affairs spokesman Menzies Campbell"), never a clause ("And it threw Santilli").
// Stricter than the resolver's isSubjectLead, which lets any lower-case word but a verb of saying stand there: here the
// subject ends another speaker's turn, so a name inside a clause must not. An opening phrase closed by a comma may come
// first: "Reprochant à Athènes de…, Recep Erdogan a affiché un air de défiance".
const SUBJECT_OPENING = /^\s*(?:[^,.;:!?“”"«»]{1,100},\s+)?(?:(?:And|But|Meanwhile|However|Now|Then|Yet|Also)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|former)\s+)*(?:(?!(?:it|he|she|they|we|you|this|that|was|is|has|had|were|are|and|or|but|to|for|with|by|from|at|in|on|as|after|before|when|while)\s)\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

/** Whether a mention opens its sentence as its subject, before a lower-case verb ("Betsy Ebeling shook her head."). */
function isSentenceSubject(text: string, m: PersonMention): boolean {
  // m.end: a sentence opening at m.start would read as the one before's.
  return /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)) && SUBJECT_OPENING.test(text.slice(lastSentenceStart(text, m.end), m.start));
}

/** Whether the quotation ending at `end` is a question its sentence says was asked ("?” Borger asked."), not a speaker's own rhetorical one. */
export function isAskedQuestion(text: string, end: number, open?: number): boolean {
  if (text[end - 1] !== '?') return false;
  // Asked after the words ("“…?” she asked") or, given where they open, right before them ("Labour's Jess Phillips asked: “…?”").
  const askedAfter = /^["”’»]?[^.!?\n“"]{0,60}?(?<![\p{L}])(?:asked|asks|wondered|inquired)(?![\p{L}])/u.test(text.slice(end, end + 80));
  return askedAfter || (open !== undefined && ASKED_BEFORE.test(text.slice(Math.max(0, open - 40), open)));
}
const ASKED_BEFORE = /(?<![\p{L}])(?:asked|asks|wondered|inquired)(?:\s+(?:him|her|them|the\s+\p{Ll}+))?\s*[:,]\s*$/u;

/**
 * Whether every sentence between a quotation's attribution and the next quotation goes on about its speaker, a pronoun of
 * the speaker's gender its subject ("…," said Sara Walker…. An immigrant from Uganda, she plans to cast her first ballot
 * for Hillary Clinton…. "…"): the next quotation is theirs too. (That no one else named there speaks or is a subject is
 * the caller's otherSpeaksInLaterSentence.)
 */
export function stillAboutSpeaker(text: string, lastEnd: number, open: number, gender: Gender): boolean {
  if (gender === null) return false;
  // The first piece is the rest of the attribution's sentence; the others are the sentences between.
  const sentences = sentencesOf(text.slice(lastEnd, open)).slice(1).filter((t) => t.trim() !== '');
  const theirs = gender === 'f' ? /(?:^|[\s,])[Ss]he\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u : /(?:^|[\s,])[Hh]e\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
  const other = gender === 'f' ? /(?<![\p{L}])(?:[Hh]e|[Hh]is|[Hh]im|[Tt]hey)(?![\p{L}])/u : /(?<![\p{L}])(?:[Ss]he|[Hh]er|[Tt]hey)(?![\p{L}])/u;
  return sentences.length > 0 && sentences.every((t) => theirs.test(t) && !other.test(t));
}

/** Whether someone is named between two positions of the text. */
export function namedBetween(people: People, from: number, to: number): boolean {
  return mentionsBetween(people.mentions, from, to).length > 0;
}

/**
 * A partial quotation in the sentence right after a quotation's, when that sentence opens on "That" or
 * "This" (what was just said) and no verb of saying: "“She’s still got the best friends that she had in
 * grade school,” Bill Clinton has said while stumping for his wife. That makes her “by definition a
 * trustworthy, reliable good person…”" goes on with his words.
 */
export function partialAboutQuoteBefore(text: string, lastEnd: number, open: number, start: number, verb: RegExp): boolean {
  if (!startsLowerCase(text.slice(start, start + 2))) return false;
  const sentence = sentenceRightAfter(text, lastEnd, open);
  if (sentence < 0 || !/^(?:That|This)\s+\p{Ll}/u.test(text.slice(sentence, open))) return false;
  verb.lastIndex = 0;
  return !verb.test(text.slice(sentence, open));
}

/**
 * Where the sentence a quotation opens at `open` starts, when it is the one right after the sentence of a quotation ending at
 * `lastEnd` (one sentence end, no paragraph break, between), else -1.
 */
function sentenceRightAfter(text: string, lastEnd: number, open: number): number {
  const sentence = lastSentenceStart(text, open);
  if (sentence <= lastEnd) return -1;
  const gap = text.slice(lastEnd, sentence);
  return gap.includes('\n') || lastSentenceStart(text, sentence - 1) > lastEnd + 2 ? -1 : sentence;
}

// The subjunctive German news reports speech in ("sei", "werde", "hätte"): not the first person's "ich habe", "ich werde".
const GERMAN_SUBJUNCTIVE = /(?<![\p{L}])(?:sei|seien|könne|müsse|solle|wolle|dürfe|hätte|hätten|wäre|wären|(?<!ich\s)(?:werde|habe))(?![\p{L}])/iu;

/**
 * German: a quotation inside the sentence right after a quotation's, reported in the subjunctive and with no verb of saying
 * of its own, goes on with that speaker's words: "„…“, so Suttner wörtlich. Außerdem hätte der Sender Roßmüller „die
 * Gelegenheit gegeben, …“" (the subjunctive says whose account it is).
 */
export function reportedInSubjunctive(text: string, lastEnd: number, open: number, verb: RegExp): boolean {
  const sentence = sentenceRightAfter(text, lastEnd, open);
  if (sentence < 0 || sentence === open) return false;
  const words = text.slice(sentence, open);
  verb.lastIndex = 0;
  return GERMAN_SUBJUNCTIVE.test(words) && !verb.test(words);
}

/**
 * A paragraph that is nothing but a quotation, right after a paragraph ending with an attributed
 * quotation, goes on with that speaker: “…,” Clinton said. ¶ “So you’ve got this crazy system…”
 * So does one that opens with a quotation and goes on in prose, as news that loses its paragraph
 * breaks does, when a verb of saying attributed the one before ("…,” he said. ¶ “…” Desailly is…);
 * not a roundup's signed quotation ("…” ― Jane Doe ¶ “…”) nor one holding quotations of its own.
 */
export function quoteParagraphAfterQuote(text: string, lastEnd: number, c: Merged, quotation: string, verb: RegExp, previousSpeaker: string): boolean {
  const gap = text.slice(lastEnd, c.open);
  const breakAt = gap.indexOf('\n');
  if (breakAt < 0 || breakAt > 100 || gap.slice(breakAt).trim() !== '') return false; // one paragraph break, a short attribution before it
  if (endsParagraph(text, c.parts[c.parts.length - 1]![1])) return true;
  verb.lastIndex = 0;
  // Not the answer to a question asked ("“Oh? That strict?” Tsukauchi asked. ¶ “She has her moments,” Izuku smiled").
  if (!verb.test(gap) || /["“”«»]/u.test(quotation) || isAskedQuestion(text, lastEnd)) return false;
  // A story's dialogue turns: the sentence after the reply names the one who spoke before, not as its subject ("“…” He looked at Alden's plate").
  const after = text.slice(c.parts[c.parts.length - 1]![1], c.parts[c.parts.length - 1]![1] + 200);
  const next = after.slice(0, firstSentenceLength(after));
  return ![...wholeWordPositions(next, lastWordOf(previousSpeaker))].some((at) => /(?<![\p{L}])\p{Ll}+\s+$/u.test(next.slice(0, at)));
}
