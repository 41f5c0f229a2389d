// Mentions by description: a sentence opening on "The home secretary" mentions whom the article named with that title ("Home Secretary Charles Clarke"),
// one opening on "The 31-year-old" the person the article opens on.
import { spelledOutTitle, TITLES } from './names';
import { mentionsBetween } from './mentions-between';
import type { PersonMention } from './people';

// "The", up to three words, the last a title in lower case, opening a sentence, then its verb or an aside: "The home secretary said",
// "The Tory leader countered", "The home secretary, whose blueprint…". Never "the" inside a sentence ("…the home secretary" may be
// anyone's object).
const DESCRIPTION_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)The((?:\s+[\p{L}-]+){1,4})/gu;
// The same after a clause's comma, in lower case: "…, the campaign manager said".
const CLAUSE_DESCRIPTION = /,\s+the((?:\s+[\p{L}-]+){1,4})/gu;
// How far back the title's holder is looked for (characters): the same story.
const SCOPE = 3000;

/**
 * The mentions a sentence-opening description makes of the one person named before it with that title, right
 * before their name ("Home Secretary Charles Clarke") or in apposition after it ("Charles Clarke, the home
 * secretary"). None where no one, or more than one person, had it. Also the mentions of the person the article opens on
 * by age (AGE_DESCRIPTION). `speaks` says whether a verb of saying follows.
 */
