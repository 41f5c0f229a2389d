// Who said a quotation, read from the words after its closing mark: ", Trump said", "said Trump", a signature below it.
import { endsWithAbbreviation } from './abbreviations';
import { isSpaceUnit, trimStartOf } from './char-classes';
import { cleanName, isPersonLike, ROLE_NOUNS, trailingCapPhrase } from './names';
import { FRENCH_ADVERBS_AFTER_VERB, isInvertedVerb } from './reporting-verbs';
import { capturedName, describedOrUnnamed, invertedPronoun, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { IN_PHRASE, nameAfter } from './name-after';
import { APPOSED, DASHED_ASIDE_AT_END, NAME_SET_OFF, opensWithSaying, OWNED_BODY_WORDS, PARTY_TAG, PRO_DROP, saysBefore, TO_SOMEONE, wordsBetweenSpaces } from './attribution-patterns';
import { subjectBefore } from './subject-before';

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
const VERB_TO_SOMEONE_DESCRIBED = new RegExp(String.raw`^\s*,\s*(?:lui|leur|nous|vous|me)\s+(\p{Ll}{3,})(?:\s+(?:${FRENCH_ADVERBS_AFTER_VERB}))?\s+(?:le|la|l['’]|les|un|une)\s*\p{Ll}`, 'u');
// A plural auxiliary inverted after the words, then people described: "», ont écrit mardi soir des proches". Whoever they are,
// they are not the one quoted before (a misspelt verb, "ont écrifert", must not let the words go on with that speaker).
const PLURAL_VERB_THEN_PEOPLE = /^\s*,\s*(?:ont|avaient|auraient)\s+(?:[\p{Ll}'’-]+\s+){1,4}?(?:des|les|ses|leurs|plusieurs)\s+\p{Ll}/u;
const VERB_THEN_SOMEONE = new RegExp(String.raw`^\s*,\s*(\p{Ll}{3,})(?:\s+(?:${FRENCH_ADVERBS_AFTER_VERB}))?(?:\s+(?:auprès\s+d['’e]\s*|à\s+|au\s+|sur\s+)(?:l['’]|la\s+|le\s+)?\p{Lu}[\p{L}\p{M}-]*)?\s+(?:un|une)\s+\p{Ll}`, 'u');
// Any verb inverted after the words, then a name with its article closing the sentence: "», titre le Guardian.".
const VERB_THEN_NAMED = /^\s*,\s*(\p{Ll}{3,})\s+(?:le|la|les)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}\s*(?:[.!?]|$)/u;

// French inversion with any verb: "», s'inquiète-t-elle", "», dit-il", "», ont-ils déclaré" (never without a hyphen).
// Also "», a t-il affirmé", "», avait t-il déclaré", a frequent misspelling of "a-t-il".
// A short gloss in parentheses may come first: "« …ma +ring+ » (bague), avait-elle raconté".
// An object pronoun may come first: "« … » lui lance-t-elle", "», leur a-t-il expliqué".
// So may the rest of the clause a partial quotation opens (group 1): "« … », en fonction de leur orientation, ajoute-t-elle".
const INVERTED_PRONOUN = /^[\s,]*(?:\([^()]{1,40}\)[\s,]*)?([^«»"“”.!?;:()]{1,80}?,\s*)?(?:(?:lui|leur|nous|vous|me|se|en|y)\s+|[mts]['’])?(?:(?:a|avait)\s+(?=t-))?[\p{L}'’]+-(?:t-)?(il|elle|ils|elles)(?![\p{L}])/iu;

// Words of the clause up to the comma before its verb (INVERTED_PRONOUN's group 1, for a name after the verb); then a compound
// past (", a déclaré") or a verb of saying (", précise", not ", citant") must follow.
const CLAUSE_REST = /^[^«»"“”.!?;:()]{1,80}?(?=,\s*\p{Ll})/u;
const COMPOUND_PAST = /^,\s*(?:a|avait|aurait)\s/u;

// The auxiliary, who speaks, a short phrase of time or place, then the participle of a verb of saying ("hat er am Montag gesagt").
const GERMAN_PERFECT_INVERTED = /^[\s,]*(?:hat|hatte|habe)\s+([^,.;:!?„“"]{1,60}?)\s+(?:gesagt|erklärt|betont|geschrieben|mitgeteilt|hinzugefügt|kommentiert|gewarnt|bekräftigt|unterstrichen|geäußert|berichtet|ergänzt|gefordert|kritisiert)(?![\p{L}])/u;

// German "it says in a document of X" after the words: "„…“, heißt es in einer Pressemitteilung von Peter Zimmermann weiter", "heißt
// es in einer Erklärung des DFB". The document speaks for whoever issued it (group 2): a name after "von", or an acronym; a bare
// noun after "des" or "der" ("des Ministeriums") says only what kind of body it is, and the document is someone's all the same.
const GERMAN_IT_SAYS_IN = /^[\s,]*heißt\s+es\s+(?:(?:weiter|dazu|darin|ferner|außerdem|wörtlich)\s+)?(?:in|im)\s+(?:(?:einer|einem|der|dem|seiner|ihrer)\s+)?(?:[\p{Ll}-]+\s+)?(Pressemitteilung|Pressemeldung|Mitteilung|Erklärung|Presseerklärung|Stellungnahme|Schreiben|Brief|Bericht|Papier|Beschluss|Urteil)(?:\s+(?:von\s+(?:der\s+|dem\s+)?(?=\p{Lu})|(?:des|der)\s+(?=\p{Lu}{2,}(?![\p{L}])))((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3}))?/u;

// A copula right after the words, then a noun of judgement and "of": "“…,” is the dry assessment of", "was the verdict of".
const VERDICT_OF_AFTER = /^[\s,]*(?:is|was)\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:assessment|verdict|view|opinion|reaction|response|advice|conclusion|judge?ment|prediction|warning|explanation|answer)\s+of\s+/u;
// "read" or "reads" right after the words, then a document: "“…,” read a statement from…", "“…,” reads the letter".
const DOCUMENT_READ_AFTER = /^[\s,]*(?:read|reads)(?=\s+(?:a|an|the)\s)/u;

// After a verb with its subject left out, a phrase opened by a preposition and nothing else in its clause: where it was said,
// or to whom ("sui social", "a los periodistas", "em entrevista à TV Globo").
const placeOrListenerOnly = (prepositions: string) => new RegExp(`^\\s+(?:${prepositions})\\s[^,.;:«»"“”]{1,60}(?:[,.;]|$)`, 'u');
const PLACE_OR_LISTENER_ONLY: Readonly<Record<string, RegExp>> = {
  it: placeOrListenerOnly('a|al|alla|ai|agli|in|nel|nella|nei|su|sui|sul|sulla|con|durante|dopo|davanti|per|da|dal|dalla'),
  es: placeOrListenerOnly('a|al|ante|en|durante|tras|por|para|con|desde'),
  pt: placeOrListenerOnly('a|ao|aos|à|às|em|no|na|nos|nas|durante|após|por|pelo|pela|para|com'),
};

// A clause joined by "while", "but" or "and", its subject's name, then (at the end of the words) its verb; by language, French,
// Spanish and German with the subject's article and title ("tandis que la maire Anne Hidalgo a estimé", "während
// Oppositionsführer Friedrich Merz sagte"), and after "while" any subject ("mientras que el líder del PP, Alberto Núñez Feijóo, dijo").
const JOINED_CLAUSE_SUBJECT: Readonly<Record<string, RegExp>> = {
  en: /^(?:[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]nd|[Aa]lthough|[Tt]hough|[Ee]ven\s+though)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}$/u,
  fr: /^(?:(?:tandis|alors)\s+que?\s|(?:mais|et)\s+(?:(?:le|la|les|l['’]|un|une)\s*)?(?:\p{Ll}[\p{L}'’-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$)/u,
  es: /^(?:mientras\s|(?:pero|y)\s+(?:(?:el|la|los|las)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$)/u,
  de: /^(?:während\s|(?:aber|und|doch)\s+(?:(?:der|die)\s+)?(?:\p{L}[\p{L}-]*\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$)/u,
};

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
  // French inversion with any verb (INVERTED_PRONOUN); not after a clause that names someone ("…, selon Marie Dupont, ajoute-t-il").
  const inverted = head.includes('-') ? INVERTED_PRONOUN.exec(head) : null;
  if (inverted && !/\p{Lu}/u.test(inverted[1] ?? '')) return invertedPronoun(inverted[2]!);
  // German perfect, inverted: "„…“, hat Angela Merkel am Montag gesagt", "„…“, hat er betont": the subject between the two.
  const perfect = ctx.p.lang === 'de' ? GERMAN_PERFECT_INVERTED.exec(head) : null;
  if (perfect) return nameAfter(` ${perfect[1]}`, ctx);
  const itSays = ctx.p.lang === 'de' ? GERMAN_IT_SAYS_IN.exec(head) : null;
  if (itSays) return itSays[2] ? { kind: 'document', noun: itSays[1]!.toLowerCase(), by: itSays[2] } : { kind: 'document', noun: itSays[1]!.toLowerCase() };
  // "“…,” according to X", "« … » mercredi, selon le préfet"; not after a verb of saying: "“…,” he said, according to the
  // Intelligencer" is his, the paper only reports it.
  const acc = ctx.p.according.exec(head);
  if (acc && acc.index < 12 && !saysBefore(head.slice(0, acc.index), ctx)) return nameAfter(head.slice(acc.index + acc[0].length), ctx);
  // French: an object pronoun may come before an inverted verb and its subject: "», lui a répondu Anne Hidalgo".
  const inversion = invertedName(ctx.p.lang === 'fr' ? head.replace(CLITIC_BEFORE_INVERSION, ', ') : head, ctx);
  if (inversion) return inversion;
  // French, after the rest of the clause a partial quotation opens, naming no one: "« … » pour aller à une projection, une
  // pièce ou un concert, a déclaré mardi à l'AFP Suzel Pietri".
  const rest = ctx.p.lang === 'fr' ? CLAUSE_REST.exec(head) : null;
  // Only a verb of saying or a compound past: "…, citant Vinci autoroutes" cites, it does not speak.
  const verbAfterRest = rest && !/\p{Lu}/u.test(rest[0]) ? head.slice(rest[0].length) : '';
  const afterRest = verbAfterRest && (COMPOUND_PAST.test(verbAfterRest) || opensWithSaying(verbAfterRest.replace(/^,\s*/u, ''), ctx)) ? invertedName(verbAfterRest, ctx) : null;
  if (afterRest) return afterRest;
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
  // So does a name with its article closing the sentence after a verb of no list ("», titre le Guardian.": a paper's headline).
  const described = ctx.p.lang === 'fr' ? (VERB_TO_SOMEONE_DESCRIBED.exec(head) ?? VERB_THEN_SOMEONE.exec(head) ?? VERB_THEN_NAMED.exec(head)) : null;
  if (described && !ctx.isStopword(described[1]!.toLowerCase()) && !saysBefore(head.slice(0, 40), ctx)) return { kind: 'unnamed' };
  if (ctx.p.lang === 'fr' && PLURAL_VERB_THEN_PEOPLE.test(head)) return { kind: 'unnamed' };
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
  // "…would “…,” while Maine Sen. Susan Collins suggested they…", "“…” And Mr Goodridge said best film…": a clause joined by
  // "while", "but" or "and", its subject named right before its verb, speaks of other words ("as" still reports them: "“…,”
  // as Trump put it"; so do the quotation's own words going on: "“…” but to take the lead in advertising, says Evan Tracey").
  if (JOINED_CLAUSE_SUBJECT[ctx.p.lang]?.test(pre)) return null;
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
    // So is one followed only by where or to whom: "«…», ha scritto sui social, mentre…", "dijo a los periodistas.".
    if (PRO_DROP.has(ctx.p.lang) && (/^\s*(?:[.;]|$)/u.test(post) || PLACE_OR_LISTENER_ONLY[ctx.p.lang]?.test(post) === true)) return { kind: 'pronoun', gender: null };
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
    // (Not a preposition's object, which nameAfter never takes for a speaker either: "“This will be a challenge” for Clinton, said Kunin.")
    if (inverted && inverted.kind !== 'unnamed' && (!/\p{Lu}/u.test(pre.replace(IN_PHRASE, ' ')) || (inverted.kind === 'name' && inverted.name.includes(' ')))) return inverted;
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

/** Who is quoted, from the words between "quoted" and "as saying": a pronoun, someone unnamed, or a name. */
export function whoIsQuoted(who: string, ctx: AttributionContext): Attribution {
  if (/^(?:him|her|he|she)$/iu.test(who)) return { kind: 'pronoun', gender: pronounGender(who) };
  // "quoted a central bank official", "quoted an insider in the talks": someone unnamed.
  if (/^(?:an?|one|another|the|several|some|two|three)\s/iu.test(who)) return describedOrUnnamed(who);
  const name = cleanName(trailingCapPhrase(who.replace(/\s+(?:of|at|from|in|via)\s.*$/u, '')), ctx.isStopword);
  return name ? { kind: 'name', name } : { kind: 'unnamed' };
}

/** "», argue M. Dupont", "“, bilanzierte Olaf Scholz": any verb, then the name (null when no name follows it). */
export function invertedName(head: string, ctx: AttributionContext): Attribution {
  const m = ctx.p.inversion?.exec(head);
  const verb = m && isInvertedVerb(m[1]!, ctx.isStopword) ? m : ctx.p.compoundInversion?.exec(head); // "», a également fustigé le député X"
  if (!verb) return null;
  const named = nameAfter(head.slice(verb[0].length), ctx);
  // French also describes its subject there, by a role: "», a savouré le technicien marseillais" (any past participle).
  // (Or two people named together: "», estiment Christophe et Stéphane".)
  return named?.kind === 'name' || named?.kind === 'they' || (named?.kind === 'description' && verb !== m && ctx.p.lang === 'fr') ? named : null;
}

// After the verb, the subject of a reported clause or "that" opening one ("The company also said 12 senior executives would…"),
// or a gerund's ("Campbell agreed receiving the honour capped off…"; not a preposition's: "added during his appearance").
const REPORTED_CLAUSE_AFTER = /^\s+(?:that\s+\p{L}|(?!(?:during|according|regarding|concerning|following|including|excluding|pending|considering)\s)\p{Ll}{2,}ing\s+(?:the|a|an|his|her|its|their|this)\s|\d[\d,.]*\s+\p{Ll}|(?:it|he|she|they|we)\s+\p{Ll}|(?:the|a|an|his|her|its|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{L}[\p{L}’'-]*){0,5}\s+(?:is|was|are|were|will|would|could|should|has|had|have)\s)/u;
// What refuses or denies the verb after it: "declined to", "refused to", "would not", "didn't".
const SAYING_REFUSED = /(?:^|\s)(?:(?:declined|declines|refused|refuses)\s+to|(?:would|did|does|do|could|will|can)(?:\s+not|n['’]t)|won['’]t|cannot)\s*$/iu;
// A verb of reply, with what makes one of another verb: "replied", "responds", "shot back", "wrote back".
const REPLY = /^(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?|retort(?:s|ed|ing)?|(?:shot|shoots|fired|fires|hit|hits|wrote|writes)\s+back)\b/iu;
// After the verb, a noun phrase it takes: " the prince's apology", " his defeat", " plans to cut 100,000 civil servants", " his
// 'silence' gesture" (a word in single quotation marks is a term, not words of the next quotation).
const OBJECT_AFTER = /^\s+(?:(?:the|a|an|his|her|its|their|this|these|those)\s+['‘]?\p{L}|\p{Ll}+s\s+(?:to|for|of|on)\s|(?:what|why|how|whether|little)\s)/u;
// After the verb, words (not only a comma or a colon) leading to the next quotation: " the mayor “", " that the plan was “".
const OBJECT_BEFORE_QUOTATION = /^\s+\p{Ll}[^,:;]*$/u;
const LISTENER = /^\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}(\p{Lu}[\p{L}\p{M}'’-]*)/u;

const CLAUSE_MARKS = ',;:–—-';

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
