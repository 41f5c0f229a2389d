// Direct quotations with their speakers: pair the marks, keep real quotations, attribute, merge splits.
import type { DirectQuote } from '../summary';
import type { Attribution, AttributionContext, Gender } from './attribution';
import { HEADLINE_FUNCTION_WORD } from './headline-run';
import { institutionNamed, institutionNamedIn, isInstitutionNoun } from './attribution-kinds';
import { describesByRole, namedWithOtherRole, personWithRole, roleNounGender } from './described-role';
import { genderOfNoun } from './person-nouns';
import { authorOf } from './author';
import { findFullForms, fullNameAt, writtenInFull, type FullForms } from './full-names';
import { acronymAlone, cleanName, isFirstName, isOrganisation, lastSentenceStart, mixedCase } from './names';
import { findPeople, pairBefore, type People } from './people';
import { organisationOf } from './organisation-of';
import { titledWithThe } from './titled-with-the';
import { hasWholeWord } from './whole-word';
import { pronounSaidJustBefore } from './pronoun-said-before';
import { withoutNicknames } from './nicknames';
import { FRENCH_PRESS_NOUN, pressReportedBefore } from './french-press';
import { bodyNameJustBefore } from './body-subject-fr';
import { bodyOpening } from './body-spokesperson';
import { companySpokeBefore, FRENCH_COMPANY_NOUN } from './french-company';
import { acronymExpanded, bodySetOffAs, bodyThatSpoke, isOrganisationHead, issuerBefore, organisationBefore, senderOf } from './organisations';
import { memoized } from './memo';
import { isProperNoun } from './proper-noun';
import { findQuoteSpans } from './quote-spans';
import { patternsFor } from './reporting-verbs';
import { describedAsAnother, describedByOtherOffice, givenOtherDemonym, namedByPostOnly, officeTitle, otherParty, otherStanding, resolveDescription, resolvePronoun, type PronounContext } from './resolve-speaker';
import { withRepeatedSpeakers } from './repeated-quotes';
import { withSpeakersAround } from './between-quotes';
import { courtesyApposition, roleOf } from './roles';
import { unnamedOpenerBefore, unnamedOpensBetween } from './unnamed-speaker';
import { agesOf } from './described-mentions';
import { stopwordsFor } from './stopwords';
import { looksDirect } from './quote-shape';
import { attributionUnread, isWholeParagraph, opensSentence, sameParagraph } from './quote-context';
import { candidatesOf, mergeSplit, partsText, shareListAttributions, type Merged } from './quote-candidates';
import { introducedUnnamed, listenerBefore, openingPronounAt, otherSubjectBefore, otherSubjectJustBefore, pairAfter, relativeNamed, reportedJustBefore, saidJustBefore } from './speaker-nearby';
import { addressesListener, answersTurn, NARRATOR, type Turn } from './dialogue-turns';
import { isAskedQuestion, namedBetween, onlyAttributionBetween, otherSpeaksBetween, otherSpeaksInLaterSentence, partialAboutQuoteBefore, quotedInSentenceBefore, quoteParagraphAfterQuote, reportedInSubjunctive, stillAboutSpeaker } from './quote-continuation';
import { lastWordOf } from './last-word';
import { opensOnPronounOf } from './spoken-of';
import { passiveAgentJustBefore } from './passive-agent';
import { opensIncise, splitAtIncises } from './incises';
import { attributionAfter } from './attribution-after';

// The languages that set an attribution inside the marks (English, German and Dutch close them around it).
const INCISE_LANGS: ReadonlySet<string> = new Set(['fr', 'es', 'it', 'pt']);
// The attributions an incise gives: someone named, a pronoun or a description ("a-t-il estimé", "estime la députée").
const ATTRIBUTED: ReadonlySet<string> = new Set(['name', 'pronoun', 'description']);

// A word opening a body's name that cleaning would drop: a demonym ("British", "European", "Scottish") or an acronym ("UK").
const BODY_NAME_OPENING = /^(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ch)|\p{Lu}{2,5})$/u;

/** Cap on quotations examined: a pathological page must not cost more than a normal one. */
const MAX_QUOTES = 500;

// Words between a question and the next quotation, in one sentence, saying the next one answers it: " The minister replied: ".
const REPLY_BETWEEN = /^[^\n.!?]{0,80}(?<![\p{L}])(?:replied|replies|responded|responds|answered|answers|retorted|retorts|shot back|hit back)(?![\p{L}])[^\n.!?]{0,40}$/u;

/** Where the paragraph holding `at` ends (the text's end for the last one). */
function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * The quotations of `text` with their speakers. `onPronoun` sees each "he said" the resolver is asked
 * about, with its quotation's start (tools/fit-pronoun-model.ts learns from them).
 */
