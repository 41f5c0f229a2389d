// French quotations holding their own attribution inside the marks: "Notre modèle…, a expliqué le président, X. Je suis…".
import { firstSentenceLength } from './names';
import type { QuoteSpan } from './quote-spans';

/**
 * French style may set the attribution inside the marks, as an incise, without closing and reopening them: "Notre modèle est
 * humain, a expliqué le président de la coopérative, Dominique Schelcher. Je suis heureux…", "Cette fresque, a-t-il poursuivi,
 * elle me choque". Such a quotation is read as the two it is: the words up to the incise's comma, closed there (`inciseAfter`:
 * the text after it starts at that comma, as after a closing mark), and the words after the incise's end, opened there.
 * `attributesAt(at)` says whether an attribution opens at the comma at `at`.
 */
export function splitAtIncises(text: string, spans: QuoteSpan[], attributesAt: (at: number) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const span of spans) {
    const at = firstIncise(text, span, attributesAt);
    if (at < 0) {
      out.push(span);
      continue;
    }
    // A closing mark right before the comma closes the words as marks do ("…qu'il venait », confie le gérant…").
    const mark = CLOSING_MARK_BEFORE.exec(text.slice(span.open + 1, at));
    out.push(mark ? { open: span.open, close: span.open + 1 + mark.index } : { open: span.open, close: at, inciseAfter: true });
    const end = inciseEnd(text, at, span.close);
    if (wordsGoOn(text, end, span.close)) out.push({ ...span, open: end, afterIncise: true });
  }
  return out;
}

const CLOSING_MARK_BEFORE = /[»”"]\s*$/u;

/** Where the first incise of a quotation opens (its comma), or -1. */
function firstIncise(text: string, span: QuoteSpan, attributesAt: (at: number) => boolean): number {
  for (const at of incisePlaces(text, span.open + 1, span.close)) if (attributesAt(at)) return at;
  return -1;
}

/**
 * Whether the words go on after an incise ending at `end`: something is left before the closing mark, with no mark of its own
 * (a page that lost a closing mark pairs narrative: "…, estime X, tout en déplorant… "La chasse…"), and the incise's stop was
 * followed by a space (a stop glued to the next word is a paragraph break the page lost: "…, ajoute-t-il.Zeynep Dundar raconte…").
 */
function wordsGoOn(text: string, end: number, close: number): boolean {
  const rest = text.slice(end + 1, close);
  return /[\p{L}\p{N}]/u.test(rest) && !/["“”«»„]/u.test(rest) && !(text[end] === '.' && /^\p{L}/u.test(rest));
}

// A comma inside the words, then a word in lower case that is no relative or conjunction of the words' own clause:
// where an incise may open (", a expliqué", ", explique-t-il", ", estime la députée").
const INCISE_OPENING = /,\s+(?!(?:selon|d['’]après|pour|et|ou|mais|qui|que|qu['’]|dont|où|car|donc|puis|comme|si|quand|lorsque|parce)\s)(?=\p{Ll})/gu;

/** The commas between `from` and `to` where an incise may open. */
function* incisePlaces(text: string, from: number, to: number): Generator<number> {
  const words = text.slice(from, to);
  for (const m of words.matchAll(INCISE_OPENING)) yield from + m.index;
}

/**
 * Where the incise opened at `at` ends: its sentence's stop (not a title's: "détaille M. Bourrette."), or a comma before a word
 * in lower case, where the words go on ("…, a-t-il poursuivi, elle me choque"), unless a participle goes on with the incise
 * ("…, Willy Schraen, tout en déplorant…"). A comma before a capital is the subject's apposition ("le président, Dominique
 * Schelcher."). The position returned is the last character of the incise, which stands for the words' opening mark.
 */
function inciseEnd(text: string, at: number, close: number): number {
  const rest = text.slice(at + 1, close);
  const stop = firstSentenceLength(rest) - 1;
  const comma = WORDS_GO_ON.exec(rest)?.index ?? -1; // (before a cut, the incise's last character is the one before it)
  const end = comma >= 0 && comma < stop ? comma : stop;
  return end >= 0 && end < rest.length ? at + 1 + end : close;
}

// A comma before a word in lower case that is no participle of the incise's own clause ("tout en déplorant", "ajoutant").
// An editor's cut ("…, explique-t-il à 20 minutes (...) Mais…") ends the incise too.
const WORDS_GO_ON = /,(?=\s+(?!(?:tout\s+)?en\s+\p{Ll}+ant(?![\p{L}])|\p{Ll}+ant(?![\p{L}]))\p{Ll})|(?=\s*[([](?:\.\.\.|…)[)\]])/u;

// The verb an incise opens on: a compound past (", a expliqué", ", s'est-il interrogé"), an inverted pronoun (", explique-t-il",
// ", lui a-t-elle répondu") or one word, which must be a verb of saying (", estime la députée", ", rappelle Vincent Delahaye").
const INCISE_VERB = /^,\s*(?:(?:lui|leur|nous|vous|me|se|[mts]['’])\s*)?(?:(?:a|avait|aurait|est)\s+(?:t-(?:il|elle|on)\s+)?\p{Ll}|\p{Ll}[\p{Ll}'’]*-(?:t-)?(?:il|elle|ils|elles|on)(?![\p{L}])|(\p{Ll}[\p{Ll}\p{M}]+)\s)/u;

/** Whether `after` (from the comma on) opens on an incise's verb; `verb` finds verbs of saying. */
export function opensIncise(after: string, verb: RegExp): boolean {
  const m = INCISE_VERB.exec(after);
  return m !== null && (m[1] === undefined || Array.from(m[1].match(verb) ?? []).includes(m[1]));
}
