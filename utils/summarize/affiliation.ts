// The body a speaker is introduced by, in the possessive before their name: "NBC’s Chuck Todd", "The Washington Post’s Robert Costa".
import { endsLikeBody, endsSentence, isOrganisation } from './names';

// Capitalised words closed by a possessive, right before the name, within the line: "Fox News’ ", "the EPA's ".
const POSSESSIVE_BEFORE = /(?<![\p{L}\p{N}.'’&-])((?:\p{Lu}[\p{L}\p{N}&.-]*[^\S\n]+){0,4}\p{Lu}[\p{L}\p{N}&-]*)['’]s?[^\S\n]+$/u;
// Words a sentence or clause opens with, no part of a body's name: "As Breitbart’s Joel Pollak reported", "But Entertainment Weekly’s…".
const OPENING_WORD = /^(?:The|As|But|And|Or|So|Yet|When|While|After|Before|Since|Because|If|Then|Now|Also|Meanwhile|Earlier|Later|Last|Still)[^\S\n]+/u;
// "the" or "The" right before the body's words.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he[^\S\n]+$/u;
// An acronym alone: "NBC", "CNN", "EPA".
const ACRONYM = /^\p{Lu}{2,6}$/u;
// A country's, which says where someone is from, not whom they work for ("the UK’s Andrea Arnold").
const COUNTRY_ACRONYM = /^(?:US|UK|USA|UAE|DRC|PRC|GB)$/u;
// Last words of places among the words of bodies ("New York City’s", "Ohio State’s"): where someone is from or serves.
const PLACE_WORD = /[^\S\n](?:House|Street|Square|Road|Avenue|City|County|State|States|Kingdom|Republic|Island|Islands|River|Valley|World)$/u;

/**
 * The organisation whose possessive stands right before a name ("NBC’s" → "NBC", "the Washington Post’s" → "Washington
 * Post", "The Post’s" → "The Post"), or undefined. Only a body by its shape: an acronym, or words ending in a body's word
 * ("Post", "Party", "University", "United"). A lone word may be a place, a club or a person ("Britain’s Kelly Holmes",
 * "Arsenal’s Patrick Vieira", "Trump’s Mike Pence"), which the words alone do not tell apart; so may a country's acronym.
 */
export function affiliationBefore(before: string): string | undefined {
  const m = POSSESSIVE_BEFORE.exec(before);
  if (!m) return undefined;
  // Never across a sentence's end: "…for the GOP. As The Post’s Ruth Marcus" (never a title's or initials' dot: "Gov.", "U.S.").
  const words = m[1]!.split(/[^\S\n]+/u);
  let first = words.length - 1;
  while (first > 0 && !endsSentence(words[first - 1]!)) first--;
  let body = words.slice(first).join(' ');
  for (let opening = OPENING_WORD.exec(body); opening; opening = OPENING_WORD.exec(body)) body = body.slice(opening[0].length);
  if (ACRONYM.test(body)) return COUNTRY_ACRONYM.test(body) ? undefined : body;
  if (!endsLikeBody(body) || PLACE_WORD.test(` ${body}`)) return undefined;
  // A paper by one word keeps its article: "The Post’s Ruth Marcus", "the Post’s" are with The Post.
  const bodyAt = m.index + m[1]!.lastIndexOf(body);
  return !body.includes(' ') && ARTICLE_BEFORE.test(before.slice(0, bodyAt)) ? `The ${body}` : body;
}

/**
 * The organisation a name is given with "of", "from" or "at", closing its clause: "said Hannah Ward of the Refugee Council.", "Dr
 * John Moore-Gillon, of the British Lung Foundation, said", "Andrew Beh, of brokers ING, said" (what kind of body it is goes).
 * Only a body by its shape (isOrganisation): "Mr Skeens of Brownsville" is where he lives.
 */
export function affiliationAfter(after: string): string | undefined {
  // (Not a place's possessive before it: "from the UK's Human Rights Watch".)
  const body = BODY_AFTER.exec(after)?.[1]?.replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, '');
  return body && isOrganisation(body) && !PLACE_WORD.test(` ${body}`) ? body : undefined;
}
const BODY_AFTER = /^,?[^\S\n]+(?:of|from|at)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Ll}+[^\S\n]+){0,2}((?:\p{Lu}[\p{L}\p{N}&'’.-]*[^\S\n]+){0,5}\p{Lu}[\p{L}\p{N}&'’-]*)(?=\s*[,.;)]|\s*$|\s+(?:said|says|told|tells|added|adds|warned|explained)(?![\p{L}]))/u;