export function directQuotes(page: string, lang: string, onPronoun?: (ctx: PronounContext) => void): DirectQuote[] {
  // Names are read with their nicknames blanked out; quotations keep the original words. A page's no-break
  // spaces read as spaces ("issued a&nbsp;statement, “…”"): one code unit each, so offsets still point into the original.
  const whole = withoutNicknames(page).replace(/[\u00a0\u2007\u202f]/gu, ' ');
  const found = findQuoteSpans(whole);
  // Past the examined quotations, the page is read only to the end of the paragraph of the first one left out: the people and
  // names further on cannot be their speakers, and reading them all made a book-length page cost what hundreds of articles do.
  const end = found.length > MAX_QUOTES ? paragraphEnd(whole, found[MAX_QUOTES]!.close) : whole.length;
  const [original, text] = [page.slice(0, end), whole.slice(0, end)];
  const stop = stopwordsFor(lang);
  // German "laut" ("according to"), missing from its stopword list, opens a sentence before a name: "Laut Faeser ist…" names Faeser.
  const isCommonWord = (w: string) => stop.has(w) || w === 'the' || w === 'le' || w === 'la' || (lang === 'de' && GERMAN_SOURCE_WORDS.has(w));
  // Built on first use, in one pass over the text: every full name, by surname (only quotations
  // attributed to a surname need it).
  let fullForms: FullForms | null = null;
  const formsOf = () => (fullForms ??= findFullForms(text, isCommonWord));
  // A common word that is the surname of someone the text names in full is a name there ("Grant Young… “…,” Young said").
  let surnames: Set<string> | null = null;
  const isSurnameHere = (w: string) => (surnames ??= surnamesOf(formsOf(), lang, isCommonWord)).has(w);
  const isStopword = (w: string) => isCommonWord(w) && !isSurnameHere(w);
  // A surname the text writes in full somewhere ("le colonel Barbry" after "le colonel Frédéric Barbry").
  const isSurname = (w: string) => writtenInFull(formsOf(), w);
  // A surname the text writes in full after a first name ("While Comey said…" after "James Comey").
  const isSurnameOfSomeone = (name: string) => !name.includes(' ') && (formsOf().get(name)?.some((f) => isFirstName(f.name.slice(0, f.name.indexOf(' ')))) ?? false);
  const ctx: AttributionContext = { p: patternsFor(lang), isStopword, isSurname, isPersonSurname: isSurnameOfSomeone };
  // French, Spanish, Italian and Portuguese set an attribution inside the marks too ("…, a expliqué le président, X. Je…"): the two quotations it parts.
  const isIncise = (incise: string, lastChar: string) => opensIncise(incise, ctx.p.verb) && ATTRIBUTED.has(attributionAfter(incise, ctx, lastChar)?.kind ?? '');
  const spans = INCISE_LANGS.has(lang) ? splitAtIncises(text, found.slice(0, MAX_QUOTES), isIncise) : found.slice(0, MAX_QUOTES);
  const cands = candidatesOf(text, spans, ctx, lang);
  shareListAttributions(text, cands, ctx);
  const merged = mergeSplit(text, cands);
  const fullName = (name: string, at: number) => fullNameAt(formsOf(), name, at) ?? name;
  // A body's name, cleaned as a person's is but keeping an opening word a stopword list holds ("Big Machine", "First Data") and
  // the noun of a body with no name of its own ("US military", which cleaning would empty).
  // So is an opening demonym or acronym, which cleaning drops from a person's description ("British Chambers of Commerce", "UK Film Council").
  const bodyName = (name: string) => {
    const cleaned = cleanName(name, isStopword);
    const dropped = cleaned && name.endsWith(` ${cleaned}`) ? name.slice(0, -cleaned.length - 1) : '';
    return dropped && !dropped.includes(' ') && (isStopword(dropped.toLowerCase()) || BODY_NAME_OPENING.test(dropped)) ? name : cleaned || name;
  };
  /** A body's name as the text gives it in full ("Wimpey" → "George Wimpey", "NAO" → "National Audit Office"), or null. */
  const bodyNamed = (name: string | null, at: number) => (name ? (acronymExpanded(text, name) ?? fullName(bodyName(name), at)) : null);
  /** Whether the text treats a name as a person's: a first name opens it, it is a surname written in full, or it has a gender (organisations have none). */
  const isPersonHere = (name: string) => isFirstName(name.split(' ')[0]!) || isSurnameOfSomeone(name) || peopleOf().gender(fullName(name, text.length)) !== null;
  // The article's people, built on the first pronoun: who spoke, by name, counts as a person.
  let people: People | null = null;
  const peopleOf = () => (people ??= findPeople(text, spans.map((s) => [s.open, s.close + 1]), namedSpeakers(merged, speakerNamed), formsOf(), isStopword, properNoun, ctx.p.speaking, ctx.p.verb, lang));
  // The article's author, read once on the first "I said".
  let author: string | undefined;
  const authorOfText = () => (author ??= authorOf(text, (phrase) => cleanName(phrase, isStopword)));
  // Asked once a word an article: it scans the whole text.
  const properNoun = memoized((word) => isProperNoun(word, text, lang));
  const withThe = memoized((word) => titledWithThe(text, word));
  const roles = new Map<string, string | undefined>();
  // Last, the role set off after a later "Mr. Reeves," (English, courtesyApposition), read once per speaker, near where they
  // first speak (a book-length text would otherwise be read whole for each of its speakers).
  const courtesyRoles = new Map<string, string | undefined>();
  const courtesyRole = (speaker: string, at: number) => {
    if (lang !== 'en') return undefined;
    if (!courtesyRoles.has(speaker)) courtesyRoles.set(speaker, courtesyApposition(text.slice(Math.max(0, at - COURTESY_READ), at + COURTESY_READ), speaker));
    return courtesyRoles.get(speaker);
  };
  // Asked again while none is found: a headline may quote someone before the story introduces them ("Bill Clinton: “…”").
  const roleFor = (speaker: string, at = text.length) => {
    if (roles.get(speaker) === undefined) roles.set(speaker, roleOf(text, speaker, at, lang));
    return roles.get(speaker);
  };
  // Whom a gendered pronoun was resolved to has that gender from then on, where nothing else in the text says it: "…,
  // raconte-t-elle" makes Delphine Guinchard (a first name the lexicon lacks) a woman, whom a later "raconte-t-il" cannot mean.
  const heardGenders = new Map<string, 'm' | 'f'>();
  // The office a description by an office ("the chancellor said") was resolved to someone by, as its title: no other office's after.
  const officesHeard = new Map<string, string>();
  const peopleHeard = (): People => {
    const p = peopleOf();
    return heardGenders.size === 0 ? p : { ...p, gender: (name) => p.gender(name) ?? heardGenders.get(name) ?? null };
  };
  /**
   * Whether `words` open by speaking of `name`, on a pronoun of their gender (else of `guessed`, the gender a description's noun
   * gave when the text shows none of theirs): a description guessed to be them is not, whose words speak of them so. Only when
   * no one else of that gender is named before `at`: "He played better than me," the Spaniard said, after Andy Murray and Rafael
   * Nadal, may speak of Murray.
   */
  const spokenOf = (name: string, words: string, at: number, guessed: Gender = null) => {
    const gender = peopleHeard().gender(name) ?? guessed;
    return opensOnPronounOf(words, gender, lang) && !peopleOf().mentions.some((m) => m.start < at && m.name !== name && peopleHeard().gender(m.name) === gender);
  };
  /**
   * Who "he"/"she" (or a description of that gender) before `at` means, as the resolver sees it. A clear lead names someone in
   * English, and for a description in any language ("L'élue en a appelé à…", "acrescentou o comandante"); a French "il" or
   * "elle" also stands for things and bodies of that gender ("la diplomatie française… a-t-elle ajouté"), as pronouns of the
   * other languages may, so there only the model's threshold does.
   */
  const resolve = (gender: Gender, at: number, isPronoun = true, listener?: string, pronounAt?: number, quotation?: string) => {
    const pronoun: PronounContext = { text, people: peopleHeard(), gender, at, lastSpeaker, lastSpokeAt, quoted: new Set(quoted), ...(listener ? { listener } : {}), ...(pronounAt === undefined ? {} : { pronounAt }), ...(quotation === undefined ? {} : { quotation }) };
    if (isPronoun) onPronoun?.(pronoun);
    // (A body opening the pronoun's sentence, or the one before, is whom it means: "Le parquet de Lyon a ouvert… « … », a-t-il indiqué".)
    const body = isPronoun && lang === 'fr' && gender ? bodyNameJustBefore(text, pronounAt ?? at, gender, (words) => institutionNamed(words, isStopword), (from, to) => namedBetween(peopleOf(), from, to)) : null;
    if (body !== null) return body || null;
    return resolvePronoun(pronoun, lang === 'en' || !isPronoun);
  };
  /**
   * Whether the sentence just before a quotation opening a sentence at `at` is about someone other than `speaker`, whom a
   * description of that gender may mean as well: of that gender or of none the text says, and given no role of their own ("De
   * son côté, Thomas Tuchel ne cachait pas sa déception. « … », a regretté l'entraîneur allemand", after "L'entraîneur du PSG,
   * Luis Enrique").
   */
  const otherAboutJustBefore = (speaker: string, at: number, gender: Gender) => {
    // (A quotation inside a sentence about someone is often its agent's: "X a été percuté… par « … », a relaté la procureure".)
    if (!opensSentence(text, at)) return false;
    const other = otherSubjectJustBefore(text, peopleOf(), at, speaker, ctx.p.verb);
    const otherGender = other === undefined ? null : peopleHeard().gender(other);
    return other !== undefined && (gender === null || otherGender === null || otherGender === gender) && !roleFor(other, at);
  };
  /** The speaker an attribution names at `at`, in full; null for a word the text does not treat as a name. */
  const speakerNamed = (named: string, at: number): string | null => {
    // An organisation's acronym ("LSE said", "An IAAF statement said:") reads as the name the text spells out ("London Stock Exchange (LSE)").
    // A transcript's label in capitals ("TRUMP:") is the name the text writes in mixed case ("Donald Trump").
    const written = writtenInMixedCase(text, named);
    const acronym = written ? null : acronymAlone(named);
    const speaker = acronym ? (acronymExpanded(text, acronym) ?? acronym) : fullName(cleanName(written ?? named, isStopword) || named, at);
    // A lone capitalised word is a name only when the text treats it as one ("Jeudi, …", German "Begründung" are not).
    if (!speaker.includes(' ') && !properNoun(speaker)) return null;
    // "the Bank said" after "the Bank of England": the body the text named in full, as for "the bank said".
    const headed = !speaker.includes(' ') && lang === 'en' && isOrganisationHead(speaker) ? organisationBefore(text, speaker, at) : null;
    if (headed) return headed;
    // A title the text writes with its "The" is that title whole ("according to The Hill"), an acronym never ("the ACU").
    if (!speaker.includes(' ') && lang === 'en' && !/^[\p{Lu}\p{N}.&-]+$/u.test(speaker) && withThe(speaker)) return `The ${speaker}`;
    // A headline's words are no name: "Debris From EgyptAir Jet", "Selenis Leyva Got Real About Being".
    if (speaker.split(' ').some((w, i) => i > 0 && HEADLINE_FUNCTION_WORD.test(w))) return null;
    // "The Bank of England said": the body's whole name, which the attribution's run of capitals cut at "of".
    return (lang === 'en' && !isFirstName(speaker.split(' ')[0]!) && organisationOf(text, speaker, at)) || speaker;
  };
  /**
   * "…, said Wilcox, an Orlando Republican…. ¶ “…,” he said.": the one whose words the sentence before reported
   * (reportedJustBefore), in full, when the pronoun's gender fits them and the words do not name them ("Sanders said. ¶
   * “…whether Senator Sanders's message…,” he said" is his campaign manager's); else undefined.
   */
  const reporterFor = (open: number, gender: Gender, quotation: string): string | undefined => {
    if (gender === null || !opensSentence(text, open)) return undefined;
    const reported = reportedJustBefore(text, peopleOf(), open, ctx.p.verb);
    if (reported === undefined || quotation.includes(lastWordOf(reported))) return undefined;
    const name = fullName(reported, open);
    return (peopleHeard().gender(name) ?? gender) === gender ? name : undefined;
  };
  const out: DirectQuote[] = [];
  const unresolved = new Set<DirectQuote>(); // no cue, or a "he" or "the senator" no one was found for (not "the boy")
  const alone = new Set<DirectQuote>(); // a paragraph of its own with no cue, and no one said it just before
  let lastSpeaker: string | null = null; // the last quotation's speaker that was known (for "he said")
  let lastSpokeAt = -1; // where that quotation ends
  const quoted = new Set<string>(); // every speaker so far
  let previousSpeaker: string | null = null; // the previous quotation's, known or not (for a continuation)
  let previousIsInstitution = false; // whether that speaker is an organisation or a document's issuer (for "it added")
  let previousBySpokesperson = false; // whether that speaker is a body whose unnamed spokesperson spoke (for "he added")
  let lastEnd = -1;
  let lastRunsOn = false;
  let asker: string | null = null; // who asked the previous quotation, a question ("“That would be you?” Borger asked.")
  // A story's dialogue: whose turn the previous quotation was (its speaker, the narrator's "I", or one known to be no one but
  // the other party), and whether it answered someone else's words a paragraph or two before it.
  let previousTurn: Turn = null;
  let previousAnswered = false;
  /** The gender the text shows for the previous quotation's speaker, or that a pronoun gave them (heardGenders). */
  const genderOfPrevious = (): Gender => (previousSpeaker ? peopleHeard().gender(previousSpeaker) : null);
  /**
   * Whether a pronoun of `gender` may mean the previous quotation's speaker: of that gender, a person the text shows of none, or a
   * body whose unnamed spokesperson spoke ("A Home Office spokesman said: “…” “…,” he added.").
   */
  const pronounFitsPrevious = (gender: 'm' | 'f') => previousBySpokesperson || genderOfPrevious() === gender || (previousSpeaker !== null && genderOfPrevious() === null && isPersonHere(previousSpeaker));
  /**
   * Remembers who said quotation `c` (null: no one known), for a quotation that continues it; `notOf`, for one no one said, the
   * speaker it is known not to be (the next turn of an exchange).
   */
  const heard = (c: (typeof merged)[number], speaker: string | null, continues: boolean, notOf: string | null = null) => {
    const turn: Turn = speaker !== null ? { of: speaker } : c.att?.kind === 'narrator' ? { of: NARRATOR } : notOf !== null ? { notOf } : null;
    previousAnswered = lastEnd >= 0 && answersTurn(text, previousTurn, lastEnd, turn, c.open);
    previousTurn = turn;
    previousBySpokesperson = speaker !== null && (c.att?.kind === 'name' ? c.att.spokesperson === true : speaker === previousSpeaker && previousBySpokesperson);
    previousSpeaker = speaker;
    previousIsInstitution = spokeAsInstitution(c.att, speaker, continues, previousIsInstitution);
    lastEnd = c.parts[c.parts.length - 1]![1];
    lastRunsOn = c.runsOn;
    asker = speaker && isAskedQuestion(text, lastEnd, c.open) ? speaker : null;
  };
  /**
   * The surname of whom "he said" cannot mean: the one who asked the question that ends the paragraph before, answered here, or
   * that the words between answer ("Labour's Jess Phillips asked: “…?” The minister replied: “…”").
   */
  const answering = (c: (typeof merged)[number]): string | undefined => {
    const between = text.slice(lastEnd, c.open);
    return asker && (/^[^\n]{0,80}\n\s*$/u.test(between) || REPLY_BETWEEN.test(between)) ? lastWordOf(asker) : undefined;
  };
  /** Whom the "he" or "she" of quotation `c`'s attribution means: a reporter it names, else whom the resolver takes it for. */
  const pronounSpeaker = (c: (typeof merged)[number], gender: Gender, listener: string | undefined, quoteText: string): string | null =>
    reporterFor(c.open, gender, quoteText) ?? resolve(gender, c.open, true, listener ?? answering(c) ?? listenerBefore(text, c.open), openingPronounAt(text, c.open, gender), quoteText);
  const firstLineEnd = text.indexOf('\n'); // the headline's end, when the text opens with one
  for (const c of merged) {
    const quoteText = partsText(original, c.parts);
    const start = c.parts[0]![0];
    // A quotation right after an attributed one in the same paragraph continues it ("…," said X. "…"),
    // also a few sentences on when no one else is named between, or after a long attribution naming others
    // in the sentence that quotation ends ("…,” said former Rep. George Miller, …, along with retired Rep.
    // John Boehner… “…”) when no one else is said to speak there.
    // So does a paragraph after one whose quotation ran on without a closing mark.
    // A story's exchange going on: after a turn that answered someone, words put to a listener are the next turn.
    const turnTaken = previousAnswered && addressesListener(quoteText, lang);
    const continues: boolean =
      c.att === null &&
      previousSpeaker !== null &&
      lastEnd >= 0 &&
      ((sameParagraph(text, lastEnd, start) &&
        opensSentence(text, c.open) &&
        (start - lastEnd < 160 ||
          (start - lastEnd < 400 && !namedBetween(peopleOf(), lastEnd, c.open)) ||
          (start - lastEnd < 400 && stillAboutSpeaker(text, lastEnd, c.open, genderOfPrevious())) ||
          (lastSentenceStart(text, c.open) <= lastEnd + 2 && !otherSpeaksBetween(peopleOf(), lastEnd, c.open, previousSpeaker))) &&
        // Never past a later sentence where someone else speaks ("…,” said X. Prints cost less, said Ms Deans. “…”), named or
        // not ("A Labour party spokesman played down differences with Mr Wyatt and said… “…”").
        !otherSpeaksInLaterSentence(text, peopleOf(), lastEnd, c.open, previousSpeaker, quoteText) &&
        !unnamedOpensBetween(text, lastEnd, c.open) &&
        // Nor past a sentence right before about someone else ("“…,” Forster told BBC Wales Sport. Ruddock, though, is keen to
        // protect his players. “…”").
        otherSubjectJustBefore(text, peopleOf(), c.open, previousSpeaker, ctx.p.verb) === undefined) ||
        (lastRunsOn && text.slice(lastEnd, c.open).trim() === '') ||
        (!turnTaken && quoteParagraphAfterQuote(text, lastEnd, c, quoteText, ctx.p.verb, previousSpeaker)) ||
        partialAboutQuoteBefore(text, lastEnd, c.open, start, ctx.p.verb) ||
        (lang === 'de' && reportedInSubjunctive(text, lastEnd, c.open, ctx.p.verb)));
    // (A headline capitalises every word: there the words before say nothing of a title.)
    const inHeadline = firstLineEnd < 0 || c.open < firstLineEnd;
    if (!looksDirect(quoteText, continues ? { kind: 'unnamed' } : c.att, lang, inHeadline ? '' : text.slice(Math.max(0, c.open - 12), c.open))) {
      // "“Debate recap,” tweeted Alex Conant. “Clinton: …”": too short to list, its speaker still goes on to the next.
      if (c.att?.kind === 'name' && !continues) heard(c, speakerNamed(c.att.name, start), false);
      // So does the English "he" of a short one, whom the resolver takes it for: "“Apparently not,” he said. “A leopard doesn't
      // change its spots.”" (A French "selon lui" before a partial quotation is too often someone else's view.)
      else if (lang === 'en' && c.att?.kind === 'pronoun' && c.att.gender !== null && !c.att.view && !continues) heard(c, pronounSpeaker(c, c.att.gender, c.att.listener, quoteText), false);
      continue;
    }
    let speaker: string | null = null;
    const unnamedOpener = c.att?.kind === 'pronoun' ? unnamedOpenerBefore(text, c.open, (from, to) => namedBetween(peopleOf(), from, to)) : -1;
    // (A body an unnamed spokesperson speaks for keeps its name whole: "A spokesman for the UK Film Council said".)
    if (c.att?.kind === 'name') speaker = c.att.spokesperson ? bodyNamed(c.att.name, start) : speakerNamed(c.att.name, start);
    // "A Labour spokesman denied it. “…,” he said": someone unnamed, whom no name stands for; a body's spokesperson speaks for the
    // body ("A spokeswoman for the Information Commissioner's Office said it was examining… “…,” she said.").
    else if (unnamedOpener >= 0) speaker = bodyOpening(text.slice(unnamedOpener, c.open), ctx.p.verb, lang) ?? null;
    // "“…,” he said. ¶ “…,” he added.", "“…,” Jealous said…. “…” ¶ “…,” he added.": nothing but the attribution between, a
    // pronoun of the previous speaker's gender goes on with them (one a pronoun was resolved to has its gender: heardGenders).
    // "…", a expliqué Anne Hidalgo. Selon elle, les associations « … »: "selon elle" goes on with the one quoted in the
    // sentence before, of that gender, and with no one else: the resolver would take the clause's own subject or the
    // last name read ("Selon lui, Gérald Thomassin a bien « … »", said by his brother, named before).
    // (A person of a gender the text does not show goes on too, then of the pronoun's: "…", a confirmé Claude Chirac. "…", a-t-elle
    // expliqué.)
    else if (c.att?.kind === 'pronoun' && c.att.gender !== null && pronounFitsPrevious(c.att.gender) && (c.att.view ? quotedInSentenceBefore(text, lastEnd, c.open) : onlyAttributionBetween(text, lastEnd, c.open, previousSpeaker ?? undefined))) {
      speaker = previousSpeaker;
      // (A spokesperson's pronoun says nothing of the body's gender.)
      if (speaker && !previousBySpokesperson && peopleOf().gender(speaker) === null) heardGenders.set(speaker, c.att.gender);
    }
    else if (c.att?.kind === 'pronoun' && c.att.view) speaker = null;
    else if (c.att?.kind === 'pronoun') {
      speaker = pronounSpeaker(c, c.att.gender, c.att.listener, quoteText);
      // "Bernie Sanders was praised by Donald Trump. “He is a great guy,” he said.": words opening on a pronoun of the speaker's
      // gender speak of the passive's subject; its agent, of that gender, speaks.
      const agent = speaker && opensOnPronounOf(quoteText, c.att.gender, lang) ? passiveAgentJustBefore(text, peopleOf(), c.open, speaker) : undefined;
      if (agent && peopleHeard().gender(agent) === c.att.gender) speaker = agent;
      if (speaker && c.att.gender && peopleOf().gender(speaker) === null) heardGenders.set(speaker, c.att.gender);
    }
    // "the senator said": the person named with that title or role, else whom the text is about, as for "he".
    // French and German roles: someone the article named with that role. When no one was, a French role whose form says a
    // gender ("a insisté la présidente du Rassemblement national") is whom the resolver would take "elle" for: it answers
    // only when one person clearly fits.
    // Never someone the article gave another role ("le ministre de la Justice, Éric Dupont-Moretti" is not "le patron des chasseurs").
    else if (c.att?.kind === 'description' && describesByRole(lang)) {
      const nounGender = roleNounGender(c.att.role, lang);
      const gender = nounGender ?? c.att.gender;
      const resolved: string | null = gender ? resolve(gender, c.open, false, answering(c)) : null;
      // A noun of either gender says one by its article alone ("a répondu le Premier ministre", "explique la ministre"): then it
      // only goes on with the last one quoted, whom the resolver takes it for; the subject of the story is often someone else.
      const guess: string | null = nounGender || resolved === lastSpeaker ? resolved : null;
      // Its origin, when one named with the role has it too, tells them apart ("o presidente Lula", "o presidente francês Emmanuel
      // Macron": "afirmou o presidente francês" is Macron).
      const withOrigin = c.att.origin ? personWithRole(text, peopleOf(), `${c.att.role} ${c.att.origin}`, c.open, gender ?? undefined, c.att.words) : null;
      // (Never one the words open by speaking of: "Kylian Mbappé a marqué deux fois. « Il a été exceptionnel… », a déclaré l'entraîneur".)
      speaker = withOrigin ?? personWithRole(text, peopleOf(), c.att.role, c.open, gender ?? undefined, c.att.words) ?? (guess && !namedWithOtherRole(text, peopleOf(), guess, c.att.role, c.open, lang) && !spokenOf(guess, quoteText, c.open, gender ?? null) ? guess : null);
      // "l'ancien président" is no one the article calls president now ("Le président Emmanuel Macron"), nor "el presidente"
      // the one it calls "el expresidente Mariano Rajoy".
      if (speaker && otherStanding(roleFor(speaker, c.open) ?? '', c.att.words ?? c.att.role)) speaker = null;
      // Nor, when its origin is none of their role's ("l'entraîneur allemand" for "L'entraîneur du PSG, Luis Enrique") and the
      // sentence just before is about someone else it may mean as well, is it clear who.
      if (speaker && c.att.origin && !(roleFor(speaker, c.open) ?? '').includes(c.att.origin) && otherAboutJustBefore(speaker, c.open, gender ?? null)) speaker = null;
    }
    else if (c.att?.kind === 'description') {
      const titled = resolveDescription(text, peopleOf(), c.att.role, c.open, (name) => roleFor(name, c.open), c.att.words);
      // "A Bayern spokesman said… “…,” the spokesman said": someone the article never names. A post (a spokesman, a councillor,
      // the PM) is named only with that role ("Josh Earnest, the White House spokesman"), never guessed ("The Bat spokeswoman said:").
      const guess = titled ?? (introducedUnnamed(text, c.att.role, c.open) || namedByPostOnly(c.att.role) ? null : resolve(genderOfNoun(c.att.role), c.open, false, answering(c) ?? listenerBefore(text, c.open)));
      // Whom the text gave another office is not "the Republican presidential candidate" ("Mayor Bill de Blasio"); nor is the
      // description anyone but the sentence before's subject, when that is a name the text does not take for a person's
      // ("Cueto was also puzzled…. “…,” said the Sale player", where no "Mark Cueto" was written).
      const { role, words = '' } = c.att;
      // (Or the office a description named them by before: "“…,” the chancellor said" made Angela Merkel no "French president".)
      const otherOffice = (name: string) => describedByOtherOffice(roleFor(name, c.open) ?? officesHeard.get(name), role, words);
      // Nor is one of another party or standing ("the Conservative leader" is no "Labour leader Keir Starmer"): then no one, since
      // whom the resolver takes among the others need not be a leader at all ("Police spokesman John Harris", named before him).
      const otherKind = (name: string) => otherParty(words, roleFor(name, c.open) ?? '') || describedAsAnother(roleFor(name, c.open) ?? '', words);
      // "the 22-year-old told BBC Sport" is no one the text made 34 ("The 34-year-old…").
      const age = /^(\d+)-year-old$/u.exec(role)?.[1];
      const otherAge = (name: string) => age !== undefined && agesOf(text, peopleOf().mentions, name).some((a) => a !== age);
      const otherNation = (name: string) => givenOtherDemonym(text, peopleOf(), name, role, c.open);
      // Nor one the words speak of, opening on their pronoun: "Tom Reyes scored twice. “He was outstanding…,” the manager said".
      speaker = guess && !titled && (otherOffice(guess) || otherKind(guess) || otherSubjectBefore(text, c.open, guess, isStopword) || otherAge(guess) || otherNation(guess) || spokenOf(guess, quoteText, c.open)) ? null : guess;
      // Mayor Bill de Blasio set aside, the Republican presidential candidate is whom the resolver takes it for among the others.
      // So is whom the text gave another nationality ("Swiss Roger Federer" is not "the Spaniard").
      if (guess && !titled && !speaker && !answering(c) && (otherOffice(guess) || otherNation(guess))) {
        const other = resolve(genderOfNoun(role), c.open, false, lastWordOf(guess));
        speaker = other && !otherOffice(other) && !otherKind(other) && !otherNation(other) && !otherSubjectBefore(text, c.open, other, isStopword) ? other : null;
      }
      if (speaker && officeTitle(role) && !officesHeard.has(speaker)) officesHeard.set(speaker, officeTitle(role));
    }
    // "Ryan's campaign said": the campaign of the person the text names, by their full name ("Paul Ryan's campaign").
    // (The owner by their name, without a title: "Gov. Gavin Newsom's office" is "Gavin Newsom’s office".)
    else if (c.att?.kind === 'organisation' && c.att.owner) speaker = `${fullName(cleanName(c.att.owner, isStopword) || c.att.owner, start)}’s ${c.att.noun}`;
    // "a indiqué le ministère": the French institution of that noun named before, in full ("ministère des Transports").
    else if (c.att?.kind === 'organisation' && isInstitutionNoun(c.att.noun)) speaker = institutionNamedIn(text.slice(0, c.open), c.att.noun, isStopword);
    // "», écrit l'hebdomadaire satirique": the paper the text last said reported something ("Le Canard enchaîné révèle que…").
    else if (c.att?.kind === 'organisation' && lang === 'fr' && FRENCH_PRESS_NOUN.test(c.att.noun)) speaker = pressReportedBefore(text, c.open);
    // "», indique l'entreprise": the company the text last said spoke ("La SNCF a annoncé…"), never a person. (Not the body
    // quoted before, which may be a paper: "…", a rapporté BFMTV. … « … », a indiqué l'enseigne" is the chain of shops.)
    else if (c.att?.kind === 'organisation' && lang === 'fr' && FRENCH_COMPANY_NOUN.test(c.att.noun)) speaker = bodyNamed(companySpokeBefore(text, c.open, isPersonHere), start);
    // "Google announced new rules… “…,” the company said": else a body whose name says nothing of its kind, said to speak just
    // before, as for "it said" (never a person). Either goes by its name in full, as when it speaks by name ("a Times article…
    // “…” the article read" is the New York Times the text named before, as "the Times wrote" is).
    // Else, for a noun any body may be called by, the one named as that noun since the previous quotation ("Google's parent company,
    // Alphabet, also beat expectations. “…,” the company said"), else the body said to speak last.
    else if (c.att?.kind === 'organisation') speaker = bodyNamed(organisationBefore(text, c.att.noun, c.open), start) ?? (ANY_KIND_OF_BODY.test(c.att.noun) ? bodyNamed(bodySetOffAs(text, c.att.noun, c.open, lastEnd) ?? bodyThatSpoke(text, c.open, isPersonHere), start) : null);
    else if (c.att?.kind === 'document') {
      const issuer = c.att.by ?? issuerBefore(text, c.att.noun, c.open);
      // No one said to issue it: the organisation that spoke just before ("Fox News confirmed that…").
      // A person's document names them as their quotations do: "Mariano wrote a memoir… “…,” the book said" is Connie Mariano.
      // A state's body keeps its noun: "the US military said in a statement" is "US military".
      const issuerName = issuer && (acronymExpanded(text, issuer) ?? bodyName(issuer));
      speaker = issuer ? (issuerName ? fullName(issuerName, start) : null) : senderOf(text, c.att.noun, c.open);
    }
    // "it added" goes on with an organisation or a document quoted just before, never with a person.
    // "In a statement Google said the feature…. It said: “…”": else the body said to speak last, if no person.
    // A body said to speak since the previous quotation comes first: "“…,” Brazil's Air Force said. The airline, Voepass, said the
    // plane had been cleared to fly. “…,” it said." is Voepass.
    else if (c.att?.kind === 'it') speaker = bodyNamed(bodyThatSpoke(text, c.open, isPersonHere, lastEnd), start) ?? (previousIsInstitution && previousSpeaker ? previousSpeaker : bodyNamed(bodyThatSpoke(text, c.open, isPersonHere), start));
    // "“…,” Edward-Isaac Dovere and Gabriel Debenedetti wrote": the pair named after the words; else the pair before them.
    // A body British English makes plural ("Big Machine have twice denied doing anything wrong. “…,” they said") when no pair is named.
    else if (c.att?.kind === 'they') speaker = pairAfter(text, peopleOf(), c.parts[c.parts.length - 1]![1]) ?? pairBefore(text, peopleOf(), c.open) ?? (c.att.people ? null : bodyNamed(bodyThatSpoke(text, c.open, isPersonHere), start));
    else if (c.att?.kind === 'relative') speaker = relativeNamed(peopleOf(), fullName(c.att.of, start), c.open);
    else if (c.att?.kind === 'narrator') speaker = authorOfText() || null;
    else if (continues || c.att?.kind === 'same') speaker = previousSpeaker;
    else if (c.att === null && opensSentence(text, c.open) && !(lang === 'en' && attributionUnread(text, c.parts[c.parts.length - 1]![1]))) {
      speaker = saidJustBefore(text, peopleOf(), c.open, c.parts[c.parts.length - 1]![1], ctx.p.verb);
      // "She says people should be able to… “It is their life…”": whom that "she" means.
      const pronoun = speaker || lang !== 'en' ? null : pronounSaidJustBefore(text, c.open, ctx.p.verb);
      if (pronoun) speaker = resolve(pronoun.gender, pronoun.at, false);
    }
    // A listed quotation's speaker is also the one "he said" may mean next.
    if (speaker) [lastSpeaker, lastSpokeAt] = [speaker, c.parts[c.parts.length - 1]![1]];
    if (speaker) quoted.add(speaker);
    // (Such a turn is known not to be the previous speaker's: whoever answers it next answers someone else.)
    const nextTurn = !speaker && !continues && c.att === null && turnTaken && previousSpeaker !== null && quoteParagraphAfterQuote(text, lastEnd, c, quoteText, ctx.p.verb, previousSpeaker);
    heard(c, speaker, continues, nextTurn ? previousSpeaker : null);
    const q: DirectQuote = { text: quoteText, speaker, start: c.parts[0]![0], end: c.parts[c.parts.length - 1]![1] };
    // Else the attribution after the quotation may give it: "“…,” Richard Viguerie, a longtime conservative activist, notes."
    // A headline's quotation finds it in the lede below ("Kasich: “…”" → "Ohio Gov. John Kasich said…").
    // Two people speaking together ("Prince Harry and Meghan Markle", "“…,” the couple said") have no one role: not the first one's title.
    const pair = c.att?.kind === 'they';
    const role = speaker && !pair ? (roleFor(speaker, c.open) ?? roleFor(speaker, q.end + ROLE_AFTER) ?? courtesyRole(speaker, c.open)) : undefined;
    if (role) q.role = role;
    if (c.parts.length > 1) q.parts = c.parts.map(([a, b]) => ({ start: a, end: b }));
    out.push(q);
    if (!speaker && (c.att === null || c.att.kind === 'pronoun' || c.att.kind === 'description')) unresolved.add(q);
    if (!speaker && c.att === null && isWholeParagraph(text, text.lastIndexOf('\n', c.open) + 1, c.open, q.end)) alone.add(q);
  }
  return withSpeakersAround(text, withRepeatedSpeakers(out, unresolved), alone);
}

