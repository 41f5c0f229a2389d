// The whole name of a body an attribution named by its last words: "The Bank of England said" is the Bank of England, not England.
import { ROLE_NOUNS } from './names';
import { ORGANISATION_LAST_WORDS } from './organisations';
import { wholeWordPositions } from './whole-word';

// Nouns that head a body's name before "of", "for" or "on": those its name may end with ("Bank of England", "Centre for
// Economic Policy Research", organisations.ts), and more that open one ("University of Michigan").
const HEADS = `${ORGANISATION_LAST_WORDS}|University|School|College|Academy|Church|Bureau|Authority|Chamber|Campaign|Museum|Government|Conference|Congress|Confederation`;
// The project's role nouns ("governor", "chairman"), capitalised or not.
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUNS})$`, 'iu');
// A head and its preposition right before the words the attribution named; up to three capitalised words may come
// between for a one-word name ("Council on Foreign Relations" named as "Relations").
const HEAD_BEFORE = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}?(?:${HEADS})\s+(?:of|for|on)\s+(?:the\s+)?)((?:\p{Lu}[\p{L}.'’&-]*\s+){0,3})$`, 'u');

/**
 * The body's whole name when `name`, as attributed near `at`, is the end of one written there ("England" of
 * "the Bank of England"); null otherwise. `name` must not be a person's: their surname may end a body's name too.
 */
export function organisationOf(text: string, name: string, at: number): string | null {
  const from = Math.max(0, at - 400);
  const window = text.slice(from, at + 400);
  const first = name.slice(0, name.includes(' ') ? name.indexOf(' ') : name.length);
  for (const p of wholeWordPositions(window, first)) {
    if (!window.startsWith(name, p)) continue;
    const m = HEAD_BEFORE.exec(window.slice(Math.max(0, p - 90), p));
    if (!m) continue;
    const between = m[2]!.trim();
    // A role among those words makes the name a person's: "Bank of England Governor King".
    if (between && (name.includes(' ') || between.split(/\s+/u).some((w) => ROLE_WORD.test(w)))) continue;
    return `${m[1]!.replace(/^The\s+/u, '')}${m[2]!}${name}`;
  }
  return null;
}
