// How often key quotes repeat each other or Who said what: the bench's redundancy table, and its measure.
import type { DirectQuote, KeyQuote } from '../../utils/summary';
import { summarize } from '../../utils/summarize/index';
import { ECHO_SHARE, quotedShare } from '../../utils/summarize/quote-echo';
import { SAME_POINT, termOverlap } from '../../utils/summarize/same-point';
import { segmentSentences } from '../../utils/summarize/segment';
import { tokenizeSentences } from '../../utils/summarize/tokenize';
import { isWrapUp } from '../../utils/summarize/wrap-up';
import { inverseFrequencies, tfidfVectors } from '../../utils/summarize/vectors';
import type { Article } from './data';
import { printTable } from './table';

/** What one summary repeats. */
export interface Repeats {
  /** Two key quotes whose content terms overlap by more than SAME_POINT of the shorter one's. */
  samePoint: boolean;
  /** Of those, a pair where one is mostly a quotation (≥ half its characters) and the other the statement it backs. */
  statementAndQuotation: boolean;
  /** A key quote that is mostly (≥ ECHO_SHARE) a quotation Who said what lists. */
  echo: boolean;
}

/** Measures one summary's key quotes against each other and against its quotations. */
export function repeats(keyQuotes: readonly KeyQuote[], quotes: readonly DirectQuote[], lang: string): Repeats {
  const tok = tokenizeSentences(keyQuotes.map((q) => q.text), lang);
  const { vecs } = tfidfVectors(tok, inverseFrequencies(tok));
  const quoted = quotedShare(keyQuotes, quotes);
  const out: Repeats = { samePoint: false, statementAndQuotation: false, echo: quoted.some((q) => q >= ECHO_SHARE) };
  for (let i = 0; i < vecs.length; i++)
    for (let j = i + 1; j < vecs.length; j++) {
      if (termOverlap(vecs[i]!, vecs[j]!) <= SAME_POINT) continue;
      out.samePoint = true;
      if ((quoted[i]! >= 0.5) !== (quoted[j]! >= 0.5)) out.statementAndQuotation = true;
    }
  return out;
}

/** Whether the key quotes end with the article's closing sentence and it is a wrap-up naming nothing new. */
export function endsWithWrapUp(text: string, keyQuotes: readonly KeyQuote[]): boolean {
  const q = keyQuotes[keyQuotes.length - 1];
  return !!q && text.slice(q.end).trim() === '' && isWrapUp(q.text, text.slice(0, q.start));
}

/** Shorter sentences are labels and datelines more than points a reader would take instead of a quotation. */
const ALTERNATIVE_WORDS = 8;

/**
 * Whether a key quote repeats Who said what although the article had another sentence to give: one not chosen, of
 * ALTERNATIVE_WORDS words or more, that is not itself mostly a quotation the list shows (issue 13: "when another
 * concrete sentence is available").
 */
export function echoWithAlternative(text: string, lang: string, keyQuotes: readonly KeyQuote[], quotes: readonly DirectQuote[]): boolean {
  if (!quotedShare(keyQuotes, quotes).some((q) => q >= ECHO_SHARE)) return false;
  const spans = segmentSentences(text, lang);
  const share = quotedShare(spans, quotes);
  const chosen = new Set(keyQuotes.map((q) => q.start));
  return spans.some((s, i) => !chosen.has(s.start) && share[i]! < ECHO_SHARE && text.slice(s.start, s.end).split(/\s+/u).length >= ALTERNATIVE_WORDS);
}

type Rates = Record<keyof Repeats | 'wrapUp' | 'echoWithAlternative', number>;

/** Share (%) of the articles' summaries of `count` key quotes with each kind of repeat, and with a closing wrap-up. */
export function repeatRates(articles: readonly Article[], count: number, run = summarize): Rates {
  const sums: Rates = { samePoint: 0, statementAndQuotation: 0, echo: 0, echoWithAlternative: 0, wrapUp: 0 };
  for (const a of articles) {
    const r = run(a.text, { count, lang: a.lang, title: a.title });
    const m = {
      ...repeats(r.keyQuotes, r.quotes, r.lang),
      echoWithAlternative: echoWithAlternative(a.text, r.lang, r.keyQuotes, r.quotes),
      wrapUp: endsWithWrapUp(a.text, r.keyQuotes),
    };
    for (const k of Object.keys(sums) as (keyof Rates)[]) sums[k] += m[k] ? 1 : 0;
  }
  const n = articles.length || 1;
  for (const k of Object.keys(sums) as (keyof Rates)[]) sums[k] = (100 * sums[k]) / n;
  return sums;
}

export function printRedundancy(articles: readonly Article[]): void {
  const rows = [3, 5, 8].map((k) => {
    const r = repeatRates(articles, k);
    return [`${k} key quotes`, r.samePoint, r.statementAndQuotation, r.echo, r.echoWithAlternative, r.wrapUp];
  });
  printTable(
    `Redundancy, BBC dev, ${articles.length} summaries each (% of summaries with: two key quotes stating one point = content terms overlapping by more than half of the shorter; of them a statement + its backing quotation; a key quote that is mostly a quotation Who said what lists; of them, one where another sentence of ${ALTERNATIVE_WORDS}+ words, not itself such a quotation, was left; the article's closing sentence naming no one and no figure not named before, a wrap-up)`,
    ['summary', 'same point %', 'statement + quotation %', 'repeats Who said what %', '… another sentence left %', 'closing wrap-up %'],
    rows,
  );
}
