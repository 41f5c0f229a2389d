// A clause's subject: of a verb of saying, from the words before it in its sentence (clauseSubject), or opening a sentence with any verb (plainClauseSubject).
import { cleanName, ROLE_NOUNS, trailingCapPhrase } from './names';
import { capturedName, describedSubject, NARRATOR, ofLanguage, pronounGender, type Attribution, type AttributionContext } from './attribution-kinds';
import { nameClosing } from './name-after';
import { APPOSED, DASHED_ASIDE_AT_END, IRREGULAR_PAST, NAME_SET_OFF, namesAnyone, DAY_AFTER_SUBJECT, OCCASION_AT_END, OF_AT_END, OPENING_PHRASE, PARTY_TAG, SUBORDINATORS, THE_DESCRIPTION, wordsBetweenSpaces } from './attribution-patterns';
import { nameBeforeOf, officeNamed, subjectBefore } from './subject-before';
import { spokespersonFor } from './body-spokesperson';

// A phrase of time opening a sentence on a count or a determiner: "A few days later,", "Two weeks ago,", "Last year,".
const TIME_OPENING = String.raw`(?:A|An|Last|This|Next|Two|Three|Several|Shortly|Just)(?=\s[^,]{0,40}\b(?:later|ago|earlier|year|month|week|day|night|morning|afternoon|evening|time|weekend|after|before)\b[^,]{0,20},)`;
// The subject opening a clause, perhaps after an opening phrase or two ("On Thursday, after remaining neutral…,", "As he arrived at
// Spain's High Court…,", never read as a name "As"), an outlet's possessive ("The Blaze’s Matt Walsh") and a role ("Republican presidential
// candidate Donald Trump", "Former Secretary of State Madeleine Albright"), with its appositions, perhaps a day, then its past-tense verb, or a negated one ("Weaver didn’t seem impressed…, telling").
// A conjunction may open the sentence: "And he seemed to paper over…, promising that…".
// An adverb of time or sequence opening the sentence without a comma: "Earlier Tory leader Michael Howard sent Mr Bush…".
const ADVERB_OPENING = '(?:Earlier|Later|Meanwhile|Separately|Elsewhere|Afterwards?|Then|Now|Yesterday|Today)';
const clauseLead = (present: boolean) =>
  new RegExp(String.raw`^\s*(?:(?:(?:But|And|So|Yet)\s+(?:a|an|at|in|on|during|after|later|earlier|then|last|this|two|three|several|shortly|just|when|while|as|before|since)|At|In|On|During|After|Amid|Despite|Following|Speaking|Asked|Later|Earlier|Instead|Then|Still|Hours|Days|Weeks|Moments|Months|Years|Here|There|Meanwhile|Now|Today|Yesterday|Separately|Elsewhere|Afterward|Afterwards|However|Similarly|Likewise|Finally|As|When|While|Before|Once|Since|Although|Though|Because|${TIME_OPENING})(?:\s[^,]{1,90})?,\s*(?:(?:after|before|while|when|despite|as)\s[^,]{1,80},\s*)?|${ADVERB_OPENING}\s+(?=\p{Lu}))?(?:\p{Lu}\p{L}+\s+(?:(?!(?:\p{Ll}+ed|with|and|to|at|on|in|during|inside|outside|near|for|by|from|about|behind|within|among|into)\s)\p{Ll}[\p{Ll}-]*\s+){1,2})?(?:(?:And|But|So|Yet)\s+)?(?:The\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*['’]s?\s+(?=\p{Lu}))?(?!(?:The|A|An|${SUBORDINATORS})\s)((?:(?:\p{Lu}[\p{L}\p{M}.'’-]*|of)\s+)*\p{Lu}[\p{L}\p{M}'’-]*|(?<=(?:,|And|But|So|Yet)\s*)(?:he|she))(?:\s*,[^,]{1,160},)?\s+(?:${DAY_AFTER_SUBJECT})?(?:\p{Ll}+\s+){0,2}?(?:(?:has|had|have|was|is)?\s*(?:\p{Ll}+ed|was|is|${IRREGULAR_PAST})${present ? String.raw`|\p{Ll}{2,}[^s\s]s` : ''}|(?:did|does|was|is|were|would|could)(?:n['’]t|\s+not)\s+\p{Ll}+)(?![\p{L}])`, 'u');
const CLAUSE_LEAD = clauseLead(false);
// Before a participle of saying, also a present tense: "Trump then appears in a clip from a stump speech, saying, “…”" (not for a
// partial quotation no verb introduces, where a plural noun would read as that verb: "Crows and ravens are considered the “…”").
export const CLAUSE_LEAD_ANY_TENSE = clauseLead(true);
/**
 * The subject opening a sentence with any verb, for a long partial quotation no verb of saying introduces:
 * "Netanyahu rallied supporters by warning darkly that “…”", "Sanders went further, endorsing eight
 * candidates “…”". Only when the words after the verb name no one else (null then).
 */
