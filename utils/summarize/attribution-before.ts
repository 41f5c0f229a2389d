// Who said a quotation, read from the words before its opening mark: "Klymenko stated, “…”", a colon after a name or a label.
import { isSpaceUnit, trimEndOf } from './char-classes';
import { cleanName, isFirstName, lastSentenceEnd, mixedCase, NAME_PARTICLE_WORDS, ROLE_NOUNS, STOP_WITHOUT_SPACE } from './names';
import { FR_ROLES } from './described-role';
import { AGENT_NOUN, PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';
import { capturedName, describedSubject, possessorOfRelation, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { nameAfter, roleThenName } from './name-after';
import { DOCUMENT_NOUNS } from './organisations';
import { beforeCapitalisedFunctionWord, headlineSubject, longHeadlineSubject } from './headline-run';
import { APPOSED, DESCRIBED_LEAD, NAME_SET_OFF, OPENING_PHRASE, OPENING_PREPOSITION, OPENING_PRONOUN, opensWithSaying, PARTICIPLE_AT_END, PARTICIPLE_WORDS, HEARD_SPEAKING, PARTY_TAG, PRO_DROP, saysBefore, SUBJECT_PRONOUNS, SUBORDINATE_OPENING, TO_SOMEONE, WITH_NAME_PARTICIPLE } from './attribution-patterns';
import { LISTED_NAME, subjectBefore } from './subject-before';
import { titledName } from './clause-subject';
import { whoIsQuoted } from './attribution-after';
import { closingName, headName } from './head-name';
import { attributionInSentence, OWNED_BODY_LEAD, OWNED_BODY_SAYS } from './attribution-in-sentence';

// French, before a colon: "the latter" and its verb ("Et ce dernier explique", "cette dernière a répondu").
const OTHER_ONE_SAYS = /(?:^|[\s,])l['’](?:autre|un|une)\s+\p{Ll}[\p{L}'’-]*\s*$/u;
const LATTER_SAYS = /(?:^|[\s,])([Cc]e|[Cc]ette)\s+derni(?:er|ère)\s+(?:(?:a|avait)\s+)?(?:\p{Ll}+\s+)?\p{Ll}+$/u;
// A relative "que", its verb (group 1: no function word, "qu'avec la voiture"), then the verb's subject before the colon (an
// article or a capital opens it).
const THAT_VERB_SUBJECT = /(?:^|\s)qu(?:e\s+|['’])(\p{Ll}+)\s+((?:l['’]|le\s|la\s|\p{Lu})[^:;«»"“”]*)$/u;

// How far before the quote we look (characters), as AFTER_WINDOW after it.
const BEFORE_WINDOW = 220;

// The same before a quotation: "Jones quoted Smith as saying:", "The Post quoted a GOP official as saying,".
// (Not the passive "was quoted by the Evening Standard as saying", whose subject is the one quoted.)
const QUOTED_AS_SAYING_AT_END = /(?:quoted|cited)\s+(?!by\s)(.{1,80}?)\s+as\s+saying$/u;

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
  // Spanish, Italian and Portuguese leave the subject out with no connective too: "Poi ha aggiunto:", "Después añadió:".
  if (saysWithoutSubject(lastSentence, ctx)) return { kind: 'pronoun', gender: null };
  // Only the current sentence.
  const cut = lastSentenceEnd(pre, SENTENCE_BREAK);
  // Past the closing mark of a quotation that ended the sentence before: "…destroy ISIS." Bush: "…"".
  if (cut >= 0) pre = pre.slice(cut + 1).replace(/^["”’»“]/u, '');
  pre = trimEndOf(pre, dash ? `${INTRO_MARKS}-` : INTRO_MARKS); // /[\s:,–—]+$/
  // "« … », a-t-il poursuivi : « … »": a French inversion right before the colon says who goes on.
  const goesOn = ctx.p.lang === 'fr' ? FRENCH_INVERSION_AT_END.exec(pre) : null;
  if (goesOn) return { kind: 'pronoun', gender: pronounGender(goesOn[1]!) };
  if (ctx.p.lang === 'fr') {
    // "Et ce dernier explique :": "the latter", a man or a woman just named, as "il" or "elle".
    const latter = LATTER_SAYS.exec(pre);
    if (latter) return { kind: 'pronoun', gender: latter[1]!.toLowerCase() === 'ce' ? 'm' : 'f' };
    // "Si Jean-Pascal attaque, l'autre tempère :": the other one, whom the clause before does not name.
    if (OTHER_ONE_SAYS.test(pre)) return { kind: 'unnamed', settled: true };
    // "Des départs que minimise Gilles Le Gendre, chef de file…:": the subject after the verb of a relative "que".
    const relative = THAT_VERB_SUBJECT.exec(pre);
    const subject = relative && !ctx.isStopword(relative[1]!) ? nameAfter(` ${relative[2]}`, ctx) : null;
    if (subject?.kind === 'name') return subject;
  }
  // A passive's agent right before a colon speaks, whatever the verb: "Marine Le Pen a été interpellée par un journaliste :",
  // "He was confronted by a protester:".
  const agent = colon ? PASSIVE_AGENT_AT_END[ctx.p.lang]?.exec(trimEndOf(pre, INTRO_MARKS))?.[1] : undefined;
  if (agent !== undefined) return namedOrUnnamed(agent, ctx);
  // "Tom Smith read aloud from a letter by his grandmother:": the words are the document's author's, not the reader's.
  // So are "Clinton's tweet, which read:", "a tweet from Clinton that read:" and "read Clinton's words aloud:".
  const author = colon && ctx.p.lang === 'en' ? authorOfWordsRead(trimEndOf(pre, INTRO_MARKS)) : undefined;
  if (author !== undefined) return namedOrUnnamed(author, ctx);
  const acc = ctx.p.according.exec(pre);
  const afterAccording = acc ? pre.slice(acc.index + acc[0].length) : '';
  const accordingTo = acc ? nameAfter(afterAccording, ctx) : null;
  // A source by its name stays the source, as the outlet that reports the words ("According to Yahoo News, Clinton spokesman Jesse
  // Lehrich said…"); a document is none, and a clause after its comma with its own verb of saying says who speaks: "According to a
  // transcript released by the campaign, Donald Trump told the group:" is Trump's, not the campaign's.
  const ownClause = /,\s*([^,]*)$/u.exec(afterAccording)?.[1];
  const source = accordingTo?.kind !== 'name' && ownClause && saysBefore(ownClause, ctx) ? null : accordingTo;
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
  // Also "…, with finance minister Herve Gaymard telling parliament:", "Republicans were quick to chime in, with Donald Trump tweeting
  // that… and asking,": the name after "with", when the sentence's own subject says no one.
  const withName = ctx.p.lang === 'en' ? capturedName(WITH_NAME_PARTICIPLE, pre, ctx) : '';
  if (PARTICIPLE_AT_END.test(pre)) return attributionInSentence(wholeSentence(before), ctx) ?? (withName ? { kind: 'name', name: withName } : null);
  const participle = NAME_PARTICIPLE.exec(pre);
  const named = (participle ? cleanName(participle[1]!, ctx.isStopword) : '') || withName;
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
  // The verb's own subject in a clause of its own, not the sentence's: "Mark Reed was told by his doctor:", "Tom Reyes was
  // interrupted by a heckler who shouted:", "Ann Lee smiled when a reporter asked:".
  const own = ctx.p.lang === 'en' ? ownClauseSpeaker(left, last[0], pre.slice(last.index + last[0].length), ctx) : undefined;
  if (own) return own;
  // "Clinton's campaign said:", "Clinton's campaign responded with a video, captioned:": a person's campaign or office opening the
  // sentence speaks for them, shown by their full name ("Hillary Clinton’s campaign"), as after a quotation.
  const sentence = ctx.p.lang === 'en' ? wholeSentence(before) : '';
  const owned = OWNED_BODY_SAYS.exec(sentence) ?? OWNED_BODY_LEAD.exec(sentence);
  if (owned) return { kind: 'organisation', noun: owned[2]!, owner: owned[1]! };
  // "Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said:": the name its appositions follow, not a body inside them
  // (unless a name set off closes the words: "The head of the NHTCU, Acting Detective Chief Superintendent, Mick Deats, said:").
  const apposed = NAME_SET_OFF.test(left) ? '' : capturedName(APPOSED, left.replace(PARTY_TAG, ''), ctx);
  if (apposed) return { kind: 'name', name: apposed };
  // A stray comma between a subject and its verb, the only one, after a person's name: "Chairman of the … Committee Peter
  // Ainsworth MP, said:" (not "In London, said").
  // "Glazer owns a 28.1% stake in the club, and United's statement to the stock exchange said:": a clause joined on after a
  // whole one has a subject of its own, never the sentence's opening name.
  const joined = ctx.p.lang === 'en' ? JOINED_CLAUSE.exec(left) : null;
  if (joined) {
    const own = attributionBefore(`${joined[1]}${pre.slice(last.index)}${colon ? ':' : ','}`, ctx);
    return own && own.kind !== 'unnamed' ? own : { kind: 'unnamed', settled: true };
  }
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
  // A colon still says the sentence's opening name speaks: "Marine Le Pen (RN), la première à dégainer, s'interroge :" (not when
  // the subject is settled as no one named alone: "Trump and his wife, Melania, said:").
  if (subject?.kind === 'unnamed' && subject.settled) return subject;
  return (colon ? colonSubject(pre, ctx) : null) ?? subject ?? { kind: 'unnamed' };
}

// A whole clause (five words or more, one in lower case), then ", and", ", but" or ", while" and the subject of the verb's clause.
const JOINED_CLAUSE = /^(?=(?:\S+\s+){4})[^]*?\s\p{Ll}[^]*?,\s+(?:and|but|while)\s+((?:the|a|an|\p{Lu}[\p{L}'’-]*)\s[^,]*)$/u;

/**
 * Whom the sentence's subject heard or remembers speaking right before the words (HEARD_SPEAKING): "Mark Reed recalled his mother,
 * Joan, telling him:" is Joan's, "she heard the officer shout:" someone unnamed's; undefined where the words say no such thing.
 */
export function heardSpeaking(before: string, ctx: AttributionContext): Attribution | undefined {
  const words = ctx.p.lang === 'en' ? HEARD_SPEAKING.exec(trimEndOf(before, INTRO_MARKS))?.[1] : undefined;
  if (!words) return undefined;
  const setOff = SET_OFF_NAME_AT_END.exec(words)?.[1];
  const name = setOff ? cleanName(setOff, ctx.isStopword) : '';
  return name ? { kind: 'name', name } : { kind: 'unnamed' };
}
const SET_OFF_NAME_AT_END = /,\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*),?$/u;

/**
 * The speaker of a verb of saying whose subject is not the sentence's: the agent of a passive ("was told by his doctor", "was
 * asked by Dr Joan Baker"), the one a relative "who" stands for ("a heckler who shouted"), or the subject of a clause opened by
 * "when" or the like ("when a reporter asked"). A name, else someone unnamed (also for one asked or told with no agent: "Hillary
 * Clinton was asked:"); undefined where the verb's subject is the sentence's. `left` and `right` are the words before and after `verb`.
 */
function ownClauseSpeaker(left: string, verb: string, right: string, ctx: AttributionContext): Attribution | undefined {
  const passive = PASSIVE_BEFORE.test(left);
  const agent = passive ? AGENT_AFTER.exec(right)?.[1] : undefined;
  // "Hillary Clinton was asked:": the one asked or told listens; whoever spoke is not named.
  if (passive && agent === undefined && TO_SOMEONE.test(verb) && /^\s*$/u.test(right)) return SOMEONE_ELSE;
  const who = RELATIVE_WHO_AT_END.exec(left);
  // Without a comma, "who" is the name's right before it: "this tweet from Rikkie Wells who tweeted,".
  const relative = who && !who[2] ? closingName(who[1]!, ctx.isStopword) || who[1] : who?.[1];
  const clause = SUBORDINATE_SUBJECT_AT_END.exec(left)?.[1] ?? reportedClauseSubject(left, ctx);
  const words = agent ?? relative ?? clause;
  if (words === undefined) return undefined;
  if (clause !== undefined && ctx.p.pronoun.test(clause)) return { kind: 'pronoun', gender: pronounGender(clause) };
  const own = namedOrUnnamed(words, ctx);
  // A verb with an object of its own ("a candidate who promised mass deportation:") may not be the one the words are introduced by.
  return own?.kind === 'unnamed' && own.settled && !VERB_ENDS_CLAUSE.test(right) ? { kind: 'unnamed' } : own;
}
// What may follow a verb of saying that introduces the words: nothing, whom it was said to ("told him") or where ("shouted at him").
const VERB_ENDS_CLAUSE = /^(?:\s+(?:him|her|them|me|us)|\s+(?:at|to|from|in|on|back|out|over)(?:\s+[^\s,;:]+){1,4})?\s*$/u;

// The words say someone other than the sentence's subject spoke, and name no one: no other name in the sentence is theirs.
const SOMEONE_ELSE: Attribution = { kind: 'unnamed', settled: true };

/**
 * The subject of a clause that an earlier verb of saying reports, closing `left` before the last verb: "Tom Smith said his mother
 * had always told him:" (his mother's words), "recounted what his doctor had said:", "said Joan Baker had told her:". Up to five
 * words, no comma; undefined where no earlier verb reports such a clause.
 */
function reportedClauseSubject(left: string, ctx: AttributionContext): string | undefined {
  let earlier: RegExpExecArray | null = null;
  ctx.p.verb.lastIndex = 0;
  for (let m = ctx.p.verb.exec(left); m; m = ctx.p.verb.exec(left)) earlier = m;
  return earlier ? REPORTED_SUBJECT.exec(left.slice(earlier.index + earlier[0].length))?.[1] : undefined;
}
// After the earlier verb: perhaps "that" or "what", the subject, then perhaps auxiliaries and adverbs before the last verb.
// The subject is someone's relation or helper ("his mother", "her doctor") or a full name ("Joan Baker").
const REPORTED_SUBJECT = /^\s+(?:that\s+|what\s+)?((?:his|her|their|my|our)\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+(?:(?:had|has|have|would|once|always|often|later|then|also|\p{Ll}+ly)\s+){1,3}$/u;

/**
 * The name heading the words ("by Dr Joan Baker", "par la députée Sandrine Rousseau", "Rep. Peter King of New York, who told MSNBC:"),
 * else the one a description stands for ("when the senator asked"), else someone unnamed ("by a heckler", "a spokesman for Tom
 * Smith, who said:").
 */
function namedOrUnnamed(words: string, ctx: AttributionContext): Attribution {
  const name = headName(words, ctx.p.lang, ctx.isStopword);
  return name ? { kind: 'name', name } : (describedSubject(words) ?? SOMEONE_ELSE);
}

// A passive and its agent closing the words before a colon, by language: "was confronted by a protester", "a été interpellée par
// un journaliste", "fue interpelado por la diputada Ana Pastor", "wurde von einer Journalistin gefragt". The agent is captured.
// (An English verb of saying in the passive, "was told by his doctor", is ownClauseSpeaker's, before a colon or a comma.)
const PASSIVE_AGENT_AT_END: Readonly<Record<string, RegExp>> = {
  // (Not one "quoted by the Evening Standard as saying:": the one quoted speaks.)
  en: /(?:^|\s)(?:was|were|is|are|been|being|got)\s+(?:\p{Ll}+ly\s+)?(?!quoted\s|cited\s)\p{Ll}+ed\s+by\s+((?![^,;:.!?]*\sas\s)[^,;:.!?]{1,60})$/u,
  fr: /(?:^|\s)été\s+\p{Ll}+[ée]e?s?\s+par\s+([^,;:.!?]{1,60})$/u,
  es: /(?:^|\s)(?:fue|fueron|sido)\s+\p{Ll}+(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+por\s+([^,;:.!?]{1,60})$/u,
  // German puts the participle last: "wurde von einer Journalistin gefragt".
  de: /(?:^|\s)(?:wurde|wurden|worden)\s+von\s+([^,;:.!?]{1,60}?)\s+ge\p{Ll}+(?:t|en)$/u,
};
// Reading out a document and its author, closing the words before a colon: "read aloud from a letter by his grandmother", "read
// out a statement from the family". The author is captured.
// (Also someone's words that are no document: "read a quote from Clinton:", "Trump responded to Clinton's tweet, which read:".)
const WORDS_NOUNS = `${DOCUMENT_NOUNS}|tweet|post|message|quote|quotation|words|remarks|comments|passage|excerpt|caption`;
const READ_FROM_DOCUMENT = new RegExp(
  String.raw`(?:^|\s)read\s+(?:aloud\s+|out\s+)?(?:from\s+)?(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${WORDS_NOUNS})\s+(?:(?:written\s+)?by|from)\s+([^,;:.!?]{1,60})$`,
  'u',
);
// A name's possessive and its words, read out or read as written: "read Clinton's words aloud", "Clinton's tweet, which read".
const POSSESSED_WORDS = String.raw`((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:['’]s|(?<=s)['’])\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${WORDS_NOUNS})`;
const WHICH_READ = String.raw`\s*,?\s+(?:which|that)\s+(?:read|reads|said|says|stated|states)(?:\s+in\s+part)?`;
// Read out, the possessor may be no name ("read the victim's statement to the court:"), and where or to whom may follow.
const READ_POSSESSED_WORDS = new RegExp(
  String.raw`(?:^|\s)read\s+(?:aloud\s+|out\s+)?(?:from\s+)?(?:${POSSESSED_WORDS}|((?:the|his|her|their)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${WORDS_NOUNS}))(?:\s+(?:aloud|out|in\s+court|to\s+(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?))?$`,
  'u',
);
const POSSESSED_WORDS_WHICH_READ = new RegExp(String.raw`(?:^|\s)${POSSESSED_WORDS}${WHICH_READ}$`, 'u');
// Words from someone, which read: "a tweet from Clinton that read".
const WORDS_FROM_WHICH_READ = new RegExp(String.raw`(?:^|\s)(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:${WORDS_NOUNS})\s+(?:(?:written\s+)?by|from)\s+([^,;:.!?]{1,60}?)${WHICH_READ}$`, 'u');
// Or read with no "which": "A statement from Chelsea explaining the decision read:" (a name, perhaps a participle's clause after it).
const WORDS_FROM_READ = new RegExp(String.raw`(?:^|\s)(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}?(?:${WORDS_NOUNS})\s+(?:(?:written\s+)?by|from)\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’&-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’&-]*)(?:\s+\p{Ll}+ing\s+[^,;:.!?]{1,40})?\s+(?:read|reads)(?:\s+in\s+part)?$`, 'u');

/** Whose words a sentence reads out or quotes as written (READ_FROM_DOCUMENT and the patterns after it), before a colon; undefined when none. */
function authorOfWordsRead(words: string): string | undefined {
  for (const pattern of [READ_FROM_DOCUMENT, READ_POSSESSED_WORDS, POSSESSED_WORDS_WHICH_READ, WORDS_FROM_WHICH_READ, WORDS_FROM_READ]) {
    const m = pattern.exec(words);
    const author = m?.[1] ?? m?.[2];
    if (author !== undefined) return author;
  }
  return undefined;
}
const PASSIVE_BEFORE = /(?:^|\s)(?:was|were|been|being|is|are|got|gets)\s+(?:\p{Ll}+ly\s+)?$/u;
const AGENT_AFTER = /^\s+by\s+([^,.;:!?]{1,60})$/u;
const RELATIVE_WHO_AT_END = /(?:^|\s)((?:[^\s,]+\s+){1,4}?[^\s,]+?)(,?)\s+who\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?$/u;
// (Its words hold no comma: in "Sanders, when asked, said:" the clause has closed, and the sentence's subject speaks. The last
// such word opens the clause: "She had a great line a while back when she said,".)
const SUBORDINATE_SUBJECT_AT_END = /^[^]*(?:^|\s)(?:when|as|after|while|before|until|once)\s+((?:[^\s,]+\s+){0,3}?[^\s,]+)\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?$/u;

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

/** The last sentence of `before`, however long (its subject may open it far back). */
function wholeSentence(before: string): string {
  const cut = lastSentenceEnd(before, SENTENCE_BREAK);
  return trimEndOf(cut >= 0 ? before.slice(cut + 1).replace(/^["”’»“]/u, '') : before, INTRO_MARKS);
}

// "Avant d'ajouter :", "Et de poursuivre :", "before adding:", a sentence of its own "Adding, “…”": the speaker goes on.
// A verb of saying whose subject is left out, after a connective, with the few words after it: English "But told BBC News:", "And
// added:"; Spanish, Italian and Portuguese also with no connective ("Poi ha aggiunto:", "Después añadió:", "Depois acrescentou:"),
// and with no capital after the verb, where they put a subject ("Poi ha aggiunto Conte:" is Conte's).
const SUBJECTLESS_OPENING: Readonly<Record<string, RegExp>> = {
  en: /^\s*(?:But|And)\s+(?=\p{Ll})/u,
  ...Object.fromEntries(
    [...PRO_DROP].map((lang) => [lang, /^\s*(?:(?:Poi|Quindi|Infine|Inoltre|E|Ma|Luego|Después|Además|Y|Pero|Finalmente|Depois|Em\s+seguida|Além\s+disso|Mas|Por\s+fim)(?:\s*,)?\s+)?/u]),
  ),
};
const WORDS_TO_THE_MARK = /^[^.!?"“”]{1,60}[:,]\s*$/u;

/** Whether a sentence is a verb of saying with its subject left out (SUBJECTLESS_OPENING), no one named after it where that would be the subject. */
function saysWithoutSubject(sentence: string, ctx: AttributionContext): boolean {
  const opening = SUBJECTLESS_OPENING[ctx.p.lang]?.exec(sentence);
  const rest = opening ? sentence.slice(opening[0].length) : '';
  return WORDS_TO_THE_MARK.test(rest) && !(PRO_DROP.has(ctx.p.lang) && /\p{Lu}/u.test(rest)) && opensWithSaying(rest, ctx);
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
// (A noun's form may say a person too: "Lee's agent told Sky Sports:", "Smith's teammate said:"; a verb in lower case then
// follows, and perhaps whom it was told: never a name, which is the speaker's own: "Lee's trainer Bob Hill said:".)
const SOMEONES_PERSON_LEAD = new RegExp(
  `^\\s*(?:His|Her|Their|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*['’]s?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:(?:${PERSON_NOUNS}|${RELATION_NOUNS})(?:\\s+\\p{Ll}+){0,2}|${AGENT_NOUN}\\s+\\p{Ll}+(?:\\s+[\\p{L}'’.-]+){0,3})\\s*$`,
  'u',
);
// Two names joined by "and" in French, German, Spanish, Italian, Portuguese or Dutch opening a sentence, then a word in lower case.
const PAIR_OPENING = new RegExp(String.raw`^\s*${LISTED_NAME}\s+(?:et|und|y|e|en)\s+${LISTED_NAME}\s+\p{Ll}`, 'u');
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
  // Two people opening the sentence together, in a language whose pair the engine does not resolve as "they": "Mélenchon et Macron
  // ont tous deux déclaré :" is neither alone.
  if (ctx.p.lang !== 'en' && PAIR_OPENING.test(sentence)) return { kind: 'unnamed' };
  // "His final assessment:", "Seine Begründung:": the possessor speaks (French "sa"/"son" agree with the noun, not the speaker).
  const possessor = POSSESSOR_LEAD.exec(sentence)?.[1];
  if (possessor) return { kind: 'pronoun', gender: pronounGender(possessor) };
  // "She then addressed the supporters again:", also after an opening phrase: "But back on American soil, he returned to his familiar lines:".
  // (A pronoun of the article's language: Italian "Il leader della Lega, Matteo Salvini, ha rincarato:" opens on an article.)
  const pronoun = (OPENING_PRONOUN.exec(sentence) ?? PRONOUN_AFTER_TWO_PHRASES.exec(sentence))?.[1];
  if (pronoun && ctx.p.pronoun.test(pronoun)) return { kind: 'pronoun', gender: pronounGender(pronoun) };
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
  // A description set off before a full name, then its verb: "The party leader, Tom Jones, doubled down:", "Il leader della
  // Lega, Matteo Salvini, ha rincarato:" (a full name only, as for a role before it: any verb may follow).
  const setOff = capturedName(DESCRIPTION_THEN_NAME_SET_OFF, sentence, ctx);
  if (setOff.includes(' ')) return { kind: 'name', name: setOff };
  // "When Wallace died in 1998, President Clinton released the following statement:": a subordinate clause's subject is not the one speaking.
  const m = SUBJECT_AFTER_OPENER.exec(sentence) ?? (SUBORDINATE_OPENING.test(sentence) ? null : COLON_SUBJECT.exec(sentence));
  // "Before Trump’s appearance…, the cleric… is shown lecturing:": a phrase opened by a preposition is
  // not the one speaking ("Clinton’s response was:" is Clinton's).
  const name = roleLeadName(sentence, ctx) || (m && !OPENING_PREPOSITION.test(m[1]!) ? cleanName(headlineSubject(beforeCapitalisedFunctionWord(m[1]!), ctx), ctx.isStopword) : '');
  return name ? { kind: 'name', name } : longHeadlineSubject(sentence, ctx);
}

// An article's description, a name set off by commas, then a word in lower case: the sentence's verb.
const DESCRIPTION_THEN_NAME_SET_OFF = new RegExp(
  String.raw`^\s*(?:The|A|An|His|Her|Their|Its|Le|La|Les|Il|Lo|Gli|El|Los|Las|O|Os|As|Der|Die|Das|De|Het)\s+[^,.;:!?"“”«»]{2,80},\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+${NAME_PARTICLE_WORDS}){1,4}\p{Lu}[\p{L}\p{M}'’-]*)\s*,\s+\p{Ll}`,
  'u',
);

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

// A name then a participle right before the quotation: "footage of Hillary Clinton asking, “…”"; never
// a place or a medium the name is in ("…question on Telemundo Facebook writing"), nor the end of a word ("Ps" of "from MPs adding").
const NAME_PARTICIPLE = new RegExp(`(?<!(?:(?:^|\\s)(?:on|in|at|to|from|with|via|for)|\\p{Lu}[\\p{L}\\p{M}.'’-]*)\\s+)(?<![\\p{L}\\p{M}.'’-])((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:\\p{Ll}+ly\\s+)?(?:${PARTICIPLE_WORDS})$`, 'u');

// A sentence end followed by a new sentence (capital or quotation mark), also where scraped text lost the
// space after the stop ("…, confie l'acteur.Sachant exactement…"). German closes with “ („…“).
const SENTENCE_BREAK = new RegExp(String.raw`[.!?]["”’»“]?\s+(?=[\p{Lu}"“«„])|${STOP_WITHOUT_SPACE}`, 'uy');
