// Who said a quotation, read from the sentence holding it when nothing beside it attributes it: the subject of its reporting verb.
import { cleanName, isFirstName, NAME_PARTICLE_WORDS } from './names';
import { anyRoleIn, asDescription, describedRole } from './described-role';
import { headName } from './head-name';
import { capturedName, describedSubject, whoseSomeone, readsRoles, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { nameAfter, nameClosing } from './name-after';
import { BEFORE_PARTICIPLE, DESCRIBED_LEAD, DOCUMENT_THAT_SAID, IRREGULAR_PAST, namesAnyone, OPENING_PHRASE, opensWithSaying, OWNED_BODY_WORDS, PARTICIPLE_AT_END, PARTICIPLE_WORDS, PARTY_TAG, SUBORDINATE_OPENING, TAG, WITH_NAME_PARTICIPLE } from './attribution-patterns';
import { subjectBefore } from './subject-before';
import { CLAUSE_LEAD_ANY_TENSE, clauseSubject } from './clause-subject';
import { attributionAfter, invertedName } from './attribution-after';

// A name, then a relative clause whose verb of saying leads to the quotation, no other one between: "…,” said Beck, who said
// there were “", "Jane Smith, who also argued that the plan was “". The words before the comma are captured, for the name heading
// them ("Gov. Jerry Brown of California, who said").
const NAME_WHO_SAID = /(?:^|\s)((?:[^\s,]+\s+){0,5}?\p{Lu}[\p{L}'’-]*),\s+who\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:said|says|added|told|argued|insisted|noted|wrote|warned|claimed|called)(?![\p{L}])[^“”"«»]*$/u;

// French: a name, then "qui" and a verb of saying leading to the quotation with no comma between: "le député LREM de la Manche
// Bertrand Sorre, qui dit « … »", "a précisé Frédéric Apollin, qui assure qu'AVSF travaillait « … »". Not a relative clause
// closed by a comma before another subject's clause ("Selon Le Parisien, qui affirme tenir l'information…, la préfecture cherche à « … »").
const NAME_QUI = /^(.*\p{Lu}[\p{L}'’-]*),\s+qui\s+(?:(?:lui|leur|nous|vous)\s+)?([^“”"«»,;]*)$/u;

/** The full name "qui" stands for before a verb of saying (NAME_QUI, the language's verbs of saying), or ''. */
function antecedentOfQui(sentence: string, ctx: AttributionContext): string {
  const m = NAME_QUI.exec(sentence);
  if (!m || !opensWithSaying(m[2]!, ctx)) return '';
  // A description before the name reads as after a verb: "le député LREM de la Manche Bertrand Sorre" is Bertrand Sorre.
  const described = LAST_DESCRIPTION.exec(m[1]!);
  const named = described ? nameAfter(` ${described[0]}`, ctx) : null;
  return named?.kind === 'name' ? named.name : nameClosing(m[1]!, ctx);
}
const LAST_DESCRIPTION = /(?:^|\s)(?:le|la|l['’])\s*\p{Ll}[^,;:]*$/u;

// Only a subject between two verbs: "said he hoped", "says that Trump thinks".
const REPORTED_SUBJECT = /^\s+(?:that\s+)?(?:he|she|they|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+$/u;

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
export const OWNED_BODY_LEAD = ownedBodyLead(String.raw`\p{Ll}+ed|${IRREGULAR_PAST}`);
// A verb of saying, before a partial quotation: "Gov. Gavin Newsom's office said in a statement that…".
export const OWNED_BODY_SAYS = ownedBodyLead('said|says|told|tells|wrote|writes|added|adds|argued|argues|noted|notes|claimed|claims|insisted|insists|warned|warns');

// A name, said, then the participle ending the words before the quotation: "…, Nefzi said, adding,".
// Also inverted, with a party tag and a short phrase of time: "“…,” said Rep. Bobby Scott (D-Va.) at the time, adding that".
const SAID_THEN_PARTICIPLE = new RegExp(
  `[,"”’]\\s*(?:((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+(?:said|says|added|wrote)|(?:said|says|added|wrote)\\s+((?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*)(?:${TAG})?(?:\\s+\\p{Ll}[\\p{L}\\s]{0,24})?),\\s*(?:${PARTICIPLE_WORDS})(?:\\s+that)?\\s*[,:]?\\s*$`,
  'u',
);
// A pronoun and its verb of saying set off by commas, then a participle: ", he claimed, saying".
const PRONOUN_SAID_THEN_PARTICIPLE = new RegExp(`,\\s*(he|she)\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|claimed|claims|added|adds|argued|argues|insisted|insists|wrote|writes)\\s*,\\s*(?:${PARTICIPLE_WORDS})(?![\\p{L}])`, 'u');

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

// A quotation's closing mark, a conjunction opening another clause, then that clause, holding no quotation mark; by language.
// (German closes on “ or «: „…“, »…«.)
const clauseAfterQuotation = (conjunctions: string, closing = '”"»') =>
  new RegExp(`(?<=\\S)\\s?[${closing}][,;]?\\s+(?:${conjunctions})\\s+([^“”"«»„]+)$`, 'u');
const CLAUSE_AFTER_QUOTATION: Readonly<Record<string, RegExp>> = {
  en: clauseAfterQuotation('while|whereas|but|and|although|though'),
  fr: clauseAfterQuotation('tandis\\s+que|alors\\s+que|mais|et'),
  es: clauseAfterQuotation('mientras\\s+que|mientras|pero|y'),
  de: clauseAfterQuotation('während|aber|und|doch', '“«'),
};

// A verb of saying and a full name set off by commas inside a sentence: ", says Carl Anthony, historian at…,".
// (Also with where they work: ", said Junya Tanase of JPMorgan Chase bank in Tokyo, were “…”".)
const SAYS_SET_OFF = /\p{Ll},\s+(?:says|said|notes|noted|writes|wrote|argues|argued|explains|explained)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:of|at|from)\s+[^,;:“”"]{1,60})?\s*,/u;

/**
 * Attribution by the sentence a quotation sits in, when nothing right beside it attributes it: the
 * subject of the sentence's first reporting verb ("Trump tells his supporters at a rally to “go…”",
 * "Clinton says Trump’s “latest…”"). `sentence` is the sentence's text before the opening mark.
 */
export function attributionInSentence(sentence: string, ctx: AttributionContext): Attribution {
  // A participle's aside after the opening name is no verb of the sentence's: "Tennis great John McEnroe, commentating for the BBC,
  // said Djokovic was “…”" (the aside's verb had been read as the first, with no subject before its comma).
  // Nor is one saying who noted it: "her new Iowa ad, which — as columnist Jonathan Chait noted recently — promises to “…”".
  if (ctx.p.lang === 'en') sentence = sentence.replace(PARTICIPLE_ASIDE, '$1').replace(AS_NOTED_ASIDE, ' ').replace(HEDGED_REPORT, ' ');
  // A clause of its own after a quotation the sentence holds, with its own subject and verb of saying: "Netanyahu called the
  // winner “…,” while Abbas said he hoped peace “…”" is Abbas's.
  const clause = CLAUSE_AFTER_QUOTATION[ctx.p.lang]?.exec(sentence)?.[1];
  const own = clause !== undefined ? attributionInSentence(clause, ctx) : null;
  if (own?.kind === 'name' || own?.kind === 'pronoun') return own;
  // Not English: "According to Politico, Trump called it “…”" quotes Trump, not the paper that reports it.
  const according = ctx.p.lang !== 'en' ? accordingInSentence(sentence, ctx) : accordingToDescribed(sentence, ctx);
  if (according) return according;
  // "…, Elly Schlein, secondo cui il governo «…»": "according to whom" after a name is that name's view.
  const whose = capturedName(ACCORDING_TO_WHOM, sentence, ctx);
  if (whose) return { kind: 'name', name: whose };
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
  const whoSaid = ctx.p.lang === 'en' ? NAME_WHO_SAID.exec(sentence)?.[1] : undefined;
  const antecedent = whoSaid !== undefined ? headName(whoSaid, 'en', ctx.isStopword) : ctx.p.lang === 'fr' ? antecedentOfQui(sentence, ctx) : '';
  if (antecedent) return { kind: 'name', name: antecedent };
  // "…from a spokesman for Tom Smith, who said “…”": the antecedent names no one, and the name it governs did not speak.
  if (whoSaid !== undefined) return { kind: 'unnamed' };
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

// The opening words up to a capitalised name, then an aside opened by a participle and closed by a comma before a word in lower case.
// An aside set off by dashes or commas, opening on "as": "— as columnist Jonathan Chait noted recently in New York magazine —".
const AS_NOTED_ASIDE = /\s(?:[—–]|--)\s*as\s[^—–]{1,100}?\s(?:[—–]|--)\s/u;
const PARTICIPLE_ASIDE = /^(\s*(?:[\p{L}.'’-]+\s+){0,4}\p{Lu}[\p{L}'’-]*),\s+\p{Ll}+ing\s+[^,.;:!?"“”]{1,80},(?=\s+\p{Ll})/u;

// A report hedged before its verb of saying, read as the verb alone: "Mr Houston is alleged to have said that the organs… should
// be “…”" is Houston's as the article reports it, as "Mr Houston said that…" would be.
const HEDGED_REPORT = /\s(?:is|was|are|were)\s+(?:alleged|reported|said|understood|believed|thought|claimed|rumou?red)\s+to\s+have\s+(?=(?:said|told|written|declared|claimed|described|called)\s)/u;

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

// Right after a verb of saying, the subject of the clause it reports, then perhaps an auxiliary or an adverb: "said (that) Sanders had ",
// also after whom it was told and "that": "told the crowd that Clinton had once ".
const CLAUSE_REPORTED_SUBJECT = /^\s+(?:(?:[\p{L}'’.-]+\s+){0,4}?that\s+)?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:(?:had|has|have|once|also|even|\p{Ll}+ly)\s+){0,2}$/u;

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
// A name, then "according to whom" opening a relative clause, in any of the languages read.
const ACCORDING_TO_WHOM = /((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*,\s+(?:secondo\s+cui|secondo\s+(?:il|la)\s+quale|según\s+(?:el|la)\s+cual|segundo\s+(?:o|a)\s+qual|selon\s+(?:qui|lequel|laquelle)|according\s+to\s+whom|volgens\s+wie)\s[^,;:.!?]*$/u;
// The same view in Spanish, Portuguese and Italian: "Para el ministro Carlos Cuerpo, …", "Para o senador Rogério Marinho, …", "Per Elly Schlein, …".
const PARA_NAME = /^\s*Para\s+([^,]{3,80}),/u;
const VIEW_OPENING: Readonly<Record<string, RegExp>> = { fr: POUR_NAME, es: PARA_NAME, pt: PARA_NAME, it: /^\s*Per\s+([^,]{3,80}),/u };
// "…, a réagi Nadège Bezard, même si selon elle « … »": "selon elle" right before the words, anywhere in the sentence.
const VIEW_RIGHT_BEFORE = /(?:^|[\s,])(?:selon|d['’]après)\s+(elle|lui)\s*,?\s*$/iu;
// "Wie Jens Hoffmann mitteilte, „…“": German "as X said", the verb closing its clause.
const WIE_NAME_SAID = /^\s*Wie\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:\p{Ll}+\s+){0,3}?(?:mitteilte|sagte|erklärte|betonte|berichtete|schrieb|bestätigte|ankündigte|mitteilt|sagt|erklärt)\s*,/u;
const SENTENCE_OPENING = /^\s*(?:(?:Et|Mais|Or|Und|Aber|Doch)\s*,?\s*)?$/u;
// "Dem Minister Horst Seehofer zufolge sei die Lage „…“": German "zufolge" follows the name.
const NAME_ZUFOLGE = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s+zufolge(?![\p{L}])/u;

// A Dutch role word in lower case right before a capitalised word (anyRoleIn says whether it is a role).
const DUTCH_ROLE_BEFORE_NAME = /^\s*(\p{Ll}[\p{L}-]*)\s(?=\p{Lu})/u;

// After "según"/"secondo"/"volgens": an article, a role in a few words, then a full name of two words or more set off by commas
// (its particles too: "Según el portavoz de Vox, Iván Espinosa de los Monteros,").
const ROLE_THEN_NAME_SET_OFF = new RegExp(String.raw`^\s*(?:el|la|los|las|il|lo|gli|o|a|os|as|de|het)\s+\p{Ll}[^,;:«»“”"]{0,60},\s*((?:\p{Lu}[\p{L}\p{M}'’-]*\s+${NAME_PARTICLE_WORDS}){1,3}\p{Lu}[\p{L}\p{M}'’-]*),`, 'u');

// "According to the minister," opening the sentence, then no verb of saying of the sentence's own.
const ACCORDING_TO = /^(?:[^,]{1,40},\s*)?[Aa]ccording to ([^,]{1,60}),/u;

/**
 * English: "According to the minister, the plan is “…”": the source opening the sentence, where no verb of saying follows
 * ("According to Politico, Trump called it “…”" quotes Trump): a description (the person the article named with that role),
 * a name ("According to Mary Smith, the plan is “…”") or a document ("According to a statement from Buckingham Palace, the King
 * “…”").
 */
function accordingToDescribed(sentence: string, ctx: AttributionContext): Attribution {
  const m = ACCORDING_TO.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length);
  ctx.p.speaking.lastIndex = 0;
  // Nor where the words are a thing's ("the men were wearing shirts that read “…”") or a title ("a report called “…”").
  if (ctx.p.speaking.test(rest) || THINGS_WORDS.test(rest)) return null;
  const source = nameAfter(` ${m[1]}`, ctx);
  // A name only as written whole, without an article: "According to Il Sole 24 Ore," is no one called "Sole", and a paper
  // ("According to the Times,") reports words it need not have written.
  if (source?.kind === 'name' && (!m[1]!.trim().endsWith(source.name) || /^\s*(?:the|a|an)\s/iu.test(m[1]!))) return null;
  return source?.kind === 'description' || source?.kind === 'name' || source?.kind === 'document' ? source : null;
}
const THINGS_WORDS = /(?<![\p{L}])(?:read|reads|reading|titled|entitled|headlined|labell?ed|called|dubbed|named|marked|branded)(?![\p{L}])/u;

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
    // Or a role alone, the one the article named with it: "Según el ministro, la reforma es «…»".
    const described = readsRoles(ctx) ? null : describedRole(after, ctx.p.lang);
    if (described) return asDescription(described);
    // Dutch writes the role alone before the name: "Volgens oppositieleider Frans Timmermans «…»", "volgens minister Heinen".
    const roleAlone = ctx.p.lang === 'nl' ? DUTCH_ROLE_BEFORE_NAME.exec(after) : null;
    const person = roleAlone && anyRoleIn('nl').test(roleAlone[1]!) ? after.slice(roleAlone[0].length - 1) : after;
    if (!readsRoles(ctx) && !/^\s*\p{Lu}/u.test(person)) return null;
    const named = nameAfter(person, ctx);
    // "Selon elle, Jamal Khashoggi « … »": whose view the words are (quotes.ts: only the one quoted just before).
    if (named?.kind === 'pronoun') return { ...named, view: true };
    // Not a paper ("selon Les Echos", "laut der Zeitung"): it may report someone else's words.
    if (named?.kind === 'name' && !/^\s*(?:Le|La|Les|L['’]|Der|Die|Das|El|Los|Las|Il|Lo|O|A|Os|As|De|Het)(?![\p{Ll}])/u.test(sentence.slice(acc.index + acc[0].length))) return named;
  }
  const zufolge = ctx.p.lang === 'de' ? capturedName(NAME_ZUFOLGE, sentence.slice(0, 80), ctx) || capturedName(WIE_NAME_SAID, sentence, ctx) : '';
  if (zufolge) return { kind: 'name', name: zufolge };
  const pour = VIEW_OPENING[ctx.p.lang]?.exec(sentence) ?? null;
  const named = pour ? nameAfter(pour[1]!, ctx) : null;
  // A full name only: "Pour Paris, c'est « … »" names a place.
  return named?.kind === 'name' && named.name.includes(' ') ? named : null;
}
