// The speaker named after a verb of saying or "according to": "said Mike Lake, a Yukos spokesman", "a déclaré le ministre".
import { asDescription, describedRole, FR_ROLES } from './described-role';
import { staffOfPerson } from './servant-of';
import { acronymAlone, cleanName, firstCapPhrase, isFirstName, isOrganisation, leadingName, NAME_PARTICLE_WORDS, OF_THE_CONTRACTED, ROLE_NOUNS, TO_THE_ITALIAN, trailingCapPhrase } from './names';
import { bareInstitution, capturedName, DESCRIBED_BY_CAPITALS, describedOrUnnamed, institutionNamed, invertedPronoun, isSpokespersonOf, ofLanguage, ofSomeone, possessorOfRelation, pronounGender, whoseSomeone, type Attribution, type AttributionContext } from './attribution-kinds';
import { FRENCH_COMPANY_DESCRIPTION, FRENCH_COMPANY_NAMED } from './french-company';
import { FRENCH_PRESS_DESCRIPTION, FRENCH_PRESS_NOUNS } from './french-press';
import { afterItsPlace } from './full-names';
import { DOCUMENT_FROM_AT_END, DOCUMENT_NOUNS, ISSUER_DOCUMENT_AT_END } from './organisations';
import { spokespersonFor } from './body-spokesperson';

// Names that cannot be the speaker: in a prepositional phrase ("a souligné sur France Inter", "said on
// Fox News"; an honorific ends the phrase: "sur LCI M. Larcher"), or a single word after an article ("s'est réjoui le Ballon d'Or", "le patron des Républicains").
// After a verb of saying, "selon" and its kin name who reports the words, not who said them: "», a écrit le Premier ministre selon BFMTV".
export const IN_PHRASE = /(?<![\p{L}])(?:sur|dans|à|au|aux|pour|par|avec|depuis|selon|d['’]après|on|in|at|to|for|with|from|by|according\s+to|auf|bei|mit|von|vom|laut|con|por|para|según|su|per|secondo|em|op|bij|met|volgens)\s+(?:(?!(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Sen|Rep|Gov)\.)\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4}/gu;
const AFTER_ARTICLE = /(?<![\p{L}])(?:le|la|les|l['’]|des|du|der|die|das|den|dem|el|los|las|il|lo|gli|het)\s*\p{Lu}[\p{L}\p{M}-]*(?![\p{L}\p{M}'’-]*\s+\p{Lu})/gu;

// Spanish, Italian and Portuguese "a" before a capital is "to" or "in" ("ha detto ai giornalisti a Roma il premier"); English
// "a" is an article ("said a Trump aide").
const IN_PHRASE_ROMANCE = /(?<![\p{L}])(?:a|ai|al|alla|en|na|no|nel|nella|desde)\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4}/gu;

// A first name and a particle right before an article: the article is the surname's ("Ursula von der Leyen", "Alexander Van der
// Bellen", "Marie-Pierre de la Gontrie"), unless an acronym follows it ("Bernard Aubin von der CFTC": where he works).
const PARTICLE_IN_NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:[Vv]on|[Vv]an|[Dd]e|[Dd]i|[Dd]a)\s+$/u;

// In English a Dutch "den" or "der" after a capitalised word is the surname's particle, no article: "said Jurgen den Hartog", "Joop den Uyl".
const DUTCH_PARTICLE_AFTER_NAME = /\p{Lu}\p{Ll}+\s+(?:den|der)\s*\p{Lu}[\p{L}\p{M}-]*$/u;

/** Whether an article and the word after it (`found`, right after `before`) are a surname's, no phrase naming no one. */
function isOfSurname(before: string, found: string, lang: string): boolean {
  if (/\p{Lu}{2}/u.test(found)) return false; // an acronym: where the person works
  return PARTICLE_IN_NAME.test(before) || (lang === 'en' && DUTCH_PARTICLE_AFTER_NAME.test(before + found));
}

/**
 * A phrase of place or medium blanked out, but for a full name right after the place's or medium's name, opened by a first name:
 * "déplore dans L'Opinion François Bayrou", "a souhaité le secrétaire d'État au Numérique Cédric O" keep the name. (Not in
 * English, which names whom the words were said to there: "said the former top aide to President George W. Bush".)
 */
function blankedPhrase(found: string): string {
  const words = [...found.matchAll(/\S+/gu)];
  for (let i = 2; i < words.length - 1; i++) if (isFirstName(words[i]![0]) && /^\p{Lu}/u.test(words[i + 1]![0])) return ` … ${found.slice(words[i]!.index)}`;
  return ' … ';
}

