// Who "he said" or "she added" means: the person of the nearby text the pronoun most likely points to, or no one when it is not clear.
import { pronounGender, type Gender } from './attribution';
import type { People, PersonMention } from './people';

/** How far back a pronoun's person is looked for (characters): this paragraph and the one or two before. */
const SCOPE = 700;

// Evidence for a candidate, as points. A wrong name is worse than none: a choice needs MARGIN over
// the next candidate, and a candidate whose gender the text never shows cannot win on recency alone.
const W = {
  subjectHere: 3, // first person named in the quotation's own sentence, before it ("Trump, in Ohio, called… “…,” he said")
  lastSpeaker: 1.5, // who was quoted last keeps speaking ("“…,” Trump said. “…,” he added.")
  latestSaying: 2.5, // the last person said to speak, quoted or not ("Perdue (R-Ga.) said he didn't… ¶ “…,” he said.")
  subjectBefore: 1.5, // first person named in the sentence before
  latest: 1, // the most recent person named
  perMention: 0.25, // how often they are named in the scope (salience), at most 4 mentions
  unknownGender: -2.5, // the pronoun says a gender the text never shows for them
};
const MARGIN = 2;

export interface PronounContext {
  text: string;
  people: People;
  /** The pronoun's gender, when it has one. */
  gender: Gender;
  /** Where the quotation (or its sentence) starts: only what comes before counts. */
  at: number;
  lastSpeaker: string | null;
}

/** The full name "he"/"she" most likely refers to, or null when the text leaves it unclear. */
export function resolvePronoun(ctx: PronounContext): string | null {
  const { text, people, gender, at } = ctx;
  const from = Math.max(0, at - SCOPE);
  const scope = people.mentions.filter((m) => m.start >= from && m.end <= at);
  const sentenceStart = lastSentenceStart(text, at);
  const previousStart = lastSentenceStart(text, sentenceStart - 1);
  const score = new Map<string, number>();
  const add = (name: string | null | undefined, points: number) => {
    if (name) score.set(name, (score.get(name) ?? 0) + points);
  };
  add(subjectOf(text, scope, sentenceStart, at, gender), W.subjectHere);
  add(subjectOf(text, scope, previousStart, sentenceStart, gender), W.subjectBefore);
  add(scope[scope.length - 1]?.name, W.latest);
  add(scope.findLast((m) => m.speaks)?.name, W.latestSaying);
  add(ctx.lastSpeaker, W.lastSpeaker);
  const counts = new Map<string, number>();
  for (const m of scope) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  for (const [name, n] of counts) add(name, W.perMention * Math.min(n, 4));
  const ranked: [string, number][] = [];
  for (const [name, points] of score) {
    const g = people.gender(name);
    if (gender && g && g !== gender) continue; // "she" never means a man the text calls "he"
    ranked.push([name, gender && !g ? points + W.unknownGender : points]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] <= 0) return null;
  if (second && best[1] - second[1] < MARGIN) return null;
  return best[0];
}

// Before a sentence's subject: only capitalised words (titles, a first name: "Secretary of State"), "the", "former", or
// an opening phrase closed by a comma ("In an interview with…, Ham made it clear").
const BEFORE_SUBJECT = /^(?:\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*|the|of|former|then|and|but))*\s*$/u;
// "While Obama had…": a subordinate clause's subject is not the sentence's.
const SUBORDINATE = /^\s*(?:While|When|After|Before|Although|Though|Because|As|If|Since|Unlike|Like|Until|Unless|Once)\s/u;
const COORDINATED = /^\s+(?:and|or|et|und|y|e)\s+\p{Lu}/u;
// A sentence that opens with a pronoun is about whoever the sentence before was about.
const OPENING_PRONOUN = /^\s*(?:(?:But|And|Still|Then|Later|Now),?\s+)?(he|she)(?![\p{L}])/iu;

