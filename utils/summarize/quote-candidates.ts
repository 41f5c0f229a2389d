// Each quotation with the attribution read around it, before any speaker is chosen; a split quotation joined into one.
import { isCitation, isCodeArgument, isGluedSubheading, isSignOff } from './not-quotations';
import { AFTER_WINDOW, attributionAfter, attributionBefore, attributionInSentence, heardSpeaking, closingAttributionBefore, nameAfterRelation, plainClauseSubject, speakerWithAnyVerbAfter, signatureBelow, type Attribution, type AttributionContext } from './attribution';
import { describedAsSomeones, whoseSomeone } from './attribution-kinds';
import { isSpaceUnit } from './char-classes';
import { firstSentenceLength, mixedCase } from './names';
import { servantOf } from './servant-of';
import { isProperNoun } from './proper-noun';
import type { QuoteSpan } from './quote-spans';
import { isLongPartial, startsLowerCase } from './quote-shape';
import { introBefore, sentenceBefore, textAfter } from './quote-context';
import { inciseText } from './incises';

export interface Candidate {
  start: number; // inner text, trimmed
  end: number;
  span: QuoteSpan;
  att: Attribution;
  /** The attribution is the words after the quotation ("…,” he said). */
  saidAfter?: boolean;
}

/** The quotations of `spans` worth reading (not a code argument, a citation or empty marks), each with the attribution read around it. */
export function candidatesOf(text: string, spans: QuoteSpan[], ctx: AttributionContext, lang: string): Candidate[] {
  const cands: Candidate[] = [];
  let labels: ReadonlySet<string> | undefined; // read when a label opens some quotation
  for (const span of spans) {
    if (isCodeArgument(text, span.open) || isCitation(text, span)) continue;
    const inner = innerRange(text, span);
    if (!inner) continue;
    const words = text.slice(inner[0], inner[1]);
    if (isSignOff(words) || isGluedSubheading(text, span, words)) continue;
    // A transcript's speaker label opening the words: "“PENCE: Well, look, …”" is Mike Pence's, from after the label.
    const label = transcriptSpeaker(words, ctx, () => (labels ??= transcriptLabels(text, spans)));
    if (label) {
      cands.push({ start: inner[0] + label.length, end: inner[1], span, att: { kind: 'name', name: label.name }, saidAfter: false });
      continue;
    }
    const endsSentence = text[inner[1] - 1] === '.';
    const block = text.slice(text.lastIndexOf('\n', span.open) + 1, span.open);
    const sentence = sentenceBefore(block);
    const afterText = span.inciseTo === undefined ? textAfter(text, span.close + 1) : inciseText(text, span.close, span.inciseTo);
    const after =
      attributionAfter(afterText, ctx, text[inner[1] - 1]) ??
      signatureBelow(text.slice(span.close + 1, span.close + 120), ctx) ??
      (/,\s*$/u.test(text.slice(inner[1], span.close)) ? speakerWithAnyVerbAfter(afterText, ctx) : null);
    const intro = block.trim() === '' ? introBefore(text, span.open) : block;
    const att =
      namedIntroOverAfter(after, intro, endsSentence, afterText, ctx) ??
      after ??
      attributionBeforeOrInSentence(intro, sentence, words, ctx) ??
      saidByNoOneNamed(words, sentence, ctx) ??
      (lang === 'en' && isLongPartial(words) ? (plainClauseSubject(sentence, ctx) ?? closingAttributionBefore(block, sentence, ctx, (word) => isProperNoun(word, text, lang))) : null);
    cands.push({ start: inner[0], end: inner[1], span, att: notWhomItNames(att, att === after ? afterText : intro.slice(-AFTER_WINDOW), att === after, ctx), saidAfter: att !== null && att === after });
  }
  // The words after an incise are the same quotation's, in the same marks: whoever the incise was found to be.
  for (let i = 1; i < cands.length; i++) if (cands[i]!.span.afterIncise && cands[i - 1]!.span.inciseTo !== undefined) cands[i]!.att = { kind: 'same' };
  return cands;
}