// Nouns for a body of any name ("the company" for Google, "the agency" for the World Health Organization).
const ANY_KIND_OF_BODY = /^(?:company|group|firm|organi[sz]ation|agency)$/iu;

/** The mixed-case form the text also writes of a name in capitals ("TRUMP" → "Trump"), or null. */
function writtenInMixedCase(text: string, named: string): string | null {
  if (!/^\p{Lu}{4,}(?:\s\p{Lu}{2,})*$/u.test(named)) return null;
  const mixed = mixedCase(named);
  return hasWholeWord(text, mixed) ? mixed : null;
}

const GERMAN_SOURCE_WORDS: ReadonlySet<string> = new Set(['laut', 'gemäß', 'zufolge']);

/**
 * The surnames, in lower case, of the two-word names opened by a first name of the lexicon ("Grant Young" → "young"; not "Steve
 * Harvey Morning Show"). The lexicon is fitted on English and French news: in the other languages any capitalised word that
 * is no common word may open such a name ("Ricarda Lang… sagte Lang", a German stopword).
 */
function surnamesOf(forms: FullForms, lang: string, isCommonWord: (w: string) => boolean): Set<string> {
  const lexiconOnly = lang === 'en' || lang === 'fr' || lang === '';
  const opensName = (first: string) => isFirstName(first) || (!lexiconOnly && FIRST_NAME_SHAPE.test(first) && !isCommonWord(first.toLowerCase()));
  const out = new Set<string>();
  for (const [surname, list] of forms) if (list.some((f) => /^\S+ \S+$/u.test(f.name) && opensName(f.name.slice(0, f.name.indexOf(' '))))) out.add(surname.toLowerCase());
  return out;
}
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * The full names of the quotations attributed by name, as `speakerNamed` reads them: a word the text does not
 * treat as a name is none ("Semblant tout d'abord épargné… :"), unless it is a first name ("Michelle, a mother
 * of twins, said"), whom a later "she" may mean.
 */
function namedSpeakers(merged: Merged[], speakerNamed: (name: string, at: number) => string | null): Set<string> {
  const out = new Set<string>();
  for (const c of merged) {
    if (c.att?.kind !== 'name') continue;
    const speaker = speakerNamed(c.att.name, c.open) ?? (isFirstName(c.att.name) ? c.att.name : null);
    if (speaker) out.add(speaker);
  }
  return out;
}

/** Whether a quotation's speaker is an organisation or a document's issuer, whom "it added" may go on with. */
function spokeAsInstitution(att: Attribution, speaker: string | null, continues: boolean, previousWas: boolean): boolean {
  if (speaker === null) return false;
  if (att?.kind === 'organisation' || att?.kind === 'document') return true;
  if (att?.kind === 'name') return isOrganisation(speaker);
  return (att?.kind === 'it' || continues) && previousWas;
}

// How far after a quotation its speaker's role is looked for (characters): the attribution, or a headline's lede. Not
// as far as attributions are read (AFTER_WINDOW), which would take a chant in the next paragraph ("“President Bernie Sanders.”").
const ROLE_AFTER = 160;
// How far around a speaker's first quotation their courtesy-title mentions are read, in characters (a news article, whole).
const COURTESY_READ = 20_000;