/**
 * The person a sentence [from, to) is about: a mention in subject position (after nothing but
 * capitalised words, or after the comma closing an opening phrase). A sentence opening with "he" or
 * "she" of the same gender is about the subject of the sentence before it (followed up to 3 sentences back).
 */
function subjectOf(text: string, mentions: PersonMention[], from: number, to: number, gender: Gender, hops = 3): string | null {
  const pronoun = OPENING_PRONOUN.exec(text.slice(from, to));
  if (pronoun) {
    const g = pronounGender(pronoun[1]!);
    if (hops === 0 || (gender && g !== gender) || from === 0) return null;
    return subjectOf(text, mentions, lastSentenceStart(text, from - 1), from, gender, hops - 1);
  }
  let named = false;
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    named = true;
    const lead = text.slice(from, m.start);
    const clause = lead.slice(lead.lastIndexOf(',') + 1);
    if (!BEFORE_SUBJECT.test(clause) || SUBORDINATE.test(clause)) continue;
    // "Tom Reed and Mark Hall met…": a subject of two people says nothing about which one "he" is.
    return COORDINATED.test(text.slice(m.end, m.end + 40)) ? null : m.name;
  }
  // A sentence naming no one ("His audio was quieter…") keeps the topic of the one before.
  if (!named && hops > 0 && from > 0 && /^\s*(?:His|Her)\s/u.test(text.slice(from, to))) return subjectOf(text, mentions, lastSentenceStart(text, from - 1), from, gender, hops - 1);
  return null;
}

// A sentence ends at . ! ? before a capital or an opening mark (not "(R-Ga.) said"), or at a line break.
const SENTENCE_BREAK = /(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Rev|Prof))[.!?]["”’»]?\s+(?=["“‘«]?\p{Lu})|\n/gu;

/** Start of the sentence holding position `at`: just after the last . ! ? (and closing mark) or line break before it. */
function lastSentenceStart(text: string, at: number): number {
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--; // the blank line between paragraphs is no sentence
  const headStart = Math.max(0, at - 400);
  let start = headStart;
  for (const m of text.slice(headStart, Math.max(headStart, at)).matchAll(SENTENCE_BREAK)) start = headStart + m.index + m[0].length;
  return start;
}

// The titles that name each role before a name ("Sen. Bernie Sanders" is "the senator").
const ROLE_TITLES: Readonly<Record<string, string>> = {
  senator: 'Sen\\.|Senator',
  mayor: 'Mayor',
  president: 'President',
  governor: 'Gov\\.|Governor',
  secretary: 'Secretary(?:\\s+of\\s+\\p{Lu}\\p{L}+)?',
  congressman: 'Rep\\.|Representative|Congressman',
  congresswoman: 'Rep\\.|Representative|Congresswoman',
  minister: 'Minister',
  chancellor: 'Chancellor',
};

/** The title, then the name's first words, ending where the mention's surname starts. */
const titledBefore = (role: string) => new RegExp(`(?:${ROLE_TITLES[role] ?? '(?!)'})\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|di|del|le|la)\\s+){0,3}$`, 'u');

/**
 * Who "the mayor" or "the senator" is: the person most recently named before `at` with that role,
 * as a title before their name ("Mayor Bill de Blasio") or in the role the article gives them
 * ("…, the Republican nominee,"). Null when no one named has it.
 */
export function resolveDescription(text: string, people: People, role: string, at: number, roleOf: (name: string) => string | undefined): string | null {
  const title = titledBefore(role);
  for (let i = people.mentions.length - 1; i >= 0; i--) {
    const m = people.mentions[i]!;
    if (m.end > at) continue;
    // The words before the surname, the mention's own included ("Mayor Bill de Blasio").
    const before = text.slice(Math.max(0, m.start - 30), m.end).replace(/\S+$/u, '');
    if (title.test(before) || new RegExp(`(?<![\\p{L}])${role}(?![\\p{L}])`, 'iu').test(roleOf(m.name) ?? '')) return m.name;
  }
  return null;
}