// A name in capitals and a colon opening quoted words, as a transcript labels each turn: "PENCE: ", "WALLACE: ".
const TRANSCRIPT_LABEL = /^(\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,})?):\s+(?=\S)/u;

/**
 * The speaker a transcript's label opening the words names, and the label's length: the surname of someone the text names in
 * full, or any name of a transcript, where two or more labels take turns ("WALLACE:" beside "PENCE:"); null for a lone label
 * naming no one ("UPDATE: ").
 */
function transcriptSpeaker(words: string, ctx: AttributionContext, labels: () => ReadonlySet<string>): { name: string; length: number } | null {
  const m = TRANSCRIPT_LABEL.exec(words);
  if (!m) return null;
  const name = mixedCase(m[1]!);
  const named = ctx.isPersonSurname?.(name.slice(name.lastIndexOf(' ') + 1)) || (labels().size >= 2 && !ctx.isStopword(name.toLowerCase()));
  return named ? { name, length: m[0].length } : null;
}

/** The distinct labels opening the quotations of `text` (TRANSCRIPT_LABEL), in capitals. */
function transcriptLabels(text: string, spans: QuoteSpan[]): Set<string> {
  const out = new Set<string>();
  for (const span of spans) {
    const m = TRANSCRIPT_LABEL.exec(text.slice(span.open + 1, span.open + 40));
    if (m) out.add(m[1]!);
  }
  return out;
}

/**
 * "Cruz defends his bona fides in a commercial: “…,” the senator says": a description after the quotation
 * is the person the words introducing it name (null when they name no one). So is a description, or someone
 * unnamed, in the sentence after a quotation that ends its own, when words ending in a comma introduce it:
 * "Hayek confirmed she had been and said, “….” The star then recalled…" (that sentence is about what follows). A pronoun
 * after the quotation is the name set off after a relation or role right before the colon that introduces it.
 */
function namedIntroOverAfter(after: Attribution, intro: string, endsSentence: boolean, afterText: string, ctx: AttributionContext): Attribution {
  // "…, dont celle d'une amie de Steve, Aliyah: “…”, a-t-elle dit": the one set off before the colon is whom the pronoun means.
  if (after?.kind === 'pronoun') {
    const apposed = /:\s*$/u.test(intro) ? nameAfterRelation(sentenceBefore(intro), ctx) : '';
    return apposed ? { kind: 'name', name: apposed } : null;
  }
  // A quotation closed by its full stop and introduced by words ending in a comma: what follows is a new sentence.
  const introduced = endsSentence && /,\s*$/u.test(intro);
  // "Trump said: “…,” the Times reported": a paper after the words reports what the one named before the colon said.
  const reportedByPaper = after?.kind === 'name' && /:\s*$/u.test(intro) && REPORTED_AFTER.test(afterText);
  // So does one closing the sentence the words sit in, when its subject said them: "John Mackey said in a memo that the “…” as
  // prices fell, Yahoo Finance reported".
  if (after?.kind === 'name' && !reportedByPaper && REPORTED_LATER.test(afterText.slice(0, firstSentenceLength(afterText)))) {
    const said = attributionInSentence(sentenceBefore(intro), ctx);
    if (said?.kind === 'name' && said.name !== after.name) return said;
  }
  const introWins = after?.kind === 'description' ? /:\s*$/u.test(intro) || introduced : (after?.kind === 'unnamed' && introduced) || reportedByPaper;
  if (!introWins) return null;
  const named = attributionBefore(intro, ctx);
  return named?.kind === 'name' ? named : null;
}

