// Who said a quotation: reads the words after the closing mark, else before the opening mark.
import { endsWithAbbreviation } from './abbreviations';
import { isSpaceUnit, trimEndOf, trimStartOf } from './char-classes';
import { cleanName, isFirstName, isPersonLike, lastSentenceEnd, mixedCase, ROLE_NOUNS, STOP_WITHOUT_SPACE, trailingCapPhrase } from './names';
import { FR_ROLES } from './described-role';
import { PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';
import { isInvertedVerb } from './reporting-verbs';
import { capturedName, describedOrUnnamed, describedSubject, whoseSomeone, possessorOfRelation, readsRoles, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { nameAfter, roleThenName } from './name-after';
import { DOCUMENT_NOUNS } from './organisations';
import { beforeCapitalisedFunctionWord, headlineSubject, longHeadlineSubject } from './headline-run';
import { APPOSED, BEFORE_PARTICIPLE, DASHED_ASIDE_AT_END, DESCRIBED_LEAD, DOCUMENT_THAT_SAID, IRREGULAR_PAST, NAME_SET_OFF, namesAnyone, OPENING_PHRASE, OPENING_PREPOSITION, OPENING_PRONOUN, OWNED_BODY_WORDS, PARTICIPLE_AT_END, PARTICIPLE_WORDS, PARTY_TAG, saysBefore, SUBJECT_PRONOUNS, SUBORDINATE_OPENING, TAG, TO_SOMEONE, WITH_NAME_PARTICIPLE, wordsBetweenSpaces } from './attribution-patterns';
import { subjectBefore } from './subject-before';
import { CLAUSE_LEAD_ANY_TENSE, clauseSubject, titledName } from './clause-subject';

export { OPENING_PRONOUN } from './attribution-patterns';
export { plainClauseSubject } from './clause-subject';
export { pronounGender, type Attribution, type AttributionContext, type Gender } from './attribution-kinds';

// A sentence end or a quotation mark; the dot of an initial ("Donald J. Trump", "a estimé M. Larcher")
// ends nothing, nor does a title's ("said Mr. Smith": firstStop asks endsWithAbbreviation).
// A dot between a lower-case letter and a capitalised word ends a sentence whose space was lost ("a tweeté le président Donald Trump.La Garde nationale…").
const SENTENCE_OR_QUOTE = /(?<!(?:^|[^\p{L}])\p{Lu})\.(?=\s|$)|(?<=\p{Ll})\.(?=\p{Lu}\p{Ll})|[!?](?=\s|$)|["“”«»„]/gu;

/** Where the first sentence end or quotation mark of `s` is (a title's dot is none: endsWithAbbreviation). */
function firstStop(s: string): number {
  let past = -1; // a short term in quotation marks is passed over, its closing mark too
  for (const m of s.matchAll(SENTENCE_OR_QUOTE)) {
    if (m.index < past) continue;
    const term = QUOTED_TERM.exec(s.slice(m.index));
    if (term) past = m.index + term[0].length;
    else if (m[0] !== '.' || !(endsWithAbbreviation(s.slice(Math.max(0, m.index - 48), m.index + 1)) || BEFORE_LOWER_CASE.test(s.slice(m.index + 1, m.index + 4)))) return m.index;
  }
  return -1;
}
// A dot before a word in lower case ends no sentence (as for the segmenter's falseBreak): "“…,” Donald Trump Jr. said."
const BEFORE_LOWER_CASE = /^\s+\p{Ll}/u;
// A name or term of three words or fewer in quotation marks, inside an attribution's clause: "Texas delegate Bill Eastland, wearing
// “Ted Cruz” campaign pins, said". The clause goes on after it, in lower case.
const QUOTED_TERM = /^[“«„"][^\s“”«»„"]+(?:\s[^\s“”«»„"]+){0,2}[”»"](?=\s+\p{Ll})/u;

/**
 * How far after the quote we look (characters): attributions sit right next to the quotation, though a name's
 * apposition may fill a line before the verb ("…,” Trump, the 2016 GOP presidential frontrunner nationally and…, said").
 */
export const AFTER_WINDOW = 240;
// How far before the quote we look (characters), as AFTER_WINDOW after it.
const BEFORE_WINDOW = 220;

// "“…,” the email read" / "read the statement": "read" says who spoke only with a document or a paper
// as its subject ("He read the letter" attributes nothing), so it is no verb of saying elsewhere.
const READ_BY = /^[\s,]*(?:read\s+the\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)|the\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)\s+read)(?![\p{L}])/iu;

/** A document or a paper read aloud after a quotation, as describedOrUnnamed reads it; null for anything else. */
function documentRead(head: string): Attribution {
  const m = READ_BY.exec(head);
  if (!m) return null;
  const read = describedOrUnnamed(`the ${m[1] ?? m[2]}`);
  return read?.kind === 'document' || read?.kind === 'organisation' ? read : null;
}

// A subordinating word alone before a verb after the words ("“…” when questioned", "if asked"), and the participles of being
// asked that make it a passive of the sentence's own subject.
const SUBORDINATOR_ALONE = /^(?:when|if|once|unless|until|before|after|while)\s*$/u;
const PASSIVE_OF_ASKING = /^(?:asked|questioned|pressed|told|challenged|confronted|interviewed)$/u;
// A French object pronoun right after the words, before an inverted verb: ", lui a répondu", "», leur explique".
const CLITIC_BEFORE_INVERSION = /^[\s,]*(?:lui|leur|nous|vous|me)\s+(?=\p{Ll})/u;
// After the words, a verb inverted after the one it is said to, then its subject described ("», leur hurle alors l'individu"),
// or any verb, perhaps a medium, then someone unnamed by an indefinite article ("», soupire auprès de l'AFP un responsable").
const VERB_TO_SOMEONE_DESCRIBED = /^\s*,\s*(?:lui|leur|nous|vous|me)\s+(\p{Ll}{3,})(?:\s+(?:alors|encore|aussi|également|ensuite|enfin|même))?\s+(?:le|la|l['’]|les|un|une)\s*\p{Ll}/u;
const VERB_THEN_SOMEONE = /^\s*,\s*(\p{Ll}{3,})(?:\s+(?:alors|encore|aussi|également|ensuite|enfin|même))?(?:\s+(?:auprès\s+d['’e]\s*|à\s+|au\s+|sur\s+)(?:l['’]|la\s+|le\s+)?\p{Lu}[\p{L}\p{M}-]*)?\s+(?:un|une)\s+\p{Ll}/u;
// Spanish, Italian and Portuguese drop the subject pronoun: a verb alone is "he" or "she" ("«…», explicó.").
const PRO_DROP: ReadonlySet<string> = new Set(['es', 'it', 'pt']);

// The auxiliary, who speaks, a short phrase of time or place, then the participle of a verb of saying ("hat er am Montag gesagt").
const GERMAN_PERFECT_INVERTED = /^[\s,]*(?:hat|hatte|habe)\s+([^,.;:!?„“"]{1,60}?)\s+(?:gesagt|erklärt|betont|geschrieben|mitgeteilt|hinzugefügt|kommentiert|gewarnt|bekräftigt|unterstrichen|geäußert|berichtet|ergänzt|gefordert|kritisiert)(?![\p{L}])/u;

// A copula right after the words, then a noun of judgement and "of": "“…,” is the dry assessment of", "was the verdict of".
const VERDICT_OF_AFTER = /^[\s,]*(?:is|was)\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:assessment|verdict|view|opinion|reaction|response|advice|conclusion|judge?ment|prediction|warning|explanation|answer)\s+of\s+/u;
// "read" or "reads" right after the words, then a document: "“…,” read a statement from…", "“…,” reads the letter".
const DOCUMENT_READ_AFTER = /^[\s,]*(?:read|reads)(?=\s+(?:a|an|the)\s)/u;

/**
 * Attribution in the text right after a quotation: ", Trump said" / "said Trump" / "according to …".
 * `lastChar` is the quotation's own last character: its ".", "?" or "!" may end the sentence.
 */
export function attributionAfter(after: string, ctx: AttributionContext, lastChar = ''): Attribution {
  // A roundup's signature: "“…” ― Jacklyn Ashley", "“…” — Jane Doe, The Times".
  const signed = SIGNATURE.exec(after);
  if (signed) {
    const name = cleanName((signed[1] ?? signed[2])!, ctx.isStopword);
    if (name) return { kind: 'name', name };
  }
  // Only this sentence: stop at a sentence end or the next quotation. Party and state tags are
  // no sentence end: "Rep. Gwen Moore (D-Wis.) said Friday".
  const window = after.slice(0, AFTER_WINDOW).replace(PARTY_TAG, '');
  const stop = firstStop(window); // the first piece split() would give, without the others
  // A space lost after the closing mark ("…paranoia,”Clinton said.") is put back.
  const sentence = stop >= 0 ? window.slice(0, stop) : window;
  if (ctx.p.lang === 'en') {
    const quotedAs = quotedAsSaying(sentence, ctx);
    if (quotedAs) return quotedAs;
  }
  const head = /^\p{Lu}/u.test(sentence) ? ` ${sentence}` : sentence;
  const capitalAfter = /^\s+\p{Lu}/u.test(head);
  // After a quotation closed by a full stop a new sentence starts: only "Name said." can still
  // attribute it, not "In the Commons, Mr Howard said it would…".
  const newSentence = lastChar === '.' && capitalAfter;
  // After "?" or "!" too, a capital may open a sentence of its own ("“Why now?…” Mills then writes back, “…”");
  // or not ("“It’s offensive!” Cruz said"): only a verb introducing the next quotation is read from it.
  const newClause = /^[.?!]$/u.test(lastChar) && capitalAfter;
  // A space or a comma, colon or dash must follow the mark (what /^\s*[,;:–—-]?\s|^[,;:–—-]/ asks, by its first character).
  if (head === '' || !(isSpaceUnit(head.charCodeAt(0)) || CLAUSE_MARKS.includes(head[0]!))) return null;
  // French inversion with any verb: "», s'inquiète-t-elle", "», dit-il" (never without a hyphen).
  // Also "», a t-il affirmé", "», avait t-il déclaré", a frequent misspelling of "a-t-il".
  // A short gloss in parentheses may come first: "« …ma +ring+ » (bague), avait-elle raconté".
  // An object pronoun may come first: "« … » lui lance-t-elle", "», leur a-t-il expliqué".
  const inverted = head.includes('-') ? /^[\s,]*(?:\([^()]{1,40}\)[\s,]*)?(?:(?:lui|leur|nous|vous|me|se|en|y)\s+|[mts]['’])?(?:(?:a|avait)\s+(?=t-))?[\p{L}'’]+-(?:t-)?(il|elle)(?![\p{L}])/iu.exec(head) : null;
  if (inverted) return { kind: 'pronoun', gender: pronounGender(inverted[1]!) };
  // German perfect, inverted: "„…“, hat Angela Merkel am Montag gesagt", "„…“, hat er betont": the subject between the two.
  const perfect = ctx.p.lang === 'de' ? GERMAN_PERFECT_INVERTED.exec(head) : null;
  if (perfect) return nameAfter(` ${perfect[1]}`, ctx);
  // "“…,” according to X", "« … » mercredi, selon le préfet"; not after a verb of saying: "“…,” he said, according to the
  // Intelligencer" is his, the paper only reports it.
  const acc = ctx.p.according.exec(head);
  if (acc && acc.index < 12 && !saysBefore(head.slice(0, acc.index), ctx)) return nameAfter(head.slice(acc.index + acc[0].length), ctx);
  // French: an object pronoun may come before an inverted verb and its subject: "», lui a répondu Anne Hidalgo".
  const inversion = invertedName(ctx.p.lang === 'fr' ? head.replace(CLITIC_BEFORE_INVERSION, ', ') : head, ctx);
  if (inversion) return inversion;
  // "“…,” is the dry assessment of Graham Lane, leader of…": whose verdict the words are.
  const verdict = ctx.p.lang === 'en' ? VERDICT_OF_AFTER.exec(head) : null;
  const judge = verdict ? nameAfter(head.slice(verdict[0].length), ctx) : null;
  if (judge?.kind === 'name') return judge;
  // "“…,” read a statement from the Ohio Democratic Party": a document read out after the words, "read" being no verb of saying.
  const readOut = ctx.p.lang === 'en' ? DOCUMENT_READ_AFTER.exec(head) : null;
  const document = readOut ? nameAfter(head.slice(readOut[0].length), ctx) : null;
  if (document?.kind === 'document') return document;
  // Any verb inverted after the words, after the one it is said to and before its subject described, not named ("», leur
  // hurle alors l'individu"): someone the sentence describes speaks, so the words never go on with the one quoted before.
  const described = ctx.p.lang === 'fr' ? (VERB_TO_SOMEONE_DESCRIBED.exec(head) ?? VERB_THEN_SOMEONE.exec(head)) : null;
  if (described && !ctx.isStopword(described[1]!.toLowerCase()) && !saysBefore(head.slice(0, 40), ctx)) return { kind: 'unnamed' };
  ctx.p.verb.lastIndex = 0;
  let v = ctx.p.verb.exec(head);
  // A capitalised verb form right after a capitalised word is a name's word ("…” by the United States, NATO…, Clinton said").
  while (v && /^\p{Lu}/u.test(v[0]) && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(head.slice(0, v.index))) v = ctx.p.verb.exec(head);
  // A verb form that is also a plural noun is the noun after a determiner or an adjective: "“….” Labour had broken promises…".
  while (v && ctx.p.lang === 'en' && /s$/u.test(v[0]) && PLURAL_NOUN_LEAD.test(head.slice(0, v.index))) v = ctx.p.verb.exec(head);
  if (!v) return documentRead(head);
  // An aside set off by dashes before the verb is no part of the subject: "“…,” Andrei Illarionov - then economic adviser to
  // President Vladimir Putin - told a press conference".
  const pre = trimStartOf(head.slice(0, v.index), CLAUSE_MARKS).replace(DASHED_ASIDE_AT_END, ' '); // /^[\s,;:–—-]+/
  const post = head.slice(v.index + v[0].length);
  // "“…,” Powell’s office said": a person's campaign or office speaks for them, by its owner's name.
  const owned = OWNED_BODY.exec(pre);
  if (owned) return { kind: 'organisation', noun: owned[2]!, owner: owned[1]! };
  // "“….” He added, “…”", "“…?” Mills then writes back, “…”": a new sentence whose verb introduces the next quotation is not this one's.
  const nextQuotation = stop >= 0 && /["“«„]/u.test(window[stop]!);
  if (newClause && /^(?:\s+(?:back|again|later|too))?\s*[,:]\s*$/u.test(post) && nextQuotation) return null;
  // "“….” He declined to say when…", "“…” She would not say whether…": a verb of saying refused or denied reports no words.
  if (SAYING_REFUSED.test(pre)) return null;
  // "“…!” She replied to him that…": a capitalised pronoun opens a new sentence, and one that replies answers the
  // quotation, which is someone else's. (A name is capitalised anyway: "“…?” Sanders replied." is the question's.)
  if (newClause && /^(?:He|She|They|We)\s*$/u.test(pre) && REPLY.test(head.slice(v.index))) return null;
  // "“….” Bill Smith said the mayor “…”": a new sentence naming someone whose verb reports words of its own, then quotes
  // them, is that quotation's. ("“….” Le ministre a assuré que les parents allaient être « … »" goes on with the same speaker.)
  if (newSentence && nextQuotation && OBJECT_BEFORE_QUOTATION.test(post) && subjectBefore(pre, ctx)?.kind === 'name') return null;
  // "“….” AK had insisted it was making an example of her": a new sentence naming someone and reporting a clause of its own
  // ("“….” She further announced that…" goes on with the speaker, so a pronoun still attributes).
  if (newClause && REPORTED_CLAUSE_AFTER.test(post) && !pre.split(/\s+/u).some((w) => ctx.p.pronoun.test(w))) return null;
  // "“Harry the Nazi.” Mr Howard acknowledged the prince's apology": a new sentence whose verb takes an object of its own
  // (one told stays a listener: "“….” Smith told the BBC").
  if (newSentence && OBJECT_AFTER.test(post) && !TO_SOMEONE.test(v[0]) && !nextQuotation) return null;
  // "“….” If admitted into the EU, Turkey would…": a new sentence opening on a subordinating word and a participle is no attribution.
  if (newClause && /^(?:If|When|Once|Unless|Though|Although|While|As|Until|Before|After)\s*$/u.test(pre)) return null;
  // "…, chiding him, “…” when questioned about the attacks": a passive after a subordinating word is who was asked, the
  // sentence's own subject, whom the words before the quotation name; it says nothing of someone else speaking.
  if (SUBORDINATOR_ALONE.test(pre) && PASSIVE_OF_ASKING.test(v[0])) return null;
  if (/^it(?:\s+(?:further|also|then|again|later|\p{Ll}+ly))?\s*$/iu.test(pre)) return { kind: 'it' }; // "“…,” it added", "it further wrote"
  if (/^they\s*$/iu.test(pre)) return { kind: 'they' }; // "“…,” they wrote"
  if (PEOPLE_TOGETHER.test(pre)) return { kind: 'they', people: true }; // "the two write"
  if (pre.trim() === '') {
    // Inverted: "said Trump", "explique-t-il". A new sentence opening with a verb names no speaker
    // unless a name follows it at once ("Asked which Iowa county…" is not "said Trump").
    if (newSentence && !/^\s*\p{Lu}/u.test(post)) return null;
    // Spanish, Italian and Portuguese leave out the subject pronoun: "«…», explicó." is "he explained" or "she explained".
    if (PRO_DROP.has(ctx.p.lang) && /^\s*(?:[.;]|$)/u.test(post)) return { kind: 'pronoun', gender: null };
    return nameAfter(post, ctx);
  }
  // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said":
  // a name right after the quotation, then its appositions, then the verb (a verb-like word inside an
  // apposition, "the states suing", is passed over).
  if (!newSentence) {
    for (let w: RegExpExecArray | null = v; w; w = ctx.p.verb.exec(head)) {
      const words = trimStartOf(head.slice(0, w.index), CLAUSE_MARKS);
      const apposed = APPOSED.exec(words) ?? UNCLOSED_APPOSITION.exec(words);
      const name = apposed ? cleanName(apposed[1]!, ctx.isStopword) : '';
      if (name) return { kind: 'name', name };
    }
  }
  // "…” in the 2008 primary, said Ohio State University professor Paul Beck": the sentence goes on
  // after a partial quotation, then names its speaker after the verb. (Words before the verb that
  // name anyone are its subject: "…!” the nominee, Donald Trump, tweeted Sunday".)
  // Not after "told"/"asked", whose object listens, nor after a subject opening the words ("an intelligence source, who…, told Fox News").
  if (!newSentence && /,["”’]?\s*$/u.test(pre) && !/^(?:a|an|the|one|another)\s/u.test(pre) && !TO_SOMEONE.test(v[0]) && /^\s+\p{Lu}/u.test(post)) {
    const inverted = nameAfter(post, ctx);
    // Capitalised words before the verb may be its subject; a full name after it is still the speaker
    // ("…” that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager…").
    if (inverted && inverted.kind !== 'unnamed' && (!/\p{Lu}/u.test(pre) || (inverted.kind === 'name' && inverted.name.includes(' ')))) return inverted;
  }
  // "“If there had not been that intervention” by the United States, NATO and other world partners, Clinton said at…":
  // the sentence goes on after a partial quotation, then the speaker opens the clause after its last comma.
  const closingClause = newSentence ? '' : capturedName(NAME_AFTER_LAST_COMMA, pre, ctx) || fullNameOnly(capturedName(ROLE_NAME_AFTER_LAST_COMMA, pre, ctx));
  if (closingClause) return { kind: 'name', name: closingClause };
  // Too far: the verb belongs to another clause; unless a name and the body they are of fill the words ("John Smith of the Center for Strategic and International Studies said").
  // Or a description of two roles joined by "and" ("the independent Vermont senator and Democratic presidential candidate told"),
  // or one whose name is set off after it, right before the verb ("California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told").
  if (wordsBetweenSpaces(pre) > (NAME_OF_BODY.test(pre) || nameSetOffAtEnd(pre, ctx) ? 14 : TWO_ROLES.test(pre) ? 12 : 8)) return null;
  if (REPORTED_CLAUSE.test(pre)) return null;
  // A phrase opened by a preposition, no capitalised word in it, has no subject: the verb is a participle ("…” ahead of a
  // general election predicted for next May").
  if (PREPOSITIONAL_PHRASE_ONLY.test(pre)) return null;
  // "…, declaring it “…” and said it was…": a second predicate of the sentence's subject, read from the sentence.
  if (SECOND_PREDICATE.test(pre)) return null; // "“…” and that the Chamber of Commerce thinks": more of what was reported
  if (newSentence && (pre.includes(',') || wordsBetweenSpaces(pre.trim()) > 3)) return null;
  const subject = subjectBefore(pre, ctx);
  const listener = subject?.kind === 'pronoun' && TO_SOMEONE.test(v[0]) ? LISTENER.exec(post)?.[1] : undefined;
  return subject?.kind === 'pronoun' && listener ? { ...subject, listener } : subject;
}

// "“…,” Arab News quoted Prince Saud as saying": the outlet reports; the one it quotes spoke. Also
// "“…,” Mr Kapor is reported as saying", "he is quoted as saying by Germany's Manager Magazin".
const QUOTED_SOMEONE_AS_SAYING = /^[\s,]*(?:(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+|\p{Ll}+\s+){0,4})(?:quoted|reported|cited)\s+(.{1,80}?)\s+as\s+saying(?![\p{L}])/u;
const QUOTED_AS_SAYING = /^[\s,]*(.{1,80}?)\s+(?:is|was|has\s+been|had\s+been)\s+(?:quoted|reported|cited)\s+(?:by\s+[^,]{1,60}?\s+)?as\s+saying(?![\p{L}])/u;

/** The speaker of a quotation an outlet is said to quote, after it ("…,” the paper quoted Mr Chernin as saying"); null when the words say no such thing. */
function quotedAsSaying(sentence: string, ctx: AttributionContext): Attribution {
  const m = QUOTED_SOMEONE_AS_SAYING.exec(sentence) ?? QUOTED_AS_SAYING.exec(sentence);
  return m ? whoIsQuoted(m[1]!, ctx) : null;
}

// The same before a quotation: "Jones quoted Smith as saying:", "The Post quoted a GOP official as saying,".
const QUOTED_AS_SAYING_AT_END = /(?:quoted|cited)\s+(.{1,80}?)\s+as\s+saying$/u;

/** Who is quoted, from the words between "quoted" and "as saying": a pronoun, someone unnamed, or a name. */
function whoIsQuoted(who: string, ctx: AttributionContext): Attribution {
  if (/^(?:him|her|he|she)$/iu.test(who)) return { kind: 'pronoun', gender: pronounGender(who) };
  // "quoted a central bank official", "quoted an insider in the talks": someone unnamed.
  if (/^(?:an?|one|another|the|several|some|two|three)\s/iu.test(who)) return describedOrUnnamed(who);
  const name = cleanName(trailingCapPhrase(who.replace(/\s+(?:of|at|from|in|via)\s.*$/u, '')), ctx.isStopword);
  return name ? { kind: 'name', name } : { kind: 'unnamed' };
}

/** "», argue M. Dupont", "“, bilanzierte Olaf Scholz": any verb, then the name (null when no name follows it). */
function invertedName(head: string, ctx: AttributionContext): Attribution {
  const m = ctx.p.inversion?.exec(head);
  const verb = m && isInvertedVerb(m[1]!, ctx.isStopword) ? m : ctx.p.compoundInversion?.exec(head); // "», a également fustigé le député X"
  if (!verb) return null;
  const named = nameAfter(head.slice(verb[0].length), ctx);
  return named?.kind === 'name' ? named : null;
}

// After the verb, the subject of a reported clause or "that" opening one ("The company also said 12 senior executives would…").
const REPORTED_CLAUSE_AFTER = /^\s+(?:that\s+\p{L}|\d[\d,.]*\s+\p{Ll}|(?:it|he|she|they|we)\s+\p{Ll}|(?:the|a|an|his|her|its|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{L}[\p{L}’'-]*){0,5}\s+(?:is|was|are|were|will|would|could|should|has|had|have)\s)/u;
// What refuses or denies the verb after it: "declined to", "refused to", "would not", "didn't".
const SAYING_REFUSED = /(?:^|\s)(?:(?:declined|declines|refused|refuses)\s+to|(?:would|did|does|do|could|will|can)(?:\s+not|n['’]t)|won['’]t|cannot)\s*$/iu;
// A verb of reply, with what makes one of another verb: "replied", "responds", "shot back", "wrote back".
const REPLY = /^(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?|retort(?:s|ed|ing)?|(?:shot|shoots|fired|fires|hit|hits|wrote|writes)\s+back)\b/iu;
// After the verb, a noun phrase it takes: " the prince's apology", " his defeat".
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|its|their|this|these|those)\s+\p{L}/u;
// After the verb, words (not only a comma or a colon) leading to the next quotation: " the mayor “", " that the plan was “".
const OBJECT_BEFORE_QUOTATION = /^\s+\p{Ll}[^,:;]*$/u;
const LISTENER = /^\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}(\p{Lu}[\p{L}\p{M}'’-]*)/u;

const CLAUSE_MARKS = ',;:–—-';
// A name, then a relative clause whose verb of saying leads to the quotation, no other one between: "…,” said Beck, who said
// there were “", "Jane Smith, who also argued that the plan was “".
const NAME_WHO_SAID = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s+who\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:said|says|added|told|argued|insisted|noted|wrote|warned|claimed|called)(?![\p{L}])[^“”"«»]*$/u;
const PREPOSITIONAL_PHRASE_ONLY = /^\s*(?:ahead\s+of|because\s+of|in|on|at|for|after|before|during|with|from|over|under|since|until|amid|about|against|into)\s+[^\p{Lu},;:]*$/u;
// Words before a plural noun ("broken promises", "his claims", "the notes") that no verb of saying follows.
const PLURAL_NOUN_LEAD = /(?:^|\s)(?:the|his|her|its|their|our|my|your|these|those|such|broken|empty|unkept|campaign|election|repeated|previous|earlier|past|new|false|similar)\s+$/iu;

// The words before the verb after a quotation, when they are only that.
const OWNED_BODY = new RegExp(String.raw`^\s*${OWNED_BODY_WORDS}\s*$`, 'u');
// Words after a quotation, a comma, then a name alone before the verb: "… by the United States, NATO and other world partners, Clinton".
const NAME_AFTER_LAST_COMMA = /\p{Ll}[^,;:]*,\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u;
// Or a role before the full name there: "…” that would respond to…, Justice Department senior trial counsel Caroline Lewis Wolverton wrote".
const ROLE_NAME_AFTER_LAST_COMMA = new RegExp(String.raw`\p{Ll}[^,;:]*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${ROLE_NOUNS})\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$`, 'u');

/** A name of two words or more, else '' (a role's single capitalised word after it may be anything). */
function fullNameOnly(name: string): string {
  return name.includes(' ') ? name : '';
}
// A second reported clause after a quotation: "…said that NAFTA has been good for “…” and that the Chamber thinks".
const REPORTED_CLAUSE = /^\s*(?:and|or|but)\s+that\s/u;
const SECOND_PREDICATE = /(?:^|\s)(?:and|but|et|mais|und|aber|sowie|y|pero|e|ma|en|maar)(?:\s+(?:then|also|later|a|puis|aussi|dann|auch))?\s*$/u; // also "… „…“ und unterstrich", "… » et a souligné"

// A dash, a name and the end of the line or a comma, or a name in brackets: a quotation signed by
// its speaker ("“…” ― Jacklyn Ashley", "“…” (Rachida Dati)").
const SIGNATURE = /^\s*(?:[―—–]\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s*(?:[,.(]|$|(?=[“"«„]))|\(((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\))/u;
// A signature in a paragraph of its own under a quotation paragraph, as fact checks set them: "“…”\n\n- Bernie Sanders."
// Also "-President Obama, tweeting after Clinton's speech." and "-Michelle Marks, Philadelphia.": a dash, the name, and after a comma who or where they are.
const SIGNATURE_PARAGRAPH = /^[ \t]*\n\s*[―—–-]\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:,[^\n]{1,80})?\.?[ \t]*(?:\n|$)/u;

// Right after a quotation that ends on a comma, a name (perhaps after "an angry") and any past tense closing the sentence:
// "“France will always be France,” an angry Hollande retaliated." The comma says the sentence goes on to its speaker.
const NAME_ANY_VERB_AFTER = /^\s*(?:an?\s+\p{Ll}+\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s*[.,;]/u;

// The same with a description of a person: "“…,” the Republican vice-presidential nominee riffed on Hassan's non-answer…".
const DESCRIPTION_ANY_VERB_AFTER = /^\s*([Tt]he\s+(?:[\p{L}'’-]+\s+){0,5}?)\p{Ll}{3,}ed(?:\s+(?:on|at|back|to|about)\s[^.,;:!?]{0,60})?\s*[.,;]/u;

/** The speaker a quotation ending on a comma is given by any past tense after it, named or described: "“…,” an angry Hollande retaliated." */
export function speakerWithAnyVerbAfter(after: string, ctx: AttributionContext): Attribution {
  const name = capturedName(NAME_ANY_VERB_AFTER, after, ctx);
  if (name) return { kind: 'name', name };
  const described = DESCRIPTION_ANY_VERB_AFTER.exec(after);
  const description = described ? describedOrUnnamed(described[1]!.trim()) : null;
  return description?.kind === 'description' ? description : null;
}

/** The speaker signed under a quotation that ends its paragraph (`after`: the text right after its closing mark). */
export function signatureBelow(after: string, ctx: AttributionContext): Attribution {
  const name = capturedName(SIGNATURE_PARAGRAPH, after, ctx);
  return name ? { kind: 'name', name } : null;
}

// Right after a quotation, a name, then an apposition opened by an article or "who" that the verb closes without a
// comma: "“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted", "…,"Katie Packer, who is chairman of Our Principles Pac said".
const UNCLOSED_APPOSITION = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*,\s*(?:the|a|an|who)\s(?![^,;:!?]*\sand\s)[^,;:!?]{2,100}$/u;

// Someone's words, named before the quotation: "In Dr. Shadlen's words", "In the words of Michael Shadlen", "In her own words".
const IN_WORDS = /(?:^|[\s,;])[Ii]n\s+(?:the\s+words\s+of\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)|((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*?)['’]s?\s+(?:own\s+)?words|(his|her)\s+(?:own\s+)?words)\s*$/u;

/** Attribution in the sentence before a quotation ending with ':' or ',': "Klymenko stated, “…”". */
export function attributionBefore(before: string, ctx: AttributionContext): Attribution {
  let pre = before.slice(-BEFORE_WINDOW);
  let end = pre.length;
  while (end > 0 && isSpaceUnit(pre.charCodeAt(end - 1))) end--;
  // A dash after a whole clause introduces the words as a colon does: "Trump also embraced enhanced interrogation techniques — “…”"
  // (set off by spaces after a word in lower case: not a heading's "FAREWELL—", nor a caption's "(…poster 2003) —").
  const dash = DASH_AFTER_CLAUSE.test(pre);
  if (end === 0 || !(INTRO_MARKS.includes(pre[end - 1]!) || dash)) return null; // /[:,–—]\s*$/, or " --"
  const colon = pre[end - 1] === ':';
  // "Avant d'ajouter :", "before adding:", "An IAAF statement said: “…” The statement continued:": the one quoted just before goes on.
  const beforeMark = pre.slice(0, end - 1);
  if (SAME_SPEAKER.test(beforeMark) || (ctx.p.lang === 'en' && DOCUMENT_GOES_ON.test(beforeMark))) return { kind: 'same' };
  const lastSentence = pre.slice(lastSentenceEnd(pre.slice(0, end), SENTENCE_BREAK) + 1, end);
  // "…," he told CNN in October. Then, later that month on CNN: "…"": a sentence of time alone before a colon goes on with them.
  // (Not a whole clause closed by a participle of saying: "Earlier, Michael Howard sent Mr Bush his congratulations, saying:".)
  if (colon && ctx.p.lang === 'en' && TIME_ALONE_BEFORE_COLON.test(lastSentence) && !saysBefore(lastSentence, ctx) && !PARTICIPLE_AT_END.test(lastSentence.slice(0, -1))) return { kind: 'same' };
  // "Mr Blair told BBC News he had not read it. But told BBC News:": a verb with no subject goes on with the sentence before's,
  // whom the resolver finds as it does for a pronoun of either gender.
  if (ctx.p.lang === 'en' && saysWithoutSubject(lastSentence, ctx)) return { kind: 'pronoun', gender: null };
  // Only the current sentence.
  const cut = lastSentenceEnd(pre, SENTENCE_BREAK);
  // Past the closing mark of a quotation that ended the sentence before: "…destroy ISIS." Bush: "…"".
  if (cut >= 0) pre = pre.slice(cut + 1).replace(/^["”’»“]/u, '');
  pre = trimEndOf(pre, dash ? `${INTRO_MARKS}-` : INTRO_MARKS); // /[\s:,–—]+$/
  // "« … », a-t-il poursuivi : « … »": a French inversion right before the colon says who goes on.
  const goesOn = ctx.p.lang === 'fr' ? FRENCH_INVERSION_AT_END.exec(pre) : null;
  if (goesOn) return { kind: 'pronoun', gender: pronounGender(goesOn[1]!) };
  const acc = ctx.p.according.exec(pre);
  const source = acc ? nameAfter(pre.slice(acc.index + acc[0].length), ctx) : null;
  // German "so" is also the adverb opening "So sagte er:": a marker naming no one leaves the sentence to its verb.
  if (source && source.kind !== 'unnamed') return source;
  // "In Dr. Shadlen's words, “…”", "In the words of Michael Shadlen:", "In her own words:": whose words they are.
  // (Read on the words before the sentence cut, which a title's dot may have made: "In Dr. Shadlen's words,".)
  const words = ctx.p.lang === 'en' ? IN_WORDS.exec(trimEndOf(before.slice(-BEFORE_WINDOW), INTRO_MARKS)) : null;
  if (words?.[3]) return { kind: 'pronoun', gender: pronounGender(words[3]) };
  // "…because to her, “there’s nothing more important…”": whose view the words are, as "in her words" says.
  const view = ctx.p.lang === 'en' ? VIEW_OF_PRONOUN.exec(pre) : null;
  if (view) return { kind: 'pronoun', gender: pronounGender(view[1]!) };
  // (Not "Des Browne quoted its five-year plan… as saying:": he reads out his own side's words.)
  const quoted = ctx.p.lang === 'en' ? QUOTED_AS_SAYING_AT_END.exec(pre) : null;
  if (quoted && !/^(?:its|their|his|her|our)\s/u.test(quoted[1]!)) return whoIsQuoted(quoted[1]!, ctx);
  const wordsOf = words ? cleanName(words[1] ?? words[2]!, ctx.isStopword) : '';
  if (wordsOf) return { kind: 'name', name: wordsOf };
  // "…, saying, “…”": the participle's subject, not whoever a clause before it names.
  if (PARTICIPLE_AT_END.test(pre)) return attributionInSentence(wholeSentence(before), ctx);
  const participle = NAME_PARTICIPLE.exec(pre);
  // Also "…, with finance minister Herve Gaymard telling parliament:".
  const named = (participle ? cleanName(participle[1]!, ctx.isStopword) : '') || (ctx.p.lang === 'en' ? capturedName(WITH_NAME_PARTICIPLE, pre, ctx) : '');
  if (named) return { kind: 'name', name: named };
  const labelled = colon && ctx.p.lang === 'en' ? roundupLabel(trimEndOf(before, INTRO_MARKS), ctx) : '';
  if (labelled) return { kind: 'name', name: labelled };
  let last: RegExpExecArray | null = null;
  ctx.p.verb.lastIndex = 0;
  for (let m = ctx.p.verb.exec(pre); m; m = ctx.p.verb.exec(pre)) last = m;
  if (!last) return colon || dash ? colonSubject(pre, ctx) : null;
  const left = pre.slice(0, last.index);
  // "Asked which county was his favorite, he demurred:": a verb opening the sentence starts a
  // participle phrase, and the subject follows its comma; the words after the verb are no speaker.
  // ("Said Dorothy Poynter, who grew up with Ali, “…”" is inverted: a name follows the verb at once.)
  const comma = /^[\s"”’»]*$/u.test(left) && !/^\s*\p{Lu}/u.test(pre.slice(last.index + last[0].length)) ? pre.indexOf(',', last.index) : -1;
  if (comma >= 0) return colon ? colonSubject(pre.slice(comma + 1), ctx) : null;
  // "Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said:": the name its appositions follow, not a body inside them
  // (unless a name set off closes the words: "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said:").
  const apposed = NAME_SET_OFF.test(left) ? '' : capturedName(APPOSED, left.replace(PARTY_TAG, ''), ctx);
  if (apposed) return { kind: 'name', name: apposed };
  // A stray comma between a subject and its verb, the only one, after a person's name: "Chairman of the … Committee Peter
  // Ainsworth MP, said:" (not "In London, said").
  const strayComma = ctx.p.lang === 'en' && /^[^,]*,\s*$/u.test(left) && left.split(/\s+/u).some((w) => isFirstName(w));
  let subject = subjectBefore(strayComma ? left.replace(/,\s*$/u, ' ') : left, ctx);
  if (subject && subject.kind !== 'unnamed') return subject;
  // "He went on to say:", "Klymenko added, stating:": the subject of the clause's first verb.
  ctx.p.verb.lastIndex = 0;
  const first = ctx.p.verb.exec(pre);
  if (first && first.index < last.index) {
    const s = subjectBefore(pre.slice(0, first.index), ctx);
    if (s && s.kind !== 'unnamed') return s;
    subject = subject ?? s;
  }
  // "said Trump:"; not "a Labour spokesman told BBC News:", whose listener follows the verb.
  // ("Sanders was asked by host Bill Maher, …, “…”" is the asker's.)
  const listens = TO_SOMEONE.test(last[0]) && !/(?:was|were|been|being)\s+$/u.test(left);
  // Nor where the verb says how or where ("détaille sur son site Internet la nature de l'événement :" is not Internet's).
  const afterVerb = pre.slice(last.index + last[0].length);
  // Nor after an infinitive or where a preposition names the topic: "Trump had this to say about Clinton:" is not Clinton's.
  const topicAfter = ctx.p.lang === 'en' && (/(?:^|\s)to\s+$/u.test(left) || /^\s*(?:about|of|on|against|at|for|to)\s/u.test(afterVerb));
  const inverted = listens || topicAfter || WHERE_AFTER_VERB.test(afterVerb) ? null : nameAfter(afterVerb, ctx);
  if (inverted && inverted.kind !== 'unnamed') return inverted;
  // A colon still says the sentence's opening name speaks: "Marine Le Pen (RN), la première à dégainer, s'interroge :".
  return (colon ? colonSubject(pre, ctx) : null) ?? subject ?? { kind: 'unnamed' };
}

const INTRO_MARKS = ':,–—';
// "to her" or "for him" opening a clause and closing the words before a quotation (the comma already trimmed): whose view
// follows. Only after a clause's start ("because to her,", ", for him,"), never after a verb ("He turned to her, “…”").
const VIEW_OF_PRONOUN = /(?:^\s*|,\s*|(?:^|\s)(?:because|and|but|since|as|so)\s+)(?:[Tt]o|[Ff]or)\s+(him|her)$/u;
// A sentence of its own: "The statement continued", "The letter added", "The report went on".
const DOCUMENT_GOES_ON = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)The\s+(?:${DOCUMENT_NOUNS})\s+(?:continued|continues|added|adds|went\s+on|goes\s+on)\s*$`, 'u');
// A sentence that is only a phrase of time before a colon: "Then, later that month on CNN:", "Later:".
const TIME_ALONE_BEFORE_COLON = /^["”’]?\s*(?:Then|Later|Earlier|Again|Afterwards|Afterward|And\s+then|But\s+then)(?![\p{L}])[^.!?;"“”]{0,60}:$/u;
// A dash set off by spaces after a word in lower case, closing the words before a quotation (attributionBefore).
const DASH_AFTER_CLAUSE = /\p{Ll}\s+(?:—|–|--?)\s*$/u;
// A preposition and a possessive or an indefinite article right after a verb: where or how it was said, not who said it.
const WHERE_AFTER_VERB = /^\s*(?:sur|dans|à|en|par|pour|avec|on|in|at|to|for|with|by|auf|im|mit|für)\s+(?:son|sa|ses|leur|leurs|un|une|his|her|its|their|a|an|seine[mnr]?|ihre[mnr]?|einer?[mn]?)\s/iu;
// A verb inverted with its pronoun, then a few words of its own, closing the words before a quotation: ", a-t-il poursuivi",
// "», précise-t-elle à l'AFP".
const FRENCH_INVERSION_AT_END = /(?:^|[\s,»”"])[\p{L}'’]+-(?:t-)?(il|elle)(?![\p{L}])(?:\s+[\p{L}'’-]+){0,5}$/iu;
// Only a subject between two verbs: "said he hoped", "says that Trump thinks".
const REPORTED_SUBJECT = /^\s+(?:that\s+)?(?:he|she|they|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+$/u;

/** The last sentence of `before`, however long (its subject may open it far back). */
function wholeSentence(before: string): string {
  const cut = lastSentenceEnd(before, SENTENCE_BREAK);
  return trimEndOf(cut >= 0 ? before.slice(cut + 1).replace(/^["”’»“]/u, '') : before, INTRO_MARKS);
}

// "Avant d'ajouter :", "Et de poursuivre :", "before adding:", a sentence of its own "Adding, “…”": the speaker goes on.
// A sentence opening on "But" or "And" right before its verb, the few words after it: "But told BBC News:", "And added:".
const CONNECTIVE_THEN_VERB = /^\s*(?:But|And)\s+(?=\p{Ll})([^.!?"“”]{1,60})[:,]\s*$/u;

/** Whether a sentence is a verb of saying with its subject left out after "But" or "And" ("But told BBC News:"). */
function saysWithoutSubject(sentence: string, ctx: AttributionContext): boolean {
  const rest = CONNECTIVE_THEN_VERB.exec(sentence)?.[1];
  if (rest === undefined) return false;
  ctx.p.verb.lastIndex = 0;
  return ctx.p.verb.exec(rest)?.index === 0;
}
const SAME_SPEAKER = /(?:^|[\s.,;])(?:avant|et|puis)\s+d[e'’]\s*(?:ajouter|poursuivre|conclure|préciser|insister|expliquer|lancer|renchérir)\s*$|(?:^|[\s.,;])(?:before|then)\s+(?:adding|concluding|continuing)\s*$|(?:^|[.!?]["”’»]?\s+)(?:adding|concluding|continuing)\s*$/iu;

// A sentence that opens with a name and its verb and ends with a colon introduces that person's
// words with any verb: "Democratic Sen. Claire McCaskill (D-Mo.) scolded him:", "Jacklyn Ashley:".
const COLON_SUBJECT = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s*\([^()]{1,20}\))?(?:\s*,[^,]{1,60},)?(?:$|\s+\p{Ll})/u;

// After an opening phrase, a name then at once its verb: "In a Fox interview later that day, Trump went even further:"
// (never "At a Trump rally in Birmingham, Alabama, on Saturday, …": a place the comma cut).
const SUBJECT_AFTER_OPENER = new RegExp(String.raw`^\s*${OPENING_PHRASE}((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+\p{Ll}`, 'u');

// A relation or a role (English or French), perhaps whose ("of Steve", "de la victime"), then a name set off by a comma, closing the words before a colon.
const NAME_AFTER_RELATION = new RegExp(`(?:^|\\s)(?:${RELATION_NOUNS}|${ROLE_NOUNS}|${FR_ROLES})(?:\\s+(?:of|de|du|des|d['’])\\s*[^,;:]{1,40})?,\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s*$`, 'u');
/** "…, dont celle d'une amie de Steve, Aliyah", "…, including his sister, Jane Smith": the name set off after someone's relation or role, closing the words ('' when none). */
export function nameAfterRelation(words: string, ctx: AttributionContext): string {
  return capturedName(NAME_AFTER_RELATION, trimEndOf(words, INTRO_MARKS), ctx);
}
// "Pollsters agree - Carl Bialik:", "More from Jane Porter:"; also after a role, when no verb of saying precedes: "The timing
// doesn’t surprise Republican pollster Daron Shaw:".
const SIGNED_BEFORE_COLON = new RegExp(`(?:^|\\s)(?:[-–—]|from|${ROLE_NOUNS})\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s*$`, 'u');

// A roundup's label, the whole paragraph before a colon: a full name, then where they speak from ("John Jones, Acme Corp").
const ROUNDUP_LABEL = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s+([^,:;.!?\n"“”]{2,60})$/u;

/** The person a roundup's label names ("Mary Smith, The Times:"), '' when the words are no such label (a verb in them, no first name). */
function roundupLabel(paragraph: string, ctx: AttributionContext): string {
  const m = ROUNDUP_LABEL.exec(paragraph);
  if (!m || saysBefore(m[2]!, ctx)) return '';
  const name = cleanName(m[1]!, ctx.isStopword);
  return name.includes(' ') && isFirstName(name.slice(0, name.indexOf(' '))) ? name : '';
}

// Before a colon, the pronoun may follow two opening phrases: "Vendredi 14 septembre, dans un entretien au Magazine du Monde
// réalisé en pleine Coupe du monde, il garde son enthousiasme :".
const PRONOUN_AFTER_TWO_PHRASES = new RegExp(String.raw`^\s*[^,.;:!?]{1,60},\s*[^,.;:!?]{1,90},\s*(${SUBJECT_PRONOUNS})(?![\p{L}])`, 'iu');
const SOMEONES_PERSON_LEAD = new RegExp(`^\\s*(?:His|Her|Their|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*['’]s?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${PERSON_NOUNS}|${RELATION_NOUNS})(?:\\s+\\p{Ll}+){0,2}\\s*$`, 'u');
const POSSESSOR_LEAD = /^\s*(His|Her|Seine)\s+(?:\p{Ll}+\s+)?\p{L}+\s*$/u;

const FROM_SOURCE = /^\s*From\s+((?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}?\p{Lu}[\p{L}\p{M}-]*)(?:['’]s\s|\s+\p{Ll})/u;

const LOWER_CASE_ROLE = new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS})\\s`, 'u');

// A clause of time opening the sentence, with no main clause after it: "When Trump finally wrapped up —", "As Gavin Cox… put it:".
const WHEN_CLAUSE_ONLY = /^\s*(?:When|As|Once|After)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:finally\s+|then\s+|later\s+|at\s+last\s+)?\p{Ll}+[^,;:]*$/u;

// A transcript's label in capitals alone before the colon: "HOLT:", "KING:".
const CAPITALS_LABEL = /^\s*(\p{Lu}{2,}(?:\s\p{Lu}{2,})*)\s*$/u;

function colonSubject(sentence: string, ctx: AttributionContext): Attribution {
  // A short label reads as an acronym ("HOLT" like "NATO"): written as a name, the text decides (quotes.ts: speakerNamed).
  const label = CAPITALS_LABEL.exec(sentence)?.[1];
  if (label && !cleanName(label, ctx.isStopword)) {
    const name = cleanName(mixedCase(label), ctx.isStopword);
    if (name) return { kind: 'name', name };
  }
  // "When Trump finally wrapped up — “…” —": a clause of time with no main clause yet; its subject speaks.
  const whenNamed = capturedName(WHEN_CLAUSE_ONLY, sentence, ctx);
  if (whenNamed) return { kind: 'name', name: whenNamed };
  // "Pollsters agree - Carl Bialik:", "More from Jane Porter:", "…surprise Republican pollster Daron Shaw:": the full name the colon follows.
  const signer = capturedName(SIGNED_BEFORE_COLON, sentence, ctx);
  if (signer.includes(' ')) return { kind: 'name', name: signer };
  const apposed = nameAfterRelation(sentence, ctx);
  if (apposed) return { kind: 'name', name: apposed };
  // "His lawyer said:", "Her husband said:", "Brown's spokesman said:": someone of theirs, unnamed (the possessor is not who speaks);
  // "Brown's wife:" another of that family, as "Brown's wife said" is (subjectBefore).
  const kinOf = possessorOfRelation(sentence);
  if (kinOf) return { kind: 'relative', of: kinOf };
  if (SOMEONES_PERSON_LEAD.test(sentence)) return { kind: 'unnamed' };
  // "His final assessment:", "Seine Begründung:": the possessor speaks (French "sa"/"son" agree with the noun, not the speaker).
  const possessor = POSSESSOR_LEAD.exec(sentence)?.[1];
  if (possessor) return { kind: 'pronoun', gender: pronounGender(possessor) };
  // "She then addressed the supporters again:", also after an opening phrase: "But back on American soil, he returned to his familiar lines:".
  const pronoun = (OPENING_PRONOUN.exec(sentence) ?? PRONOUN_AFTER_TWO_PHRASES.exec(sentence))?.[1];
  if (pronoun) return { kind: 'pronoun', gender: pronounGender(pronoun) };
  // "From Andrea Peyser writing at The New York Post:", "From Bush's Facebook post:": the author, or the owner of what is quoted.
  const source = capturedName(FROM_SOURCE, sentence, ctx);
  if (source) return { kind: 'name', name: source };
  // "The Vermont senator emailed supporters saying:": a description, whose capitalised words are no name.
  const described = DESCRIBED_LEAD.exec(sentence);
  if (described) return describedSubject(described[1]!);
  // A transcript's label, roles then a full name: "Former secretary of state Hillary Rodham Clinton:". A role word in
  // lower case tells it from a headline's run ("Elizabeth Warren Hammers Wells Fargo CEO:", "Gillibrand on Hillary Releasing…:").
  const labelled = LOWER_CASE_ROLE.test(sentence) ? titledName(sentence, ctx) : null;
  if (labelled) return labelled;
  // "When Wallace died in 1998, President Clinton released the following statement:": a subordinate clause's subject is not the one speaking.
  const m = SUBJECT_AFTER_OPENER.exec(sentence) ?? (SUBORDINATE_OPENING.test(sentence) ? null : COLON_SUBJECT.exec(sentence));
  // "Before Trump’s appearance…, the cleric… is shown lecturing:": a phrase opened by a preposition is
  // not the one speaking ("Clinton’s response was:" is Clinton's).
  const name = roleLeadName(sentence, ctx) || (m && !OPENING_PREPOSITION.test(m[1]!) ? cleanName(headlineSubject(beforeCapitalisedFunctionWord(m[1]!), ctx), ctx.isStopword) : '');
  return name ? { kind: 'name', name } : longHeadlineSubject(sentence, ctx);
}

// A role in lower case, then a full name and its verb: "Communist lawmaker Jo Lee went further:".
const ROLE_LEAD = new RegExp(String.raw`^\s*(?:\p{Lu}\p{Ll}+\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${ROLE_NOUNS})\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+\p{Ll}`, 'u');

/**
 * The full name a sentence opens with after its role, when a verb follows it: "Le député communiste
 * Pierre Dharréville est allé plus loin :", "Communist lawmaker Jo Lee went further:" ('' otherwise).
 * A full name only: a colon with no verb of saying is weaker evidence than "said".
 */
function roleLeadName(sentence: string, ctx: AttributionContext): string {
  const name = ctx.p.lang === 'en' ? capturedName(ROLE_LEAD, sentence, ctx) : roleThenName(sentence, ctx);
  if (!name.includes(' ')) return '';
  const at = sentence.indexOf(name);
  return at >= 0 && /^(?:\s*\([^()]{1,20}\))?\s+\p{Ll}/u.test(sentence.slice(at + name.length)) ? name : '';
}

// A subordinate clause with a named subject, then the participle closing the sentence: "…when Clinton ended a debate…, remarking,".
const NAMED_CLAUSE_BEFORE_PARTICIPLE = /\s(?:when|as|after|while|before|because|since|until|once)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s+\p{Ll}[^.!?]*,\s*\p{Ll}+ing\s*[,:]?\s*$/u;

const PARTICIPLE = new RegExp(`(?:${BEFORE_PARTICIPLE}\\s*(?:${PARTICIPLE_WORDS})|${DOCUMENT_THAT_SAID})(?![\\p{L}])`, 'iu');

/**
 * For a long partial quotation in a sentence that names no one and no verb introduces, the speaker of the sentence
 * before when a closing attribution ends it: "…misinformation, he said. Good information can still drive out bad, but
 * usually only when “the truth is sexier than the lie.”" (reported speech going on). `block` is the paragraph up to the
 * quotation, `sentence` its last sentence; `isName` says whether a capitalised word is a name in this text.
 */
export function closingAttributionBefore(block: string, sentence: string, ctx: AttributionContext, isName: (word: string) => boolean): Attribution {
  // The word opening the sentence is capitalised anyway: a name only when the text treats it as one.
  const opening = /^\s*(\p{Lu}[\p{L}'’-]*)/u.exec(sentence);
  if ((opening && isName(opening[1]!)) || namesAnyone(sentence.slice(opening?.[0].length ?? 0))) return null;
  const before = block.slice(0, block.length - sentence.length);
  const closing = closingAttributionFor(ctx.p.verb).exec(before);
  if (!closing) return null;
  if (ctx.p.pronoun.test(closing[1]!)) return { kind: 'pronoun', gender: pronounGender(closing[1]!) };
  const name = cleanName(closing[1]!, ctx.isStopword);
  return name ? { kind: 'name', name } : null;
}

// "…, he said." or "…, Hemsley said on Tuesday." ending a sentence, for each language's verbs (built once).
const CLOSING_ATTRIBUTION = new WeakMap<RegExp, RegExp>();
function closingAttributionFor(verb: RegExp): RegExp {
  let re = CLOSING_ATTRIBUTION.get(verb);
  if (!re) CLOSING_ATTRIBUTION.set(verb, (re = new RegExp(String.raw`,\s*(he|she|(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:${verb.source})(?:\s+[^,;:!?“”"]{0,40})?\.\s*$`, 'u')));
  return re;
}

// A description, then a name set off by commas, then the clause's past-tense verb.
const SET_OFF_LEAD = new RegExp(String.raw`^\s*(?:${OPENING_PHRASE})?[^,]*\p{Ll}[^,]*,\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*,\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+ed(?![\p{L}])`, 'u');
/** A sentence whose subject is a person's campaign or office, then one of `verbs`. */
const ownedBodyLead = (verbs: string) => new RegExp(String.raw`^\s*(?:${OPENING_PHRASE})?${OWNED_BODY_WORDS}\s+(?:\p{Ll}+ly\s+)?(?:${verbs})(?![\p{L}])`, 'u');
// Any past tense, before a participle of saying: "Shortly after…, Rubio’s campaign sent out…, saying".
const OWNED_BODY_LEAD = ownedBodyLead(String.raw`\p{Ll}+ed|${IRREGULAR_PAST}`);
// A verb of saying, before a partial quotation: "Gov. Gavin Newsom's office said in a statement that…".
const OWNED_BODY_SAYS = ownedBodyLead('said|says|told|tells|wrote|writes|added|adds|argued|argues|noted|notes|claimed|claims|insisted|insists|warned|warns');

// A name, said, then the participle ending the words before the quotation: "…, Nefzi said, adding,".
// Also inverted, with a party tag and a short phrase of time: "“…,” said Rep. Bobby Scott (D-Va.) at the time, adding that".
const SAID_THEN_PARTICIPLE = new RegExp(
  `[,"”’]\\s*(?:((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:said|says|added|wrote)|(?:said|says|added|wrote)\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)(?:${TAG})?(?:\\s+\\p{Ll}[\\p{L}\\s]{0,24})?),\\s*(?:${PARTICIPLE_WORDS})(?:\\s+that)?\\s*[,:]?\\s*$`,
  'u',
);
// A pronoun and its verb of saying set off by commas, then a participle: ", he claimed, saying".
const PRONOUN_SAID_THEN_PARTICIPLE = new RegExp(`,\\s*(he|she)\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|claimed|claims|added|adds|argued|argues|insisted|insists|wrote|writes)\\s*,\\s*(?:${PARTICIPLE_WORDS})(?![\\p{L}])`, 'u');
// A name then a participle right before the quotation: "footage of Hillary Clinton asking, “…”"; never
// a place or a medium the name is in ("…question on Telemundo Facebook writing").
const NAME_PARTICIPLE = new RegExp(`(?<!(?:(?:^|\\s)(?:on|in|at|to|from|with|via|for)|\\p{Lu}[\\p{L}\\p{M}.'’-]*)\\s+)((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:\\p{Ll}+ly\\s+)?(?:${PARTICIPLE_WORDS})$`, 'u');

// A possessive, a few words, a noun for something said, "that", right before the quotation or a few words of its clause before
// it: "her March comment that,", "Trump's claim that", "responded to Clinton's claim that the plan was".
const OWN_REMARK = /(?:^|\s)(?:((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)['’]s|([Hh]is|[Hh]er))\s+(?:[\p{L}-]+\s+){0,2}?(?:remark|remarks|comment|comments|claim|words|statement|pledge|promise|vow|assertion|quip|warning|declaration|insistence|argument|boast|line|catch\s*phrase|slogan|refrain|mantra|answer|response|reply|retort)(?:\s+(?:[^\s,;:.!?“”"]+\s+){0,6}?(?:was|is|has\s+been))?\s+that(?:\s*,|\s+(?:[^\s,;:.!?“”"]+\s+){1,6})?\s*$/u;

// A verb in lower case, whom it blames or praises, then "for" or "of" and a participle of saying: "mocked Clinton for calling",
// "accused Sanders of calling", "praised her for saying" (the words up to the quotation stay in its clause).
const SOMEONE_FOR_SAYING = /(?:^|\s)\p{Ll}{3,}\s+(?:((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)|(him|her))\s+(?:for|of)\s+(?:\p{Ll}+ly\s+)?(?:calling|saying|describing|labeling|labelling|dubbing|branding|claiming|suggesting|declaring|tweeting|writing)(?![\p{L}])[^.!?;“”"]{0,80}$/u;

// A possessive, a noun for words said, perhaps what it was said to, then "was," or "was:" right before the quotation: "Barrett's
// dictum to his interns (repeated to me over the years) was, “…”", "Rubio's answer was: “…”".
const OWN_WORDS_WERE = /(?:^|\s)(?:((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)['’]s|([Hh]is|[Hh]er))\s+(?:[\p{L}-]+\s+){0,2}?(?:answer|response|reply|retort|dictum|motto|advice|message|remark|comment|refrain|mantra|slogan)(?:\s+[^.!?“”"]{1,80}?)?\s+(?:was|is)\s*[,:]\s*$/u;

/** A match whose first group is a name and whose second is "his"/"her"/"him": that name, or that pronoun; null for none. */
function nameOrPronoun(m: RegExpExecArray | null, ctx: AttributionContext): Attribution {
  if (m?.[2]) return { kind: 'pronoun', gender: pronounGender(m[2]) };
  const name = m?.[1] ? cleanName(m[1], ctx.isStopword) : '';
  return name ? { kind: 'name', name } : null;
}

// A verb of saying and a full name set off by commas inside a sentence: ", says Carl Anthony, historian at…,".
// (Also with where they work: ", said Junya Tanase of JPMorgan Chase bank in Tokyo, were “…”".)
const SAYS_SET_OFF = /\p{Ll},\s+(?:says|said|notes|noted|writes|wrote|argues|argued|explains|explained)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:of|at|from)\s+[^,;:“”"]{1,60})?\s*,/u;

/**
 * Attribution by the sentence a quotation sits in, when nothing right beside it attributes it: the
 * subject of the sentence's first reporting verb ("Trump tells his supporters at a rally to “go…”",
 * "Clinton says Trump’s “latest…”"). `sentence` is the sentence's text before the opening mark.
 */
export function attributionInSentence(sentence: string, ctx: AttributionContext): Attribution {
  // Not English: "According to Politico, Trump called it “…”" quotes Trump, not the paper that reports it.
  const according = ctx.p.lang !== 'en' ? accordingInSentence(sentence, ctx) : null;
  if (according) return according;
  if (ctx.p.lang === 'fr') {
    const goesOn = frenchParticiple(sentence, ctx);
    if (goesOn) return goesOn;
  }
  // "…, with Gorka noting the absurdity of positioning “…”", "with Trump reportedly yelling: “…”": the name the participle follows.
  const withSpeaker = ctx.p.lang === 'en' ? capturedName(WITH_NAME_PARTICIPLE, sentence, ctx) : '';
  if (withSpeaker) return { kind: 'name', name: withSpeaker };
  // "Trump mocked Clinton for calling the plan “…”", "accused him of saying “…”": the one blamed or praised for the words said them.
  const blamed = ctx.p.lang === 'en' ? nameOrPronoun(SOMEONE_FOR_SAYING.exec(sentence), ctx) : null;
  if (blamed) return blamed;
  // "…over her remark that “…”", "after Trump's claim that “…”": the possessor's own words, whoever "her" is.
  const remark = ctx.p.lang === 'en' ? nameOrPronoun(OWN_REMARK.exec(sentence) ?? OWN_WORDS_WERE.exec(sentence), ctx) : null;
  if (remark) return remark;
  // "The paradox of Nancy, says Carl Anthony, historian at…, is that she was “…”": the speaker set off inside the sentence.
  const setOffSpeaker = ctx.p.lang === 'en' ? capturedName(SAYS_SET_OFF, sentence, ctx) : '';
  if (setOffSpeaker.includes(' ')) return { kind: 'name', name: setOffSpeaker };
  // "Gov. Gavin Newsom's office said in a statement that the state would “…”": a person's campaign or office opening the
  // sentence speaks for them, by its owner's name (not one in an aside: "Spicer -- as Clinton's campaign noted -- has taunted").
  const ownedSays = ctx.p.lang === 'en' ? OWNED_BODY_SAYS.exec(sentence) : null;
  if (ownedSays) return { kind: 'organisation', noun: ownedSays[2]!, owner: ownedSays[1]! };
  // "“…,” said Beck, who said there were “…”": a relative clause's verb of saying is its antecedent's.
  const antecedent = ctx.p.lang === 'en' ? capturedName(NAME_WHO_SAID, sentence, ctx) : '';
  if (antecedent) return { kind: 'name', name: antecedent };
  ctx.p.verb.lastIndex = 0;
  let v = ctx.p.verb.exec(sentence);
  while (v && isNotItsVerb(sentence, v.index, ctx)) v = ctx.p.verb.exec(sentence);
  const c = ctx.p.characterising?.exec(sentence) ?? null;
  const p = PARTICIPLE.exec(sentence);
  // A participle right before the quotation is its verb, whatever verbs come earlier ("…an architect who said…, saying, “…”").
  const closing = PARTICIPLE_AT_END.test(sentence);
  if (p && (closing || ((!v || p.index < v.index) && (!c || p.index < c.index)))) {
    // "…, Nefzi said, adding, “…”": the one said to speak right before the participle.
    const said = closing ? SAID_THEN_PARTICIPLE.exec(sentence) : null;
    const saidThen = said ? cleanName(said[1] ?? said[2]!, ctx.isStopword) : '';
    if (saidThen) return { kind: 'name', name: saidThen };
    // "Mr Blair has failed…, he claimed, saying he has the “…”": the pronoun said to speak, not the clause's subject.
    const pronounSaid = closing ? PRONOUN_SAID_THEN_PARTICIPLE.exec(sentence) : null;
    if (pronounSaid) return { kind: 'pronoun', gender: pronounGender(pronounSaid[1]!) };
    // "He tweeted when Clinton ended a debate with a reference to…, remarking, “…”": the participle may be either one's.
    if (closing && NAMED_CLAUSE_BEFORE_PARTICIPLE.test(sentence)) return { kind: 'unnamed' };
    // The clause's subject opens the sentence, with its appositions: "Rival Hillary Clinton had
    // mocked…, saying", "Dean, a former chairman, poked at…, tweeting", "Trump was defensive…, saying".
    // A possessive is no subject: "Shortly after Murphy's conference call ended, Rubio's campaign sent out… saying".
    // "Ryan’s campaign shrugged off Trump’s comments, telling reporters": the campaign or office of the possessor.
    const owned = OWNED_BODY_LEAD.exec(sentence);
    if (owned) return { kind: 'organisation', noun: owned[2]!, owner: owned[1]! };
    const found = CLAUSE_LEAD_ANY_TENSE.exec(sentence.replace(PARTY_TAG, '')); // "Rep. Hakeem Jeffries (D-N.Y.) reacted…, saying:"
    const lead = found && !/['’]s?$/u.test(found[1]!) ? found : null;
    // "Sen. Chuck Schumer of New York said": the name before "of", unless that is only a title ("Secretary of State").
    // (Not when a full name closes the run: "Former Security of State Hillary Clinton", a title mistyped.)
    const ofAt = lead && !endsOnFullName(lead[1]!) ? lead[1]!.indexOf(' of ') : -1;
    const name = !lead ? '' : (ofAt > 0 && cleanName(lead[1]!.slice(0, ofAt), ctx.isStopword)) || cleanName(lead[1]!, ctx.isStopword);
    // "The leader of Ennahda, Rachid Ghannouchi, condemned…": whose leader is not who spoke; the name set off is (below).
    if (name && !whoseSomeone(sentence, name)) return { kind: 'name', name };
    // "In early October, Trump’s Virginia state director, Mike Rubino, reached out…, writing": a description, then the name set off.
    const setOff = capturedName(SET_OFF_LEAD, sentence, ctx);
    if (setOff) return { kind: 'name', name: setOff };
    // "He then defended the remark, saying, “…”": the pronoun opening the clause, for the resolver.
    const pronoun = lead && ctx.p.pronoun.test(lead[1]!) ? lead[1]! : null;
    if (pronoun) return { kind: 'pronoun', gender: pronounGender(pronoun) };
    // "The retired neurosurgeon has provided no details…, saying…": a description opens the clause.
    const described = DESCRIBED_LEAD.exec(sentence);
    const description = described ? describedSubject(described[1]!) : null;
    if (description) return description;
    // A verb of saying after the participle's phrase is the sentence's own: "Clinton, responding to Trump, said the plan was “…”".
    if (!v && !c) return null;
    if (!closing && !(v && v.index > p.index)) return null;
  }
  // The first verb that says someone spoke: "Cruz said he wasn't going to “…”", "Obama called the holiday “…”".
  let first = v && (!c || v.index <= c.index) ? v : c;
  // A verb opening the sentence has no subject before it ("Claiming the criticism…, Trump told Fox that"): the other one has.
  // After "When asked about it," the subject and its verb follow the comma ("…, Cruz said that was “…”").
  if (first && OPENING_BEFORE_VERB.test(sentence.slice(0, first.index))) {
    const comma = sentence.indexOf(',', first.index);
    first = comma >= 0 ? firstVerbFrom(sentence, comma, ctx) : first === v ? c : v;
  }
  // A subordinate clause opening the sentence is not where its speaker is: "While not everything Trump says
  // is true, Jamieson said Trump is “…”" (the main clause after the comma has the verb and its subject).
  const main = first && SUBORDINATE_OPENING.test(sentence) ? sentence.indexOf(',') : -1;
  if (first && main > first.index) {
    const verb = firstVerbFrom(sentence, main, ctx);
    const subject = verb && clauseSubject(sentence.slice(main + 1, verb.index), ctx);
    if (subject?.kind === 'name' || subject?.kind === 'pronoun') return subject;
  }
  // A later clause with its own subject and verb owns the quotation ("Rubio suggested that…, while Cruz said that the “…”").
  const later = first && (laterClauseSubject(sentence, first, ctx) ?? speakerOfTimeClause(sentence, first, ctx) ?? speakerOfReportedClause(sentence, first, ctx));
  if (later) return later;
  // A verb form that is a noun here ("in states like South Carolina, he said") has no subject: the next verb may.
  for (let tries = 0; first && tries < 3; tries++) {
    const subject = clauseSubject(sentence.slice(0, first.index), ctx);
    if (subject && subject.kind !== 'unnamed') return subject;
    const said = first.index + first[0].length;
    // German puts the verb second, after a phrase that is not its subject: "Zur Urteilsbegründung erklärte die Vorsitzende
    // Richterin Bärbel Stock, dass …„…“", "Dabei bezeichnete er die Klimakrise als „…“".
    const inverted = ctx.p.lang === 'de' && tries === 0 ? nameAfter(sentence.slice(said), ctx) : null;
    if (inverted?.kind === 'name' || inverted?.kind === 'pronoun') return inverted;
    if (subject) return subject;
    first = firstVerbFrom(sentence, said, ctx);
    // "Another said he hoped… that Trump wins": the next verb's subject is inside what this verb reports.
    if (first && REPORTED_SUBJECT.test(sentence.slice(said, first.index))) return null;
  }
  return null;
}

// A clause of its own, opened by a contrast after a comma or by a semicolon: ", while", ", whereas", "; but".
const CONTRAST_CLAUSE = /(?:,\s*(?:while|whereas|but)|;\s*(?:but\s+|and\s+)?)\s+(?=(?:the\s+)?\p{Lu})/gu;

/** The named subject of the last contrasting clause after the `first` verb, when that clause has a verb of its own. */
function laterClauseSubject(sentence: string, first: RegExpExecArray, ctx: AttributionContext): Attribution {
  let open = -1;
  CONTRAST_CLAUSE.lastIndex = first.index;
  for (let m = CONTRAST_CLAUSE.exec(sentence); m; m = CONTRAST_CLAUSE.exec(sentence)) open = m.index + m[0].length;
  if (open < 0) return null;
  const verb = firstVerbFrom(sentence, open, ctx);
  if (!verb) return null;
  const subject = subjectBefore(sentence.slice(open, verb.index), ctx);
  // "Labour say…, while the Tories say the Lib Dems would mean “…”": the later clause's subject, named or not; never the first one's.
  return subject?.kind === 'name' ? subject : { kind: 'unnamed' };
}

// Right after a verb of saying, the subject of the clause it reports, then perhaps an auxiliary or an adverb: "said (that) Sanders had ".
const CLAUSE_REPORTED_SUBJECT = /^\s+(?:that\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:(?:had|has|have|once|also|even|\p{Ll}+ly)\s+){0,2}$/u;

/**
 * The named subject of the clause the `first` verb reports, when that clause's own verb of saying is the last one before the
 * quotation: "Clinton said Sanders had called the plan “…”" quotes Sanders (as Clinton tells it); "Trump said Clinton was “…”"
 * has no verb of saying in the clause and stays Trump's.
 */
function speakerOfReportedClause(sentence: string, first: RegExpExecArray, ctx: AttributionContext): Attribution {
  if (ctx.p.lang !== 'en') return null;
  const end = first.index + first[0].length;
  const verb = firstVerbFrom(sentence, end, ctx);
  if (!verb || firstVerbFrom(sentence, verb.index + verb[0].length, ctx)) return null;
  const subject = CLAUSE_REPORTED_SUBJECT.exec(sentence.slice(end, verb.index))?.[1];
  const name = subject ? cleanName(subject, ctx.isStopword) : '';
  return name ? { kind: 'name', name } : null;
}

// A clause of time or cause after the first verb, opened by a capitalised subject: "Axelrod tweeted after Clinton argued…".
const TIME_CLAUSE = /\s(?:after|when|as|because|since|before|until)\s+(?=\p{Lu})/gu;

/**
 * The named speaker of a clause of time after the `first` verb, when its own verb of saying is the last one before
 * the quotation: "Axelrod tweeted after Clinton argued for the second consecutive debate that “…”" is Clinton's.
 */
function speakerOfTimeClause(sentence: string, first: RegExpExecArray, ctx: AttributionContext): Attribution {
  let open = -1;
  TIME_CLAUSE.lastIndex = first.index + first[0].length;
  for (let m = TIME_CLAUSE.exec(sentence); m; m = TIME_CLAUSE.exec(sentence)) open = m.index + m[0].length;
  if (open < 0) return null;
  const verb = firstVerbFrom(sentence, open, ctx);
  if (!verb) return null;
  const subject = subjectBefore(sentence.slice(open, verb.index), ctx);
  return subject?.kind === 'name' ? subject : null;
}

/** Whether the words after a run's "of" are more than a place: a word, then a known first name and one more ("…of State Hillary Clinton"). */
function endsOnFullName(run: string): boolean {
  const of = run.indexOf(' of ');
  if (of < 0) return false;
  const after = run.slice(of + 4).trim().split(/\s+/u);
  return after.length >= 3 && isFirstName(after[after.length - 2]!);
}

// Nothing, or only a subordinator, before a sentence's first verb: "Asked about…,", "When asked about…,".
const OPENING_BEFORE_VERB = /^\s*(?:(?:When|If|Once|After|Before|While|Until|Unless)(?:\s+being)?\s*)?$/u;

// A verb's form after a determiner is a noun: "Rubio pushed back on those claims Thursday, saying…" ("claims" is no verb there).
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|those|these|his|her|their|its|a|an|such|any|no|my|our|your|whose)\s+$/iu;

/** Whether the verb form matched at `at` of `s` stands as a noun there (English). */
function isNounUse(s: string, at: number, ctx: AttributionContext): boolean {
  return ctx.p.lang === 'en' && DETERMINER_BEFORE.test(s.slice(Math.max(0, at - 12), at));
}

/**
 * Whether position `at` of an English sentence is inside a quotation it holds: a verb there is what was said, not who
 * says it ("“I have always said that I expect to be vetted,” he said on “Meet the Press.”": not "I … said").
 */
function insideQuotation(s: string, at: number, ctx: AttributionContext): boolean {
  // Only an opening curly mark says so: a sentence may start inside a quotation (", Sanders said" after "…is insane,"),
  // a page may close on a straight mark ("“They’re essentially trying…," she said"), and "„…“" closes on the English opening mark.
  if (ctx.p.lang !== 'en') return false;
  const before = s.slice(0, at);
  return before.lastIndexOf('“') > Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
}

/** Whether the verb form matched at `at` of `s` is no verb of this sentence's: a noun there, or words it quotes. */
function isNotItsVerb(s: string, at: number, ctx: AttributionContext): boolean {
  return isNounUse(s, at, ctx) || insideQuotation(s, at, ctx);
}

/** The first verb of saying or characterising at or after `from` in `sentence`, written in lower case ("the United States" holds none). */
function firstVerbFrom(sentence: string, from: number, ctx: AttributionContext): RegExpExecArray | null {
  const rest = sentence.slice(from);
  ctx.p.verb.lastIndex = 0;
  let v = ctx.p.verb.exec(rest);
  while (v && (/^\p{Lu}/u.test(v[0]) || isNotItsVerb(rest, v.index, ctx))) v = ctx.p.verb.exec(rest);
  const c = ctx.p.characterising?.exec(rest) ?? null;
  const first = v && (!c || v.index <= c.index) ? v : c && /^\p{Ll}/u.test(c[0]) ? c : null;
  if (first) first.index += from;
  return first;
}

// French present participles of saying after a comma: "…, a assuré X, précisant ne jamais « … »", "…, estimant que « … »".
const FR_PARTICIPLE = /,\s*(?:tout\s+)?(?:en\s+)?(?:affirmant|estimant|soulignant|précisant|ajoutant|expliquant|assurant|jugeant|rappelant|indiquant|déclarant|dénonçant|insistant|évoquant|martelant|qualifiant|regrettant|notant|reconnaissant|promettant|prévenant|avertissant|annonçant|plaidant|disant|se\s+disant)(?![\p{L}])[^.!?«»"“”„]*$/u;

/**
 * A French participle of saying whose subject is the clause's: the speaker of a quotation earlier in
 * the sentence goes on ("« … », a assuré X, précisant ne jamais « … »"), else the subject of
 * the clause before the participle ("X a vanté le projet, estimant que « … »").
 */
function frenchParticiple(sentence: string, ctx: AttributionContext): Attribution {
  const m = FR_PARTICIPLE.exec(sentence);
  if (!m) return null;
  const before = sentence.slice(0, m.index);
  // The attribution of the quotation earlier in the sentence ("« … », a assuré X, précisant…"), read as for that quotation.
  const closing = Math.max(before.lastIndexOf('»'), before.lastIndexOf('”'), before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (closing >= 0) return attributionAfter(before.slice(closing + 1), ctx);
  // An inverted attribution of the reported speech before it: "…, a indiqué mardi Matignon à l'AFP, en insistant sur « … »".
  for (let comma = before.lastIndexOf(','); comma > 0; comma = before.lastIndexOf(',', comma - 1)) {
    const inverted = invertedName(before.slice(comma), ctx);
    if (inverted) return inverted;
  }
  const lead = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:a|avait)\s+\p{Ll}/u.exec(before);
  const name = lead ? cleanName(lead[1]!, ctx.isStopword) : '';
  return name ? { kind: 'name', name } : null;
}

// "Pour Marine Le Pen, « … »", "Pour le ministre Gérald Darmanin, la loi est « … »": French "pour" opening the sentence, then a name and a comma.
const POUR_NAME = /^\s*Pour\s+([^,]{3,80}),/u;
// "…, a réagi Nadège Bezard, même si selon elle « … »": "selon elle" right before the words, anywhere in the sentence.
const VIEW_RIGHT_BEFORE = /(?:^|[\s,])(?:selon|d['’]après)\s+(elle|lui)\s*,?\s*$/iu;
// "Wie Jens Hoffmann mitteilte, „…“": German "as X said", the verb closing its clause.
const WIE_NAME_SAID = /^\s*Wie\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+\s+){0,3}?(?:mitteilte|sagte|erklärte|betonte|berichtete|schrieb|bestätigte|ankündigte|mitteilt|sagt|erklärt)\s*,/u;
const SENTENCE_OPENING = /^\s*(?:(?:Et|Mais|Or|Und|Aber|Doch)\s*,?\s*)?$/u;
// "Dem Minister Horst Seehofer zufolge sei die Lage „…“": German "zufolge" follows the name.
const NAME_ZUFOLGE = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+zufolge(?![\p{L}])/u;

// After "según"/"secondo"/"volgens": an article, a role in a few words, then a full name of two words or more set off by commas.
const ROLE_THEN_NAME_SET_OFF = /^\s*(?:el|la|los|las|il|lo|gli|o|a|os|as|de|het)\s+\p{Ll}[^,;:«»“”"]{0,60},\s*((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),/u;

/**
 * A name given as the source by "selon", "d'après", "laut", "zufolge" or an opening "Pour" in the
 * sentence a quotation sits in ("Laut Angela Merkel ist die Lage „…“"). Only a name: "selon les
 * règles" or "Pour la première fois" say nothing. German "so" is left out: it is an adverb there.
 */
function accordingInSentence(sentence: string, ctx: AttributionContext): Attribution {
  // "…, a réagi Nadège Bezard, même si selon elle « … »", "En outre selon lui, « … »": right before the words, whose view they are.
  const view = ctx.p.lang === 'fr' ? VIEW_RIGHT_BEFORE.exec(sentence) : null;
  if (view) return { kind: 'pronoun', gender: pronounGender(view[1]!), view: true };
  // Only opening the sentence: further on, the sentence may have run on past a missing space ("selon Europe 1.Le chef…").
  const acc = ctx.p.according.exec(sentence);
  if (acc && acc[0].toLowerCase() !== 'so' && SENTENCE_OPENING.test(sentence.slice(0, acc.index))) {
    const after = sentence.slice(acc.index + acc[0].length);
    // Spanish, Italian, Portuguese, Dutch: only a name right after the marker ("Según fuentes de La Moncloa" names no one).
    // Or a role, then the full name set off by commas: "Según el líder del PP, Alberto Núñez Feijóo, el Gobierno «…»".
    const setOff = readsRoles(ctx) ? null : ROLE_THEN_NAME_SET_OFF.exec(after)?.[1];
    if (setOff) return { kind: 'name', name: setOff };
    if (!readsRoles(ctx) && !/^\s*\p{Lu}/u.test(after)) return null;
    const named = nameAfter(after, ctx);
    // "Selon elle, Jamal Khashoggi « … »": whose view the words are (quotes.ts: only the one quoted just before).
    if (named?.kind === 'pronoun') return { ...named, view: true };
    // Not a paper ("selon Les Echos", "laut der Zeitung"): it may report someone else's words.
    if (named?.kind === 'name' && !/^\s*(?:Le|La|Les|L['’]|Der|Die|Das|El|Los|Las|Il|Lo|O|A|Os|As|De|Het)(?![\p{Ll}])/u.test(sentence.slice(acc.index + acc[0].length))) return named;
  }
  const zufolge = ctx.p.lang === 'de' ? capturedName(NAME_ZUFOLGE, sentence.slice(0, 80), ctx) || capturedName(WIE_NAME_SAID, sentence, ctx) : '';
  if (zufolge) return { kind: 'name', name: zufolge };
  const pour = ctx.p.lang === 'fr' ? POUR_NAME.exec(sentence) : null;
  const named = pour ? nameAfter(pour[1]!, ctx) : null;
  // A full name only: "Pour Paris, c'est « … »" names a place.
  return named?.kind === 'name' && named.name.includes(' ') ? named : null;
}

// A sentence end followed by a new sentence (capital or quotation mark), also where scraped text lost the
// space after the stop ("…, confie l'acteur.Sachant exactement…"). German closes with “ („…“).
const SENTENCE_BREAK = new RegExp(String.raw`[.!?]["”’»“]?\s+(?=[\p{Lu}"“«„])|${STOP_WITHOUT_SPACE}`, 'uy');

/** Whether the words before a verb end on a person's name set off by commas ("…chief of staff, Joe Kasper,"; not "…Zoellick, US Trade Representative,"). */
function nameSetOffAtEnd(pre: string, ctx: AttributionContext): boolean {
  const name = cleanName(NAME_SET_OFF.exec(pre)?.[1] ?? '', ctx.isStopword);
  return name !== '' && isPersonLike(name, ctx.isStopword);
}

// "the" and words with no verb's or clause's shape, two roles joined by "and".
const ROLE_WORD = String.raw`(?!(?:who|which|that|was|is|has|had|with|of|for|to|in|at|on|by|from)\s)[\p{L}'’-]+\s+`;
const TWO_ROLES = new RegExp(String.raw`^\s*the\s+(?:${ROLE_WORD}){1,5}and\s+(?:${ROLE_WORD}){0,4}[\p{L}'’-]+\s*$`, 'u');
// A name, then "of" and capitalised words only, up to the verb.
const NAME_OF_BODY = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|for|and|on|&)\s+)*\p{Lu}[\p{L}\p{M}'’-]*\s*$/u;

// People spoken of together, who are the two the text named just before: "the two write", "the couple said", "the senators wrote",
// "the progressive heavyweights wrote in a joint statement" (after "Felicia Wong… and Stan Greenberg…"). Never a body.
const PEOPLE_TOGETHER = /^(?:the\s+(?:two|pair|duo|couple)(?:\s+(?:lawmakers|senators|men|women|leaders|candidates))?|both\s+(?:men|women)|the\s+(?:[\p{Ll}-]+\s+)?(?:senators|lawmakers|authors|co-authors|researchers|scientists|heavyweights|brothers|sisters|co-founders))\s*$/iu;