export function describedMentions(text: string, mentions: readonly PersonMention[], speaks: (after: string) => boolean): PersonMention[] {
  const out: PersonMention[] = [];
  // Sentence openings, and after a clause only one that speaks: "when the AP asked Bennett about it, the campaign manager said…".
  for (const [pattern, mustSpeak] of [[DESCRIPTION_OPENING, false], [CLAUSE_DESCRIPTION, true]] as const) {
    for (const m of text.matchAll(pattern)) {
      const words = titleWords(m[1]!.trim().split(/\s+/u));
      if (!words) continue;
      const start = m.index + m[0].length - m[1]!.length - 3; // at "The" or "the"
      const end = start + 4 + words.length;
      const says = () => speaks(text.slice(end, end + 180));
      if (mustSpeak && !says()) continue; // (the cheaper test first: most clauses' "the" is no one speaking)
      const holder = titleHolder(text, mentions, words.toLowerCase(), start);
      if (holder) out.push({ start, end, name: holder, speaks: mustSpeak || says() });
    }
  }
  const lead = leadPerson(text, mentions);
  if (lead) {
    // The ages the text gives by name, read once: a long text describes people by age many times.
    let ages: [string, string][] | null = null;
    for (const m of text.matchAll(AGE_DESCRIPTION)) {
      const start = m.index + m[0].length - m[1]!.length - 4; // at "The"
      const end = m.index + m[0].length;
      if (start > lead.end && !ageGivenToAnother((ages ??= agesBySurname(text)), m[2]!, lead.name)) out.push({ start, end, name: lead.name, speaks: speaks(text.slice(end, end + 180)) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "The 31-year-old" opening a sentence: news describes the person the article opens on by age ("Greek sprinter Kostas Kenteris
// has denied… The 31-year-old insisted he will be happy…"). A nationality is not enough: "The Russian" of a story about Andre
// Agassi is his opponent.
const AGE_DESCRIPTION = /(?:^|[.!?]["”’]?\s+|\n\s*)The\s+((\d+)-year-old)(?=,?\s+\p{L})/gu;

/** Whether the ages the text gives by name (agesBySurname) give this age to someone other than `name` ("Smith, 25,", "25-year-old Smith"). */
function ageGivenToAnother(ages: readonly [string, string][], age: string, name: string): boolean {
  return ages.some(([surname, a]) => a === age && !name.split(' ').includes(surname));
}

// An age right after a name or before it: "Smith, 25,", "25-year-old Smith".
const AGE_BY_NAME = /(\p{Lu}[\p{L}'’-]+),\s+(\d{1,3}),|(\d{1,3})-year-old\s+(?:\p{Ll}+\s+){0,3}(?:\p{Lu}[\p{L}'’-]+\s+)*(\p{Lu}[\p{L}'’-]+)/gu;

/** [surname, age] for each age the text puts right after or before a name ("Smith, 25,", "25-year-old Smith"). */
function agesBySurname(text: string): [string, string][] {
  return [...text.matchAll(AGE_BY_NAME)].map((m) => (m[1] ? [m[1], m[2]!] : [m[4]!, m[3]!]));
}

/**
 * The ages the text gives a person: after or before their name, or by a sentence opening on "The 34-year-old" that
 * mentions them. "the 22-year-old told BBC Sport" is never someone the text made 34.
 */
export function agesOf(text: string, mentions: readonly PersonMention[], name: string): string[] {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  const byName = agesBySurname(text).filter(([s]) => s === surname).map(([, age]) => age);
  const described = mentions.filter((m) => m.name === name).map((m) => /^The\s+(\d+)-year-old/u.exec(text.slice(m.start, m.end))?.[1]);
  return [...byName, ...described.filter((a): a is string => a !== undefined)];
}

/** The person the article opens on: named first, in its first sentence, not as someone's possessor. */
function leadPerson(text: string, mentions: readonly PersonMention[]): PersonMention | null {
  const first = mentions[0];
  const firstStop = text.search(/[.!?](?:\s|$)/u);
  return first && !first.possessor && (firstStop < 0 || first.start < firstStop) ? first : null;
}

/** The words up to the first title not followed by another ("home secretary" of "home secretary said"), or '' when no title is there. */
function titleWords(words: string[]): string {
  const last = words.findIndex((w, i) => TITLES.has(w) && !TITLES.has(words[i + 1] ?? ''));
  return last < 0 ? '' : words.slice(0, last + 1).join(' ');
}

/** The one person named before `at` with the title (lower case, one space between words), or null. */
function titleHolder(text: string, mentions: readonly PersonMention[], title: string, at: number): string | null {
  const holders = new Set<string>();
  for (const m of mentionsBetween(mentions, at - SCOPE, at)) {
    if (isTitleBefore(text.slice(Math.max(0, m.start - 60), m.start), title) || isTitleAfter(text.slice(m.end, m.end + 80), title)) holders.add(m.name);
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

// The title is compared as plain lower-case words, not by a pattern built for each title: a case-blind pattern of
// letters takes a third of a millisecond to build, and a long page meets dozens of titles.

/** Whether the words right before a name are the title: "Home Secretary Charles Clarke", "ex-home secretary Charles Clarke". */
function isTitleBefore(before: string, title: string): boolean {
  const head = before.trimEnd();
  if (head.length === before.length) return false;
  // News abbreviates titles before a name: "Sen. Bernie Sanders" is "the senator".
  const words = head.replace(/\S+$/u, spelledOutTitle).replace(/\s+/gu, ' ').toLowerCase();
  return words.endsWith(title) && !/\p{L}/u.test(words[words.length - title.length - 1] ?? ' ') && !OTHER_STANDING_BEFORE.test(words.slice(0, -title.length));
}
// A word before the title that makes it another post: "shadow chancellor Oliver Letwin" is no "the chancellor", "deputy
// leader" no "the leader". (A former holder still is: "ex-home secretary Charles Clarke… The home secretary said".)
const OTHER_STANDING_BEFORE = /(?:^|[^\p{L}])(?:shadow|deputy|assistant|junior)[\s-]*$/u;

// An apposition of up to eight words set off by a comma and closed by a mark (or the end of what is read).
const APPOSITION = /^\s*,\s*((?:[\p{L}-]+\s+){0,7}[\p{L}-]+)\s*(?:[,.;:)]|$)/u;

/**
 * Whether an apposition after a name is the title, after "the" and up to two words: "Charles Clarke, the home
 * secretary, said", "…, the former home secretary." (not "Echoing Condoleezza Rice, the prime minister said").
 */
function isTitleAfter(after: string, title: string): boolean {
  const phrase = APPOSITION.exec(after)?.[1]?.toLowerCase().split(/\s+/u);
  if (!phrase) return false;
  if (phrase[0] === 'the') phrase.shift();
  const size = title.split(' ').length;
  return phrase.length - size <= 2 && phrase.slice(-size).join(' ') === title;
}