export function plainClauseSubject(sentence: string, ctx: AttributionContext): Attribution {
  if (DESCRIBED_AS_AT_END.test(sentence) || COPULA_AT_END.test(sentence)) return null;
  const untagged = sentence.replace(PARTY_TAG, '');
  const lead = CLAUSE_LEAD.exec(untagged);
  if (!lead || /['’]s?$/u.test(lead[1]!) || namesAnyone(untagged.slice(lead[0].length))) return null;
  if (ctx.p.pronoun.test(lead[1]!)) return { kind: 'pronoun', gender: pronounGender(lead[1]!) }; // "He cited… as “…”"
  const name = cleanName(lead[1]!, ctx.isStopword);
  return name ? { kind: 'name', name } : null;
}

// A passive that describes its subject with the quoted words, whoever wrote them: "Barley is described as a “…”",
// "the senator has been called “…”" (not the active "Trump has called Mexican immigrants “…”", his own words).
const DESCRIBED_AS_AT_END = /(?<![\p{L}])(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:described|called|labell?ed|branded|dubbed|termed|characteri[sz]ed|seen|regarded|considered|viewed|hailed|derided|billed|portrayed|painted)\s+(?:as\s+)?(?:(?:an?|the)\s+)?$/u;
// So does a bare copula: "India is a “dramatically growing economy…”" is what someone else called India.
const COPULA_AT_END = /(?<![\p{L}])(?:is|was|are|were)\s+(?:(?:an?|the|still|now|also)\s+)*$/u;

// Where a clause with its own subject starts: "…the Capitol, where Senate Minority Leader Harry M. Reid
// (D-Nev.) told reporters", "…sounded equivocal: Former Rep. Jane Harman called it", "Tester credits… -- but he said",
// "a speech in which he pledged".
const CLAUSE_OPENING = /^.*(?:[,;:]|(?<![\p{L}])(?:where|when|while|after|because|although|though|since|as|which)\s+(?=\p{Lu})|(?<![\p{L}])(?:but|and|yet|which|whom|where|when|while|because|although|though|since|as)\s+(?=(?:he|she)\s))/isu;

// A clause of its own after a comma and "while" or "and", its subject's apposition set off by commas, closing the words
// before the verb: ", while Mike Huckabee, the former Arkansas governor,".
const CLAUSE_NAME_APPOSED = /,\s+(?:while|whereas|and|but)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s+(?:the|a|an)\s[^,]{1,80},\s*$/u;

/** The words of `pre` after its last clause opening, without a party tag ("(D-Nev.)"). */
function lastClause(pre: string): string {
  return pre.replace(CLAUSE_OPENING, '').replace(PARTY_TAG, '');
}

// After an apposition's comma only, and in lower case: FILLER's words, anywhere and in any case, would take "Will" of George Will.
// An adverb in -ly too: "One of the university's top executives, Michael Sexton, subsequently testified".
const AUXILIARY_AT_END = /(?<=,)\s+(?:(?:has|had|have|would|will|also|later)(?:\s+(?:also|later|since|previously))?|(?!only\s)\p{Ll}{2,}ly)\s*$/u;

/**
 * The subject of a verb from the words before it in its sentence: a name (with its appositions:
 * "Michael Mulgrew, president of the…, said") or a pronoun, after any opening phrase closed by a comma
 * ("At a breakfast the following morning, Cruz said").
 */
export function clauseSubject(pre: string, ctx: AttributionContext): Attribution {
  // "Andy Williams, chief executive of Powys Local Health Board, had said": the auxiliary is no part of the subject.
  pre = pre.replace(AUXILIARY_AT_END, ' ').replace(DASHED_ASIDE_AT_END, ' ');
  const apposed = APPOSED.exec(pre.replace(PARTY_TAG, ''));
  if (apposed) {
    const name = cleanName(apposed[1]!, ctx.isStopword);
    if (name) return { kind: 'name', name };
  }
  // "…, while Mike Huckabee, the former Arkansas governor, proposed we “…”": a clause of its own, its subject's apposition set off by commas.
  const clauseApposed = capturedName(CLAUSE_NAME_APPOSED, pre, ctx);
  if (clauseApposed) return { kind: 'name', name: clauseApposed };
  // "The lawmaker, who represents a district in Albay province, said": a description, its apposition set off by commas.
  const describedApposed = DESCRIBED_APPOSED.exec(pre);
  const description = describedApposed ? describedSubject(describedApposed[1]!) : null;
  if (description) return description;
  // "…such as Sen. Marco Rubio of Florida, who mused… that Clinton was “…”": "who" is the name right before it.
  const relative = capturedName(NAME_BEFORE_WHO, pre.replace(PARTY_TAG, ''), ctx);
  if (relative) return { kind: 'name', name: relative };
  // "A top strategist, John Weaver, tells reporters that…": a description, then the name set off by commas.
  const setOff = capturedName(NAME_SET_OFF, pre, ctx);
  if (setOff) return { kind: 'name', name: setOff };
  // "…led to what aide Kevin Phillips called": the name a relative "what" opens is the verb's subject, whatever the sentence opened on.
  const what = ctx.p.lang === 'en' ? capturedName(WHAT_NAME, pre, ctx) : '';
  if (what) return { kind: 'name', name: what };
  // "The United Nations Security Council… pledged sanctions as a deterrence to what it called": the body opening the sentence.
  const itsOwn = ctx.p.lang === 'en' && WHAT_IT.test(pre) ? BODY_LEAD.exec(pre) : null;
  const body = itsOwn ? subjectBefore(itsOwn[1]!, ctx) : null;
  if (body?.kind === 'organisation' || body?.kind === 'name') return body;
  // (Where and when the subject spoke makes no clause long: "Sanders at a rally in Des Moines said".)
  const clause = ctx.p.lang === 'en' ? lastClause(pre).replace(OCCASION_AT_END, ' ') : lastClause(pre);
  // "The United Nations High Commissioner for Human Rights said": an office is its holder's name.
  const office = officeNamed(clause);
  if (office) return office;
  // A long clause is a subject only as a description ("the former secretary of state and current … nominee"),
  // or as roles and titles ending in a name ("Republican presidential candidate Texas Senator Ted Cruz"), or as a body's
  // spokesperson, however long its name ("A spokesman for the British Phonographic Industry (BPI) said the chart was…"; a short
  // one subjectBefore reads).
  if (wordsBetweenSpaces(clause.trim()) > 6) return spokespersonFor(clause, ctx.p.lang) ?? coordinatedSubject(pre, ctx) ?? describedSubject(clause) ?? titledName(clause, ctx) ?? roleOfBodyThenName(clause, ctx);
  const subject = subjectBefore(clause, ctx);
  // "…, he laughed and said"; "Thomas Massie used to support Rand Paul, but now said".
  return subject && subject.kind !== 'unnamed' ? subject : (coordinatedSubject(clause, ctx) ?? coordinatedSubject(pre, ctx));
}

// Capitalised words and plain role words only, up to a name (a role's field in lower case too: "Lib Dem home affairs
// spokesman Mark Oaten"): "Republican presidential candidate Texas Senator
// Ted Cruz", "The Council on American-Islamic Relations National Executive Director Nihad Awad", "Former secretary of
// state Hillary Rodham Clinton" (an office in lower case), "Sirius XM Vice President for news and talk Dave Gorab" (a role's field).
// A post's letters, which end a list of roles before a name as a role noun does: "Whole Foods co-founder and CEO John Mackey".
const POST_LETTERS = 'CEO|CFO|COO|CTO';
const ROLES_THEN_NAME = new RegExp(`^\\s*(?:(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|presidential|national|former|${ROLE_NOUNS}|\\p{Ll}[\\p{Ll}-]*(?=(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}\\s+(?:${ROLE_NOUNS}|${POST_LETTERS})\\s+\\p{Lu})|(?<=(?:secretary|chief)\\s)of\\s+(?:state|staff)|(?<=(?:${ROLE_NOUNS}|President|Director|Editor|Head|Chief|Officer|Manager)\\s)(?:of|for)\\s+\\p{Ll}+(?:\\s+and\\s+\\p{Ll}+)?|(?<=\\p{L}\\s)(?:of|on|for)(?=\\s(?:the\\s)?\\p{Lu})|(?<=\\sof\\s)the(?=\\s\\p{Lu}))\\s+){2,10}(?:\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s*$`, 'u');

/**
 * Not English: an article or a possessive, a role, the body it is of, then a full name ("le ministre de l'Économie Bruno Le
 * Maire", "Son chef de la diplomatie Mike Pompeo"), else null.
 */
function roleOfBodyThenName(clause: string, ctx: AttributionContext): Attribution {
  if (!ofLanguage(ctx) || !/^\s*(?:[Ll]es?|[Ll]a|[Ll]['’]|[Ss]on|[Ss]a|[Ll]eur|[Dd]er|[Dd]ie)(?:\s+|(?<=['’]))\p{Ll}/u.test(clause)) return null;
  const name = nameClosing(clause.trimEnd(), ctx);
  return name ? { kind: 'name', name } : null;
}

const ADVERB_AT_END = /\s+(?:also|then|later|again|now|previously|further|too)\s*$/u;

/** The name ending a clause that is only roles and titles before it, else null. */
export function titledName(clause: string, ctx: AttributionContext): Attribution {
  clause = clause.replace(ADVERB_AT_END, ' '); // "…spokesman Mark Oaten also said"
  if (!ROLES_THEN_NAME.test(clause)) return null;
  const phrase = trailingCapPhrase(clause.trimEnd());
  // "CBC Chairman G.K. Butterfield of North Carolina": a place after "of" is never the name.
  const before = clause.slice(0, clause.lastIndexOf(phrase));
  const name = OF_AT_END.test(before) ? nameBeforeOf(before, ctx) : cleanName(phrase, ctx.isStopword);
  return name.includes(' ') ? { kind: 'name', name } : null;
}

// A sentence's subject, then its first predicate, then "and" or "but" before the verb of saying:
// "He then adopted a fake Southern accent and joked", "Trump praised those who left but said", "I laughed and said",
// "She greeted 2,000 supporters… and told them" (a number's comma is no clause mark), "Clinton, who was speaking to the US
// Conference of Mayors, did not mention Trump by name, but told", "Bush thought for a moment and said", "Retired Army Col. Lawrence Wilkerson started Maher’s rant when he brought up… and later said",
// and after a body's role in lower case: "Oxfam senior policy adviser Max Lawson welcomed the statement and said".
const COORDINATED_PREDICATE = new RegExp(String.raw`^\s*(?:${OPENING_PHRASE})?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}(?:\p{Ll}+\s+){0,2}(?:${ROLE_NOUNS})\s+(?=\p{Lu}))?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}?\p{Lu}[\p{L}\p{M}'’-]*|he|she)(?:\s*,\s*(?:who|a|an|the)\s[^,;:]{1,80},)?\s+(?:then\s+|also\s+)?(?:\p{Ll}+(?:ed|s)|${IRREGULAR_PAST}|(?:did|does|would|could)(?:\s+not|n['’]t)\s+\p{Ll}+)(?:\s+(?:[^,;:]|(?<=\d),(?=\d{3})){1,120}?)?,?\s(?:and|but)\s+(?:then\s+|also\s+|now\s+|later\s+)?$`, 'u');

/** The subject of the first of two coordinated predicates, for the second one's verb (null when the sentence is not so built). */
function coordinatedSubject(pre: string, ctx: AttributionContext): Attribution {
  const m = COORDINATED_PREDICATE.exec(pre);
  if (!m) return null;
  if (ctx.p.pronoun.test(m[1]!)) return { kind: 'pronoun', gender: pronounGender(m[1]!) };
  if (NARRATOR.test(m[1]!)) return { kind: 'narrator' };
  const name = cleanName(m[1]!, ctx.isStopword);
  return name ? { kind: 'name', name } : null;
}

// A description opening the clause (THE_DESCRIPTION), then one apposition set off by commas and opened by "who", an
// article or a participle, closing the words before the verb: "The lawmaker, who represents a district…,".
const DESCRIBED_APPOSED = new RegExp(String.raw`^\s*(${THE_DESCRIPTION})\s*,\s*(?:who|a|an|the|\p{Ll}{2,}ing)\s[^,.;:!?]{2,120},\s*$`, 'u');

// A full name, perhaps "of" a place and set off by one apposition opened by an article, then ", who" (or "who" at once:
// "this tweet from Rikkie Wells who tweeted") and perhaps an
// adverb: "Sen. Marco Rubio of Florida, who", "Scott Reed, the Chamber's chief political strategist, who".
const NAME_BEFORE_WHO = /((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:\s*,\s+(?:the|a|an)\s[^,.;:!?]{1,80})?(?:\s*,)?\s+who(?:\s+(?:also|then|later|\p{Ll}+ly))?\s*$/u;

// "what it called", "what it described as": a thing's own words, the thing named where the sentence opens.
const WHAT_IT = /(?:^|\s)what\s+it\s*$/u;
// The capitalised name of a body, "The" and its words, opening a sentence before its verb in lower case.
const BODY_LEAD = /^\s*(The\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?\p{Ll}/u;

// A relative "what", perhaps a role in lower case, then a name closing the words before the verb.
const WHAT_NAME = /(?:^|\s)[Ww]hat\s+(?:\p{Ll}+\s+){0,2}?((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u;