/** The words after a verb with the names that cannot be its speaker blanked out. */
function notSpeakers(clause: string, lang: string): string {
  const romance = lang === 'es' || lang === 'it' || lang === 'pt' ? clause.replace(IN_PHRASE_ROMANCE, ' … ') : clause;
  return romance.replace(IN_PHRASE, lang === 'en' ? () => ' … ' : blankedPhrase).replace(AFTER_ARTICLE, (found, at: number, all: string) => (isOfSurname(all.slice(0, at), found, lang) ? found : ' … '));
}

// A day may open the words after the verb: "a affirmé mercredi matin le ministre…", "a ironisé ce mercredi Nicolas Sarkozy", "a
// déclaré dimanche 22 mai…", "sagte am Montag der Minister…".
const DAY_FIRST = String.raw`(?:(?:am\s+|ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern)(?:\s+\d{1,2}(?:er)?(?:\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))?)?(?:\s+(?:matin|soir|après-midi|midi|dernier|abend|morgen|nachmittag))?\s+)?`;

const LEADING_DAY = new RegExp(String.raw`^\s*${DAY_FIRST}`, 'iu');

// Up to three lower-case words, the last a role noun, then a capitalised name: " chief executive Mervyn Davies".
const ROLE_THEN_NAME = new RegExp(String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${ROLE_NOUNS})\s+\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu}`, 'u');

// Capitalised words right at the start of the words after a verb (a day may come first), then a lower-case word or the end.
const OPENING_NAME = new RegExp(String.raw`^\s*${DAY_FIRST}((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)(?=\s+(?:\p{Ll}|…)|\s*$)`, 'u'); // (… : a phrase notSpeakers blanked out)
// An article, then the role: "le président Emmanuel Macron lors d'une allocution…", "der Minister Olaf Scholz bei…".
// (An elided article runs into its noun: "a déclaré l'avocat Dupont", "ha detto l'onorevole Rossi".)
// (Spanish, Italian and Portuguese too: "Já o governador Tarcísio de Freitas foi mais cauteloso:", after a connective; not their
// "a", which is English's article.)
const ROLE_OPENING = new RegExp(String.raw`^\s*(?:(?:Já|Ya|Pero|Mas|Ma|Mientras\s+que|Invece)\s+)?${DAY_FIRST}(?:(?:le|la|der|die|das|den|dem|el|il|lo|o)(?![\p{L}])|l['’])\s*`, 'iu');
const GENITIVE = /^(?:de|du|des|d['’].*|von|vom|der|des|dem)$/u;
const ARTICLE = /^(?:la|le|les|l['’].*)$/u;
// Words that open a phrase of place, time or medium: past one, the words are no longer the role ("la ministre sur Franceinfo. De son côté Nicolas Hulot…").
const ADJUNCT = /^(?:sur|dans|à|au|aux|en|lors|pour|avec|par|après|avant|pendant|depuis|devant|auprès|chez|qui|que|bei|mit|in|im|am|auf|vor|nach|für|gegenüber|während|der|die|das)$/u;
const ROLE_WORDS = 7;

/**
 * The name right after an article and a role, at the start of a long clause: "le ministre de
 * l'Intérieur Gérald Darmanin lors de…". Never the name of someone or somewhere the role belongs to:
 * "l'avocat de Jean Dupont", "le jeune originaire de Guinée", "la fille du président Jean Dupont"
 * ('' then); French "de" takes only capitalised complements there ("de l'Intérieur", "des
 * Finances"), German none ("der Sohn des Ministers Max Müller"). `clause` is the words as written.
 */
export function roleThenName(clause: string, ctx: AttributionContext): string {
  const opening = ROLE_OPENING.exec(clause);
  if (!opening) return '';
  const words = clause.slice(opening[0].length).split(/\s+/u).slice(0, ROLE_WORDS + 4);
  // German role nouns are capitalised and open the run: "der Minister Olaf Scholz" (cleanName drops them);
  // one alone before a lower-case word is a noun of the role ("der Sohn des Ministers…").
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  let start = words.findIndex(capitalised);
  while (!ctx.p.capitalisedGenitive && start >= 0 && !capitalised(words[start + 1]) && start + 1 < words.length) {
    const next = words.slice(start + 1).findIndex(capitalised);
    start = next < 0 ? -1 : start + 1 + next;
  }
  if (start < 0 || start > ROLE_WORDS) return '';
  let end = start;
  while (end < words.length && (/^\p{Lu}/u.test(words[end]!) || (end > start && /^(?:de|le|la|von|van|der)$/u.test(words[end]!)))) {
    // A sentence end inside the run ends it: "le Dr Juneja.- Liste d'attente".
    if (/[.!?]/u.test(words[end++]!)) return /^\p{Lu}[\p{Ll}\p{M}'’-]+[.!?][^\p{L}]*$/u.test(words[end - 1]!) ? nameOf(words.slice(start, end), words, start, ctx) : '';
  }
  return nameOf(words.slice(start, end), words, start, ctx);
}

/** The cleaned name of a run of `words`, checked against the role words before it (see roleThenName). */
function nameOf(run: string[], words: string[], start: number, ctx: AttributionContext): string {
  const name = cleanName(run.join(' ').replace(/[.!?][^\p{L}]*$/u, ''), ctx.isStopword);
  if (!name) return '';
  const first = name.split(' ')[0]!;
  const nameAt = words.findIndex((w, i) => i >= start && w.startsWith(first));
  const roles = words.slice(0, nameAt);
  if (roles.length > 0 && GENITIVE.test(roles[roles.length - 1]!)) return ''; // "originaire de Guinée-Conakry"
  for (let i = 0; i < roles.length; i++) {
    if (ADJUNCT.test(roles[i]!) && !(ctx.p.capitalisedGenitive === false && /^(?:der|die|das)$/u.test(roles[i]!) && i === 0)) return '';
    if (!GENITIVE.test(roles[i]!)) continue;
    if (!ctx.p.capitalisedGenitive) return ''; // German: the role is someone's
    // French: the complement (after an article) must be capitalised: "de la Santé", not "de la famille".
    let j = i + (/^d['’]/u.test(roles[i]!) ? 0 : 1);
    while (j < roles.length && ARTICLE.test(roles[j]!) && !/['’]\p{Lu}/u.test(roles[j]!)) j++;
    const complement = (roles[j] ?? '').replace(/^[dl]['’]/u, '');
    if (!/^\p{Lu}/u.test(complement)) return '';
  }
  return name;
}

/** Speaker named after a verb or "according to": up to the first comma, the last capitalised run. */
const POSSESSOR_THEN_ROLE = /^\s*(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.-]*(?:['’]s|s['’])\s+\p{Ll}[^\p{Lu}]*$/u;

// "said the senior Cruz adviser", "said a Clinton aide", "said Opera spokeswoman": someone of the name's, unnamed (the name is not the speaker).
const NAME_THEN_ROLE = new RegExp(String.raw`^\s*(?:(?:the|an?)\s+(?:\p{Ll}+\s+){0,3})?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}(?:\p{Ll}+\s+){0,2}(?:${ROLE_NOUNS})$`, 'u');

// A firm's name joined by "and" or "&", its possessive, then a name.
const FIRM_THEN_NAME = /^\s*(?:\p{Lu}[\p{L}\p{M}.-]*\s+){1,3}(?:and|&)\s+(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}\p{Lu}[\p{L}\p{M}.-]*['’]s\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)/u;

// An article and a noun of age by decades closing the words after the verb ("assure la quadragénaire.", "l'octogénaire"):
// news gives it to someone it has just named with their age. Not "le jeune homme", which may be someone it never names.
// "ce dernier", "cette dernière", "celui-ci", "celle-ci": the latter, alone or before where or to whom they spoke ("dénonce
// celui-ci auprès de l'Opinion").
const FRENCH_LATTER = /^\s*(ce|cette|celui|celle)(?:\s+derni(?:er|ère)|(?<=celui|celle)-ci)\s*(?:[,.;!?]|$|(?=(?:auprès|à|au|aux|dans|sur|devant)\s))/iu;
// A demonstrative before a person's noun (not a time's, nor an unnamed source's: "a déclaré ce mardi", "selon cette source").
const FRENCH_THIS_ONE = /^\s*(cet|cette|ce)\s+(?!(?:matin|soir|midi|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|mois|semaine|année|an|printemps|été|automne|hiver|source|dernier|dernière|qui|que)(?![\p{L}-]))\p{Ll}/iu;
const FRENCH_AGE_NOUN = /^\s*(la|le|l['’])\s*((?:trent|quadrag|quinquag|sexag|septuag|octog|nonag)[ée]naire|centenaire)\s*(?:[,.;!?]|$)/iu;

// German likewise: "sagte der 50-Jährige", "erklärte die Achtzigjährige", and by party, "so der SPD-Politiker", "sagte die
// Grünen-Politikerin" (the article says the gender).
const GERMAN_DESCRIBED = /^\s*(der|die)\s+(?:(?:\d{1,3}-J|\p{Lu}\p{Ll}+j)ährige|\p{Lu}[\p{L}]*-Politiker(?:in)?)\s*(?:[,.;!?]|$)/u;

// German: a body by its letters after an article, all the words: "so die SPD.", "sagte der DGB" (never the body a name is of:
// "Bernard Aubin von der CFTC" is Aubin).
const GERMAN_BODY_ALONE = /^\s*(?:der|die|das)\s+(\p{Lu}{2,}(?:\p{Ll}{1,2})?)\s*(?:[,.;!?]|$)/u;

const GERMAN_DEMONSTRATIVE = /^\s*(dieser|diese)\s*(?:[,.;:!?]|$)/u;

// A capitalised word right after the verb, then an age set off by commas: "says King, 30,".
const AGED_NAME = /^\s*(\p{Lu}\p{Ll}+),\s+\d{1,3}(?:,|\s*[.;]|\s*$)/u;

// A role noun in lower case, then two capitalised words closing the words: "a proud coach Mike Ruddock".
const ROLE_THEN_FULL_NAME = new RegExp(String.raw`(?:^|\s)(?:${ROLE_NOUNS})\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$`, 'u');

export function nameAfter(post: string, ctx: AttributionContext): Attribution {
  // explique-t-il, also "ajoute t-il" without its hyphen (French only: Italian "il" is an article, "ha detto il premier").
  const french = ctx.p.lang === 'fr' ? /^(?:-t-|-|\s+t-)?\s*(il|elle|ils|elles)(?![\p{L}])/iu.exec(post) : null;
  if (french) return invertedPronoun(french[1]!);
  // "assure la quadragénaire": someone the text just named, described by age, as a pronoun of the article's gender ("l'" says none).
  const byAge = ctx.p.lang === 'fr' ? FRENCH_AGE_NOUN.exec(post) : null;
  if (byAge) return { kind: 'pronoun', gender: byAge[1] === 'la' ? 'f' : byAge[1] === 'le' ? 'm' : null };
  const germanBody = ctx.p.lang === 'de' ? GERMAN_BODY_ALONE.exec(post) : null;
  if (germanBody) return { kind: 'name', name: germanBody[1]! };
  const germanDescribed = ctx.p.lang === 'de' ? GERMAN_DESCRIBED.exec(post) : null;
  if (germanDescribed) return { kind: 'pronoun', gender: germanDescribed[1] === 'die' ? 'f' : 'm' };
  // "explique ce dernier": "the latter", as "il" or "elle".
  const latter = ctx.p.lang === 'fr' ? FRENCH_LATTER.exec(post) : null;
  if (latter) return { kind: 'pronoun', gender: /^(?:ce|celui)$/iu.test(latter[1]!) ? 'm' : 'f' };
  // "se désole cet employé du BTP", "raconte cette mère de famille": this one, just named, as "il" or "elle".
  const thisOne = ctx.p.lang === 'fr' ? FRENCH_THIS_ONE.exec(post) : null;
  if (thisOne) return { kind: 'pronoun', gender: /^cette$/iu.test(thisOne[1]!) ? 'f' : 'm' };
  const first = /^\s*([\p{L}]+)/u.exec(post)?.[1] ?? '';
  // "sagte er", "zei hij"; in English only at the clause's end ("said he."): "Another said he hoped… that Trump wins:" reports what "he" hoped.
  const pronounEnds = ctx.p.lang !== 'en' || /^\s*[\p{L}]+\s*(?:[,.;:!?—–-]|$)/u.test(post); // also before a dash: "said I--"
  if (ctx.p.pronoun.test(first) && pronounEnds) return { kind: 'pronoun', gender: pronounGender(first) };
  // German "schreibt diese:", "sagte dieser.": the demonstrative stands for the one just named, as "er"/"sie" do (only alone:
  // "sagte diese Woche der Minister" is a time).
  const demonstrative = ctx.p.lang === 'de' ? GERMAN_DEMONSTRATIVE.exec(post)?.[1] : undefined;
  if (demonstrative) return { kind: 'pronoun', gender: demonstrative === 'dieser' ? 'm' : 'f' };
  // "“…,” said I." / "intimated I.": the writer, as "I said" is.
  if (ctx.p.lang === 'en' && first === 'I' && pronounEnds) return { kind: 'narrator' };
  // "selon lui", "pour lui": French "lui" names its man after "according to" (before a verb it is an object: "lui a déclaré X").
  if (ctx.p.lang === 'fr' && first === 'lui') return { kind: 'pronoun', gender: 'm' };
  // "», écrit l'hebdomadaire satirique": a paper described, whom the text said reported before.
  const paper = ctx.p.lang === 'fr' ? FRENCH_PRESS_DESCRIPTION.exec(post) : null;
  if (paper) return { kind: 'organisation', noun: paper[1]! };
  // "», indique l'entreprise": a company described, whom the text said spoke before; or named right after ("l'entreprise Derichebourg").
  const companyNamed = ctx.p.lang === 'fr' ? FRENCH_COMPANY_NAMED.exec(post) : null;
  if (companyNamed) return { kind: 'name', name: companyNamed[2]! };
  const company = ctx.p.lang === 'fr' ? FRENCH_COMPANY_DESCRIPTION.exec(post) : null;
  if (company) return { kind: 'organisation', noun: company[1]! };
  // Never into a sentence glued on ("selon lui.L'épidémie…"), nor a relative clause about someone else ("a demandé la ministre
  // de la Santé qui s'exprimait aux côtés de la ministre… Élisabeth Borne" is the health minister).
  const written = post.split(/[,;:(]/u)[0]!.split(GLUED_SENTENCE)[0]!.split(RELATIVE_CLAUSE)[0]!;
  if (ofLanguage(ctx)) {
    const described = describedThenNamed(post, written.replace(MEDIUM_FIRST, ''), ctx);
    if (described) return described;
  }
  const clause = notSpeakers(ctx.p.lang === 'fr' ? withoutMedium(written) : written, ctx.p.lang);
  // "estiment Christophe et Stéphane, rencontrés à Lacanau", "said Mary Smith and John Jones.": two people speaking together,
  // never the first alone (whom a first name would have made another Christophe of the story).
  if (PAIR_CLOSING.test(clause) && !/['’]s\s/u.test(clause)) return { kind: 'they', people: true };
  if (clause.trim().split(/\s+/).length > 10) {
    // A long clause names the speaker only right after the verb: "a estimé Zidane dans cet entretien à l'AFP accordé à…".
    const opening = OPENING_NAME.exec(clause);
    // (A body's name before a role is whose role it is, the name after the role speaks: "said Standard Chartered chief
    // executive Mervyn Davies at a London press conference".)
    const roled = opening && ROLE_THEN_NAME.test(clause.slice(opening.index + opening[0].length)) ? leadingName(clause.slice(0, opening.index + opening[0].length + 60), ctx.isStopword) : '';
    const name = roled || (opening ? cleanName(opening[1]!, ctx.isStopword) : '') || roleThenName(written, ctx);
    return name ? { kind: 'name', name } : { kind: 'unnamed' };
  }
  // The name is the first capitalised run not followed by a role word: "said Mike Lake, a Yukos
  // spokesman", "said Mr Skeens of Brownsville", "declared Wallabies coach Eddie Jones on arrival in
  // Sydney", "said Moscow-based US lawyer Jamie Firestone".
  // "said the Florida senator", "said the New York businessman": a description, whose capitalised words are no name.
  const unstopped = clause.trimEnd().replace(/[.!?…]+$/u, ''); // the clause without its closing stop
  // "said M&S.", "said the LSE.", "according to CNN": an acronym alone is an organisation's name (never "S" of "M&S").
  // English only: French "selon RTL" made the radio a man "l'expert" could mean.
  const acronym = ctx.p.lang === 'en' ? acronymAlone(unstopped) : null;
  if (acronym) return { kind: 'name', name: acronym };
  // "according to the explanatory notes of the British Bill": a document of a thing names no one (of a body, the body speaks).
  const documentOf = ctx.p.lang === 'en' ? DOCUMENT_OF_THING.exec(unstopped)?.[1] : undefined;
  if (documentOf && !isOrganisation(documentOf)) return { kind: 'unnamed' };
  const described = /^\s*the\s/iu.test(clause) ? describedOrUnnamed(unstopped) : null;
  // "said the committee chairman, MP Edward Leigh", "said the chairman of the Commons education select committee, Labour
  // MP Barry Sheerman": the name set off after the description.
  const setOff = described ? apposedName(post, ctx) : null;
  if (setOff) return setOff;
  if (described?.kind === 'description') return described;
  // "said the Sale player", "says the Waterford man": capitalised words that describe whoever the noun after them is.
  // (A body keeps its owner: "the Trump campaign" speaks for Donald Trump.)
  if (described?.kind === 'unnamed' && DESCRIBED_BY_CAPITALS.test(unstopped)) return described;
  // "a indiqué le parquet de Paris": the institution, in full (not its place alone).
  const institution = ctx.p.lang === 'fr' ? institutionNamed(written, ctx.isStopword) : '';
  if (institution) return { kind: 'name', name: institution };
  // "tweeted a German user from Hanover": someone unnamed, whose capitalised words are adjectives and places.
  // ("said a proud coach Mike Ruddock" names him: a role, then a full name, closes the words.)
  const indefinite = /^\s*(?:an?|one|another)\s/u.test(clause) && !ROLE_THEN_FULL_NAME.test(unstopped); // "said one Florida Republican"
  // "said Nordahl Smith's brother": another of that family.
  const kinOf = possessorOfRelation(unstopped);
  if (kinOf) return { kind: 'relative', of: kinOf };
  // "said Trump's spokeswoman", "exhorted Clinton's introducer, actress Jamie Lee Curtis": someone of the
  // possessor's, unnamed unless set off after the comma.
  const someoneOf = POSSESSOR_THEN_ROLE.test(clause) || NAME_THEN_ROLE.test(unstopped);
  // "added Ernst and Young's Sanjay Mehta", "said Procter & Gamble's Anna Smith": the person after a firm's possessive.
  const ofFirm = capturedName(FIRM_THEN_NAME, clause, ctx);
  if (ofFirm) return { kind: 'name', name: ofFirm };
  // "said a report from Kotak Institutional Equities": the document speaks for whoever issued it.
  const writtenUnstopped = written.trimEnd().replace(/[.!?…]+$/u, ''); // the words as written, without their closing stop
  const issued = ctx.p.lang === 'en' ? DOCUMENT_FROM_AT_END.exec(writtenUnstopped) : null;
  if (issued) return { kind: 'document', noun: issued[1]!.toLowerCase(), by: issued[2]! };
  // "said a CAS statement": the issuer named before the noun.
  const issuers = ctx.p.lang === 'en' ? ISSUER_DOCUMENT_AT_END.exec(writtenUnstopped) : null;
  if (issuers) return { kind: 'document', noun: issuers[2]!, by: issuers[1]!.trim() };
  // "said one Trump adviser", "said a Clinton campaign spokeswoman": a person's staff, shown as theirs ("Donald Trump’s adviser").
  const staff = (indefinite || someoneOf) && ctx.p.lang === 'en' && ctx.isPersonSurname ? staffOfPerson(clause, (run) => cleanName(run, ctx.isStopword), ctx.isPersonSurname) : null;
  if (staff) return { kind: 'organisation', noun: staff.noun, owner: staff.owner };
  // "said a Home Office spokesman", "said a spokeswoman for Human Rights Watch": the body speaks, as before its words.
  // (From the words as written: "for Human Rights Watch" is no phrase of place there. English only: French and German after the
  // verb name a spokesperson's body in describedThenNamed.)
  // (Named, set off after: "said a Pentagon spokesman, Lt. Col. John Smith", whose words they are.)
  const body = ctx.p.lang === 'en' ? spokespersonFor(writtenUnstopped, ctx.p.lang) : null;
  if (body) return apposedName(post, ctx) ?? body;
  // "says King, 30": a lone word set off by an age is a person's name, though a title's word.
  const aged = ctx.p.lang === 'en' && !indefinite && !someoneOf ? AGED_NAME.exec(post)?.[1] : undefined;
  if (aged) return { kind: 'name', name: aged };
  const name = indefinite || someoneOf ? '' : leadingName(clause, ctx.isStopword) || cleanName(trailingCapPhrase(clause.trimEnd()), ctx.isStopword) || cleanName(firstCapPhrase(clause), ctx.isStopword);
  // "assure le frère de Nordahl Lelandais": another of that family.
  if (name && whoseSomeone(clause, name) === 'relative') return { kind: 'relative', of: name };
  if (name && !(ofLanguage(ctx) && ofSomeone(clause, name))) return { kind: 'name', name };
  // A description, then the name in apposition: "constate le propriétaire, Mike Frank, dont…", "said the firm's chief, Jo Lee",
  // "…, actress Jamie Lee Curtis".
  const apposed = apposedName(post, ctx);
  if (apposed) return apposed;
  // "a déclaré le ministre de l'Intérieur", "sagte die Ministerin": whoever the article named with that role.
  const role = describedRole(written, ctx.p.lang);
  return role ? asDescription(role) : describedOrUnnamed(clause.trimEnd());
}

// A document, then what it is of: "the explanatory notes of the British Bill", "the text of the Paris Agreement" (what it is of is captured).
const DOCUMENT_OF_THING = new RegExp(`^\\s*(?:the|an?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:${DOCUMENT_NOUNS}|notes|text|minutes|wording|terms|transcript|summary|draft)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^,;:]*)$`, 'u');

// Whom the words were said to, before the speaker: "a indiqué à l'AFP le parquet de…", "a confié au Parisien le…".
// So are the adverbs of a turn in the story: "confirme pour sa part le directeur…", "a de son côté estimé le…".
const MEDIUM_FIRST = /^\s*(?:(?:à|au|aux|sur|dans|devant|chez|gegenüber)\s+(?:l['’]|la\s+|le\s+|les\s+)?\p{Lu}[\p{L}\p{M}-]*|(?:dans|à|au|sur|lors\s+d['’])\s*(?:l['’]|la\s+|le\s+|un\s+|une\s+)?(?:quotidien|journal|hebdomadaire|magazine|site|blog|émission|entretien|interview|tribune|communiqué|lettre|courrier|message|vidéo|tweet|micro)(?:\s+\p{Ll}+)?|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|à\s+son\s+tour|également|aussi|encore|ainsi|alors|enfin)\s+(?=\S)/u;
/**
 * French words after a verb without whom they were said to: "a raconté à CNN Angelica Martinez" reads "Angelica Martinez",
 * as a description's case does. Only when a full name follows the medium, and not when three capitalised words follow it and
 * the first is no known first name: where the medium's name ends is unclear ("sur France Inter la maire", "dans Paris Match
 * Benoît Faraco"), and a wrong name is worse than none.
 */
function withoutMedium(written: string): string {
  const bare = written.replace(MEDIUM_FIRST, ' ');
  if (bare === written || !FULL_NAME_NEXT.test(bare)) return written;
  const run = RUN_OF_THREE.exec(bare);
  return run && !isFirstName(run[1]!) ? written : bare;
}
const FULL_NAME_NEXT = /^\s*\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:de|du|des|da|di|van|von|le|la)\s+)?\p{Lu}/u;
const RUN_OF_THREE = /^\s*(\p{Lu}[\p{L}\p{M}'’-]*)\s+\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu}/u;

// French and German: an article, then a noun in lower case ("le patron de…", "la jeune Albanaise", "un membre de…"; German
// "der Vorsitzende…" is capitalised and read as before); a day may come first, as in ROLE_OPENING. An age in figures opens one
// too: "meint die 56-jährige Rechtsanwaltsfachangestellte" names no one called Rechtsanwaltsfachangestellte.
const DESCRIPTION_OPENING = new RegExp(String.raw`^\s*${DAY_FIRST}(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Ee]ine?|[Ee]iner)(?:\s+|(?<=['’]))(?:\p{Ll}|\d+-\p{Ll})`, 'u');
// "de" (with its article, perhaps with a noun) right before the words that close a description: "du ", "de la région ", "d'", "von ".
const OF_AT_END = new RegExp(`(?:(?:^|\\s)(?:de|du|des|von|vom|der|${OF_THE_CONTRACTED}|${TO_THE_ITALIAN})\\s+(?:la\\s+|l['’])?|(?:^|\\s)d['’])(?:(\\p{Ll}[\\p{Ll}-]*)\\s+)?$`, 'u');
// Nouns of people whom a role or kin can belong to: "la fille du président Jean Dupont" names the president, not the daughter.
const PERSON_NOUN = new RegExp(`^(?:${FR_ROLES}|fils|fille|frère|sœur|soeur|père|mère|femme|mari|épouse|époux|veuve|compagne|compagnon|neveu|nièce|oncle|tante|cousin|cousine|ami|amie|roi|reine|prince|princesse|pape)$`, 'u');
// Two names joined by "and" closing the words after the verb: "Christophe et Stéphane", "Mary Smith and John Jones" (not a firm's
// possessive: "Ernst and Young's Sanjay Mehta").
const PAIR_CLOSING = /^\s*(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*\s+(?:and|et|und|y|e|en)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*\s*$/u;

// A relative pronoun opening a clause after the subject: "la ministre de la Santé qui s'exprimait…", "the minister who spoke…".
const RELATIVE_CLAUSE = /\s(?:qui|dont|who|whose|quien|quienes|che)\s/u;
// Where scraped text lost the space after a stop, the next sentence is glued on: "…proche de l'enquête.LES INTERPELLATIONS…".
const GLUED_SENTENCE = /(?<=\p{Ll}{2})[.!?](?=\p{Lu})/u;

/**
 * The speaker of a French or German description after a verb: "précise le patron de SNCF Voyageurs", "assure la jeune
 * Albanaise de 20 ans", "a confié un membre de La République en marche" (null when the words open with no description).
 * Its capitalised words are whom or where the role belongs to, never the speaker, unless a full name follows the role ("a
 * déclaré le président Emmanuel Macron", "la présidente de la région Île-de-France Valérie Pécresse"), a surname the text
 * names in full ("le ministre Darmanin"), or a name set off after it ("le directeur de la branche Europe de l'OMS, Hans
 * Kluge"); else the description, resolved later to whoever the article gave that role.
 */
function describedThenNamed(post: string, written: string, ctx: AttributionContext): Attribution {
  const clause = notSpeakers(written, ctx.p.lang);
  if (!DESCRIPTION_OPENING.test(clause)) return null;
  // (A day may come first: "a expliqué dimanche le ministère de l'Intérieur".)
  const undated = written.replace(LEADING_DAY, ' ');
  const institution = ctx.p.lang === 'fr' ? institutionNamed(undated, ctx.isStopword) : '';
  if (institution) return { kind: 'name', name: institution };
  // "a indiqué le ministère dans un communiqué": the ministry the article named before, in full.
  const bare = ctx.p.lang === 'fr' ? bareInstitution(undated) : '';
  if (bare) return { kind: 'organisation', noun: bare };
  // "assure le frère de Nordahl Lelandais": another of that family.
  const kin = trailingCapPhrase(clause.split(GLUED_SENTENCE)[0]!.trimEnd().replace(/[.!?…]+$/u, ''));
  if (kin.includes(' ') && whoseSomeone(clause, kin) === 'relative') return { kind: 'relative', of: kin };
  const role = roleThenName(written, ctx);
  const name = role.includes(' ') || (role && ctx.isSurname?.(role)) ? role : nameClosing(clause.split(GLUED_SENTENCE)[0]!.trimEnd().replace(/[.!?…]+$/u, ''), ctx);
  if (name) return { kind: 'name', name };
  const apposed = apposedName(post, ctx);
  if (apposed) return apposed;
  const described = describedRole(written, ctx.p.lang);
  return described ? asDescription(described) : describedOrUnnamed(written.trimEnd());
}

/**
 * A full name closing a description, or ''. After "de" the first capitalised word completes the "de" ("du Sénat Gérard
 * Larcher", "de Nice Christian Estrosi"), and the name is what follows it; a name alone there, or after a person's role, is
 * the one the role belongs to ("l'avocat de Jean Dupont", "la fille du président Jean Dupont"). After a thing's noun
 * ("la présidente du lobby Carolyn Meadows", "de la région Bretagne Loïg Chesnais-Girard") the name follows the thing's
 * own name, if any (not an acronym's: "du syndicat FO Médias"); a spokesperson's "de" names the body that speaks ("la porte-parole de Vinci Autoroutes").
 */
export function nameClosing(words: string, ctx: AttributionContext): string {
  const run = trailingCapPhrase(words);
  if (!run) return '';
  const before = words.slice(0, words.length - run.length);
  const of = OF_AT_END.exec(before);
  const parts = run.split(/\s+/u);
  // The thing's own name is one word, then the person's: "Sénat Gérard Larcher", "Harvard William Hanage" (the lexicon
  // knows Harvard as a first name, and William as one); never a name's own words ("Jean-Marie Le Pen").
  // (Its article, capitalised with it, is no word of it: "de La Rochelle Jean-François Fountaine", "de La Nouvelle Édition".)
  const own = /^(?:La|Le|Les)$/u.test(parts[0]!) ? parts.slice(1) : parts;
  const afterItsName = own.length >= 3 && (!isFirstName(own[0]!) || isFirstName(own[1]!)) ? own.slice(1).join(' ') : '';
  let name = run;
  if (of && !isSpokespersonOf(before)) {
    const ofPerson = of[1] === undefined || PERSON_NOUN.test(of[1]);
    name = ofPerson ? afterItsName : isFirstName(parts[0]!) || (parts.length === 2 && !/^\p{Lu}+$/u.test(parts[0]!)) ? run : afterItsName;
  }
  // "le député LREM de la Manche Bertrand Sorre": the place the run holds after "de" is no part of the name (as for the people's names).
  const cleaned = name ? afterItsPlace(cleanName(name, ctx.isStopword), name, before) : '';
  return cleaned.includes(' ') ? cleaned : '';
}

// A description, a comma, then a name closing the words: "the firm's chief, Jo Lee", "le propriétaire, Mike Frank, dont…",
// "le co-fondateur du festival, l'acteur Robert De Niro, cité…" (an elided article before the noun); never whom a preposition
// governs ("le directeur de cabinet du préfet, joint par La Provence"), nor whom a relative clause names ("the senator, who represents Ohio").
// A name's particles in lower case may sit inside it ("el ministro de Economía, Luis de Guindos", "Iván Espinosa de los Monteros").
const APPOSED_AFTER = new RegExp(String.raw`^[^,]{1,90},\s*(?!(?:who|which|whose|where|qui|que|dont|où)\s)(?:(?!(?:par|pour|sur|dans|avec|à|de|du|des|by|to|on|in|at|for|with|from|of)\s)(?:[dl]['’])?\p{Ll}+\s+){0,2}((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+${NAME_PARTICLE_WORDS}){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s*(?:[,.;]|$)`, 'u');

/** The name in apposition after a description, or null. */
function apposedName(post: string, ctx: AttributionContext): Attribution {
  // "a déclaré le père du jeune garçon au quotidien local de Gênes, Il Secolo XIX": the name set off names the paper.
  if (MEDIUM_BEFORE_COMMA.test(post.split(',')[0]!)) return null;
  const name = capturedName(APPOSED_AFTER, post, ctx);
  return name ? { kind: 'name', name } : null;
}
// A paper (FRENCH_PRESS_NOUNS), a site or a broadcaster closing a description, perhaps with a few words and its place after it.
const MEDIUM_BEFORE_COMMA = new RegExp(`(?:^|\\s)(?:${FRENCH_PRESS_NOUNS}|site|radio|chaîne|agence|newspaper|paper|network|station|broadcaster)(?:\\s+[\\p{Ll}-]+){0,3}(?:\\s+(?:de|d['’]|of)\\s*[\\p{L}-]+)?\\s*$`, 'u');
