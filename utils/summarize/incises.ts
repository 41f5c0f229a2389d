// Quotations holding their own attribution inside the marks: "Notre modèle…, a expliqué le président, X. Je suis…", «… —dijo Sánchez— …».
import { firstSentenceLength } from './names';
import { frenchApposition } from './roles-fr';
import type { QuoteSpan } from './quote-spans';

/**
 * French, Spanish, Italian and Portuguese may set the attribution inside the marks, as an incise, without closing and
 * reopening them: "Notre modèle est humain, a expliqué le président de la coopérative, Dominique Schelcher. Je suis
 * heureux…", "Cette fresque, a-t-il poursuivi, elle me choque", «Vamos a aprobar los presupuestos —dijo Sánchez—, y lo
 * haremos…», «Il governo andrà avanti — ha detto Draghi — e lo farà…». Such a quotation is read as the two it is: the words
 * up to the incise's comma or dash, closed there (`inciseTo`: the incise runs from `close` to it, and is read as the text after
 * a closing mark), and the words after the incise, opened at its end. `attributes(incise)` says whether an incise, read as
 * the text after a closing mark (", dijo Sánchez") after the words' last character, names who speaks.
 */
export function splitAtIncises(text: string, spans: QuoteSpan[], attributes: (incise: string, lastChar: string) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const span of spans) {
    const incise = firstIncise(text, span, attributes);
    if (!incise) {
      out.push(span);
      continue;
    }
    const [at, end] = incise;
    // A closing mark right before the comma closes the words as marks do ("…qu'il venait », confie le gérant…").
    const mark = CLOSING_MARK_BEFORE.exec(text.slice(span.open + 1, at));
    out.push(mark ? { open: span.open, close: span.open + 1 + mark.index } : { open: span.open, close: at, inciseTo: end });
    if (wordsGoOn(text, end, span.close)) out.push({ ...span, open: end, afterIncise: true });
  }
  return out;
}

/** An incise's text as the text after a closing mark reads: from its comma, a dash made a comma (", dijo Sánchez"). */
export function inciseText(text: string, at: number, end: number): string {
  return `,${text.slice(at + 1, end).replace(/[\s,—–-]+$/u, '')}`;
}

const CLOSING_MARK_BEFORE = /[»”"]\s*$/u;

/** Where the first incise of a quotation opens (its comma or dash) and ends, or null. */
function firstIncise(text: string, span: QuoteSpan, attributes: (incise: string, lastChar: string) => boolean): [number, number] | null {
  for (const [at, dash] of incisePlaces(text, span.open + 1, span.close)) {
    const end = dash ? dashInciseEnd(text, at, span.close) : inciseEnd(text, at, span.close);
    if (attributes(inciseText(text, at, end), text[at - 1] ?? '')) return [at, end];
  }
  return null;
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

// A comma inside the words, then a word in lower case that is no relative or conjunction of the words' own clause, or a dash
// before a word in lower case: where an incise may open (", a expliqué", ", explique-t-il", " —dijo", " — ha detto").
const INCISE_OPENING =
  /,\s+(?!(?:selon|d['’]après|pour|et|ou|mais|qui|que|qu['’]|dont|où|car|donc|puis|comme|si|quand|lorsque|parce|y|e|o|pero|según|ma|che|mas|segundo)\s)(?=\p{Ll})|(?<=\s)[—–]\s*(?=\p{Ll})/gu;

/** The places between `from` and `to` where an incise may open, and whether a dash opens it. */
function* incisePlaces(text: string, from: number, to: number): Generator<[number, boolean]> {
  const words = text.slice(from, to);
  for (const m of words.matchAll(INCISE_OPENING)) yield [from + m.index, m[0][0] !== ','];
}

/**
 * Where the incise opened at `at` ends: its sentence's stop (not a title's: "détaille M. Bourrette."), or a comma before the
 * words going on (WORDS_GO_ON). A comma before a capital is the subject's apposition ("le président, Dominique Schelcher.").
 * The position returned is the last character of the incise, which stands for the words' opening mark.
 */
function inciseEnd(text: string, at: number, close: number): number {
  const rest = text.slice(at + 1, close);
  const stop = firstSentenceLength(rest) - 1;
  const comma = wordsGoOnAt(rest); // (before a cut, the incise's last character is the one before it)
  const end = comma >= 0 && comma < stop ? comma : stop;
  return end >= 0 && end < rest.length ? at + 1 + end : close;
}

// A comma before a word in lower case, where the words go on ("…, a-t-il poursuivi, elle me choque", "…, ajoute-t-elle, à
// préserver…", "…, a dit le président Macron, cette bataille"), unless a participle goes on with the incise ("…, Willy Schraen,
// tout en déplorant…"); or an editor's cut ("…, explique-t-il à la radio (...) Mais…").
const WORDS_GO_ON = /,(?=\s+(?!(?:tout\s+)?en\s+\p{Ll}+ant(?![\p{L}])|\p{Ll}+ant(?![\p{L}]))\p{Ll})|(?=\s*[([](?:\.\.\.|…)[)\]])/gu;

/** Where the words go on in the rest of an incise (WORDS_GO_ON), past a role set off after its name ("explique Frédéric Valletoux, président de la FHF."); -1 for nowhere. */
function wordsGoOnAt(rest: string): number {
  for (const m of rest.matchAll(WORDS_GO_ON)) if (m[0] !== ',' || frenchApposition(rest.slice(m.index)) === undefined) return m.index;
  return -1;
}

/** Where a dash incise ends: its closing dash and a comma or stop after it ("—dijo Sánchez—, y…", "—dijo Feijóo—. El…"), else as a comma's incise. */
function dashInciseEnd(text: string, at: number, close: number): number {
  const m = /[—–](\s*[,.;])?/u.exec(text.slice(at + 1, close));
  return m ? at + 1 + m.index + m[0].length - 1 : inciseEnd(text, at, close);
}

// The verb an incise opens on: a compound past (", a expliqué", ", s'est-il interrogé", ", ha detto", ", ha asegurado"), an
// inverted pronoun (", explique-t-il", ", lui a-t-elle répondu") or one word, which must then be a verb of saying (", estime la
// députée", ", rappelle Vincent Delahaye", "—dijo Sánchez").
const CLITIC = "(?:(?:lui|leur|nous|vous|me|se|[mts]['’])\\s*)?";
const COMPOUND_PAST = new RegExp(`^,\\s*${CLITIC}(?:a|avait|aurait|est|ha|había|habría|aveva|avrebbe|tinha)\\s+(?:t-(?:il|elle|on)\\s+)?\\p{Ll}`, 'u');
const INVERTED_PRONOUN = new RegExp(`^,\\s*${CLITIC}\\p{Ll}[\\p{Ll}'’]*-(?:t-)?(?:il|elle|ils|elles|on)(?![\\p{L}])`, 'u');
const ONE_WORD = /^,\s*(\p{Ll}[\p{Ll}\p{M}]+)\s/u;

/** Whether `incise` (from its comma on) opens on a verb an incise opens on; `verb` finds verbs of saying, for a verb alone. */
export function opensIncise(incise: string, verb: RegExp): boolean {
  if (COMPOUND_PAST.test(incise) || INVERTED_PRONOUN.test(incise)) return true;
  const word = ONE_WORD.exec(incise)?.[1];
  return word !== undefined && Array.from(word.match(verb) ?? []).includes(word);
}