// An outlet and its verb of reporting: "the Times reported", "CNN reports".
const OUTLET_REPORTED = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}(?:reported|reports)(?![\p{L}])`;
// The words after a quotation saying who reported it: ", the Times reported".
const REPORTED_AFTER = new RegExp(String.raw`^[\s,]*${OUTLET_REPORTED}`, 'u');

// An outlet reporting the sentence, after a comma further on: "…” as prices fell, Yahoo Finance reported earlier this year."
const REPORTED_LATER = new RegExp(String.raw`,\s+${OUTLET_REPORTED}`, 'u');

// A quotation opening on a finite verb in lower case: the predicate of the sentence around it.
const PREDICATE_OPENING = /^(?:is|was|are|were|has|have|had|will|would|can|could|should|must)\s/u;

/**
 * The attribution before a quotation, else its sentence's. A verb right before the quotation whose
 * subject is not beside it ("He praised those who left but said, “…”") leaves the sentence to say who.
 */
function attributionBeforeOrInSentence(before: string, sentence: string, inner: string, ctx: AttributionContext): Attribution {
  // "…notes that Supervisor Jane Kim, who is running for the state Senate, “is a civil rights attorney…”": words
  // opening on a verb go on the sentence, whose subject before the comma is who they are about, not who said them.
  // (Not the second half of a split quotation: "“The risk,” said Edward Leamer, an economist, “is that…”".)
  const goesOnSentence = PREDICATE_OPENING.test(inner) && !/["“”«»„]/u.test(sentence);
  // Someone the subject heard speaking, whoever the sentence is about.
  const heard = heardSpeaking(before, ctx);
  if (heard) return heard;
  const right = goesOnSentence ? null : attributionBefore(before, ctx);
  if (right !== null && (right.kind !== 'unnamed' || right.settled)) return right;
  const inSentence = attributionInSentence(sentence, ctx);
  return inSentence && inSentence.kind !== 'unnamed' ? inSentence : right;
}

/**
 * A partial quotation in a sentence that says someone said it, without naming them ("Officials at the
 * agency said they feared applicants “may try to…”"): an attribution to no one, so it is listed unattributed.
 */
function saidByNoOneNamed(inner: string, sentence: string, ctx: AttributionContext): Attribution {
  if (!startsLowerCase(inner)) return null;
  ctx.p.verb.lastIndex = 0;
  return ctx.p.verb.test(sentence) ? { kind: 'unnamed' } : null;
}

const UNNAMED: Attribution = { kind: 'unnamed' };

/**
 * An attribution whose name (or description) the words `read` write as the one the speaker belongs to, made what it is:
 * "“…,” said the lawyer of Nordahl Smith" is someone unnamed, "The lawyer of John Smith told reporters that “…”" too, and
 * "said the brother of Nordahl Smith" another of that family (relativeNamed). Any other attribution as it was.
 */
function notWhomItNames(att: Attribution, read: string, saidAfter: boolean, ctx: AttributionContext): Attribution {
  if (att?.kind === 'description') return att.words !== undefined && describedAsSomeones(read, att.words) ? UNNAMED : att;
  if (att?.kind !== 'name') return att;
  // "A spokeswoman for Prime Minister Theresa May said:": her spokeswoman, shown as "Theresa May’s spokeswoman".
  const servant = servantOf(read, att.name, ctx.isPersonSurname ?? (() => false), !saidAfter);
  // (Shown as an English possessive, so in English only; in another language, someone unnamed.)
  if (servant) return ctx.p.lang === 'en' ? { kind: 'organisation', noun: servant, owner: att.name } : UNNAMED;
  const whose = whoseSomeone(read, att.name);
  return whose === 'relative' ? { kind: 'relative', of: att.name } : whose ? UNNAMED : att;
}

/** Inner text without the marks, surrounding spaces and a trailing comma (",” Trump said"). */
function innerRange(text: string, span: QuoteSpan): [number, number] | null {
  let a = span.open + 1;
  let b = span.close;
  while (a < b && isSpaceUnit(text.charCodeAt(a))) a++;
  while (b > a && (isSpaceUnit(text.charCodeAt(b - 1)) || text[b - 1] === ',' || text[b - 1] === ';')) b--;
  return a < b ? [a, b] : null;
}

/**
 * Two paragraphs of one quotation whose break the page lost ("A. "B," said X.", quote-spans.ts paragraphsOf) share one speaker:
 * the attribution of the later one is the whole quotation's, and the later one goes on with whoever the first is found to be.
 * A description in the new sentence after the later one is no attribution of it ("“…that. “I think we played well.” The Holland
 * international said Boro…"). Not across a real break, where a page that lost a closing mark may open another's words. True
 * when `c` took `next`'s attribution.
 */
function sharedOverLostBreak(text: string, c: Candidate, next: Candidate): boolean {
  if (c.span.runsOn !== true || !/^[^\S\n]*$/u.test(text.slice(c.span.close, next.span.open))) return false;
  if (next.att?.kind === 'unnamed' && /[.!?]/u.test(text[next.end - 1]!)) next.att = { kind: 'same' };
  if (c.att !== null || next.att === null || next.att.kind === 'unnamed' || next.att.kind === 'same') return false;
  [c.att, next.att] = [next.att, { kind: 'same' }];
  return true;
}

/** Gives a quotation with no attribution of its own the one of the quotation after it, where they share it. */
export function shareListAttributions(text: string, cands: Candidate[], ctx: AttributionContext): void {
  // A list of quotations sharing one attribution: "A", "B", said X. Each takes the next one's. So does a partial
  // quotation whose sentence goes on to another one the sentence's closing attribution names: "Fundraising was
  // “stagnant for about a month” as donors waited to see how a “turbulent election cycle” played out, he said."
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i]!;
    const next = cands[i + 1]!;
    if (sharedOverLostBreak(text, c, next) || c.att !== null || next.att === null || text[c.end - 1] === '.') continue;
    const between = text.slice(c.span.close + 1, next.span.open);
    if (/^\s*(?:,|et|and|und|y|e)\s*$/u.test(between) || (next.saidAfter && sameSentenceNoVerb(between, ctx.p.verb))) c.att = next.att;
  }
}

/** Whether words between two quotations stay in one sentence and say no one spoke (no verb of saying). */
function sameSentenceNoVerb(between: string, verb: RegExp): boolean {
  verb.lastIndex = 0;
  return between.length < 200 && !/[\n.!?;:]/u.test(between) && !verb.test(between);
}

export interface Merged {
  open: number; // the first opening mark
  runsOn: boolean; // its last part goes on in the next paragraph
  parts: [number, number][];
  att: Attribution;
}

/**
 * A quotation interrupted by its attribution is one quotation:
 * “We have Russia and Ukraine,” Trump said, “which are making…” → one quote, text joined.
 * The first part keeps its comma so the joined text reads as the speaker's sentence.
 */
export function mergeSplit(text: string, cands: Candidate[]): Merged[] {
  const out: Merged[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const parts: [number, number][] = [[c.start, c.end]];
    let att = c.att;
    let cur = c;
    while (i + 1 < cands.length) {
      const next = cands[i + 1]!;
      const between = text.slice(cur.span.close + 1, next.span.open);
      const continues = /^\s*\p{Ll}/u.test(text.slice(next.start, next.start + 2));
      // (The words going on after an incise inside the marks are the same quotation's: «… —dijo Sánchez—, y lo haremos…».)
      const afterIncise = cur.span.inciseTo !== undefined && next.span.afterIncise === true;
      if (!(afterIncise && continues) && !(cur.att && text[cur.end] === ',' && continues && between.length < 80 && /,\s*$/u.test(between) && !between.includes('\n'))) break;
      // Keep the comma that the attribution interrupted.
      if (text[cur.end] === ',') parts[parts.length - 1]![1] = cur.end + 1;
      parts.push([next.start, next.end]);
      att = att ?? next.att;
      cur = next;
      i++;
    }
    out.push({ open: c.span.open, parts, att, runsOn: cur.span.runsOn === true });
  }
  return out;
}

/** The text of a quotation's parts, joined by spaces. */
export function partsText(text: string, parts: [number, number][]): string {
  if (parts.length === 1) return text.slice(parts[0]![0], parts[0]![1]); // the usual case, without the array
  return parts.map(([a, b]) => text.slice(a, b)).join(' ');
}
