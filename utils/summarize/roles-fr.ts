// The role a French article gives a speaker: written in lower case before the name ("le ministre de la Santé Olivier Véran") or set off after it.
import { appositionNounGender, FR_PEOPLE_AT_WORK, FR_ROLES, roleBefore } from './described-role';

// French writes a role in lower case, before the name or set off after it: "le ministre de la Santé Olivier Véran",
// "Olivier Véran, ministre de la Santé,", "le Premier ministre Édouard Philippe" (the adjective that makes the role is kept).
// Roles and the nouns of people at work (FR_PEOPLE_AT_WORK) right before a name: "le docteur Deven Juneja", "la journaliste Anne Dupont".
// "l'ex-ministre Patrick Kanner": the role noun after "ex-" is one too.
const ANY_FR_ROLE_OR_WORK = new RegExp(`(?<!\\p{L})(?<!(?<!(?<!\\p{L})ex)-)(?:${FR_ROLES}|${FR_PEOPLE_AT_WORK})(?![\\p{L}-])`, 'iu');
const JOINED_ROLE_AT_END = new RegExp(`(?<![\\p{L}-])(?:${FR_ROLES}|${FR_PEOPLE_AT_WORK})(?:\\s+et)?\\s+$`, 'iu');
const FR_APPOSITION = new RegExp(`^,\\s+(?:(?:le|la|l['’](?!une?\\s+des\\s)|un|une)\\s*(?!des\\s))?((?:(?:l['’])?une?\\s+des\\s+(?:(?:deux|trois|quatre)\\s+)?(?=\\p{L}+s(?![\\p{L}-])))?(?:(?:Premier|Première|ancien|ancienne|nouveau|nouvelle)\\s+)?(?:${FR_ROLES}|${FR_PEOPLE_AT_WORK})s?(?![\\p{L}-])[^,.;:()«»"]{0,90}?)\\s*[,.;(]`, 'iu');

/**
 * The gender a French role set off after a name says ("Sonya McCuller, habitante de la ville," is a woman): its article ("la
 * maire", "un journaliste"), else its noun's form (appositionNounGender: "habitante", "conseillère", "présidente"); null for a noun of
 * either ("ministre", "journaliste") with no article.
 */
export function frenchAppositionGender(after: string): 'm' | 'f' | null {
  const role = FR_APPOSITION.exec(after)?.[1];
  if (role === undefined) return null;
  const article = /^,\s+(le|la|un|une)\s/iu.exec(after)?.[1]?.toLowerCase();
  if (article) return article === 'la' || article === 'une' ? 'f' : 'm';
  return appositionNounGender(role.replace(/^(?:ancien|ancienne|nouveau|nouvelle)\s+/iu, '').toLowerCase());
}

/** The French role before a name ("ministre de la Santé") or in apposition after it, or undefined. */
export function frenchRole(before: string, after: string): string | undefined {
  const run = frenchRoleRun(before);
  return run || frenchApposition(after) || undefined;
}

// An age and a relative clause are no part of a role set off after the name: "Anthony Giannelli, un opérateur réseau de 34 ans
// qui répare une conduite d'eau" is "opérateur réseau".
const FR_AGE = /\s+(?:de|âgée?\s+de)\s+\d{1,3}\s+ans(?![\p{L}])/u;

/** The role set off after a name (FR_APPOSITION), without an age or a relative clause, or undefined. */
export function frenchApposition(after: string): string | undefined {
  const role = FR_APPOSITION.exec(after)?.[1];
  if (role === undefined) return undefined;
  const relative = role.search(RELATIVE);
  return (relative < 0 ? role : role.slice(0, relative)).replace(FR_AGE, '').trim();
}

// What a role before a name must follow: an article, perhaps with the adjective that makes the role ("le Premier ministre"),
// never a verb ("…, juge Steve Tsang, spécialiste…" judges).
const FR_ARTICLE_BEFORE = /(?:^|[\s'’.!?])(?:le|la|l['’]|du|de\s+la|de\s+l['’]|au|à\s+la|à\s+l['’]|un|une|son|sa|leur)\s*(?:(?:premier|première|ancien|ancienne|nouveau|nouvelle|ex)[\s-]+)?$/iu;
// A genitive right before a role: "le secrétaire d'État auprès du ministre de la Santé": the role after it is whose the first one is.
const OF_BEFORE_ROLE = /(?:^|\s)(?:auprès\s+)?(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*$/u;
// A capitalised noun opening the sentence, then "du" or "de la": "Allié du ", "Proche de la ".
const NOUN_OF_OPENING = /(?<=^|[.!?]["”»]?\s*)\p{Lu}\p{Ll}+\s+(?:du|des|de\s+la|de\s+l['’])\s*$/u;
// A preposition right before the name: the role is someone else's, the name what it is about ("le Premier ministre selon BFMTV").
const PREPOSITION_AT_END = /(?:^|\s)(?:selon|par|pour|avec|chez|contre|sur|à|au|aux|en|face\s+à)\s*$/u;
const DANGLING_END = /(?:\s+(?:de|du|des|de\s+la|de\s+l['’]|d['’]|aux|au|à|la|le|les|et|sur|en))+\s*$|[^\p{L}\p{N})]+$/u;
const RELATIVE = /(?:^|\s)(?:qui|que|qu['’]|dont|où)(?:\s|$)/u;
// Where a sentence opens: the text's start, or after a stop and a closing mark, perhaps glued on ("…bol".Patron de…").
const SENTENCE_START = /(?:^|[.!?]["”»]?\s*)$/u;
// A lower-case word running into a capital: two sentences glued by a page that lost the stop between them ("violAu sein").
const GLUED_SENTENCE = /(?:^|\s)\p{Ll}+\p{Lu}/u;
// A courtesy title closing the run: "l'avocat Me Hervé Corbanesi", "le maire M. Dupont".
const COURTESY_AT_END = /\s+(?:Me|M\.|Mme|Mlle|Dr|Mgr)\s*$/u;

/** The role right before a name, as the text writes it, or '': "Premier ministre", "ministre de l'Economie et des Finances". */
function frenchRoleRun(before: string): string {
  // Set off by a comma, a role may run longer before the name: "le médecin spécialiste des maladies infectieuses à l'hôpital
  // de Tourcoing, Olivier Robineau" (still no verb: "le ministre a reçu…, Jean Dupont" is a clause).
  let run = roleBefore(before, ANY_FR_ROLE_OR_WORK, /,\s*$/u.test(before) ? 6 : 2);
  // "les relations entre l'ancien président et Emmanuel Macron": a role joined to the name by "et" is another's.
  if (!run || /(?:^|\s)et\s*$/u.test(run)) return '';
  let head = before.slice(0, before.length - run.length);
  if (OF_BEFORE_ROLE.test(head)) {
    const outer = roleBefore(head, ANY_FR_ROLE_OR_WORK);
    if (outer) [run, head] = [outer + run, head.slice(0, head.length - outer.length)];
    // "Allié du maire de Lyon, Roland Bernard…": a noun opening the sentence, set off before the name, says what they are to the
    // one holding the role.
    const whose = outer ? null : /,\s*$/u.test(before) ? NOUN_OF_OPENING.exec(head) : null;
    if (whose) [run, head] = [whose[0] + run, head.slice(0, whose.index)];
  }
  // Two role words in a row, or joined by "et", are one role: "le commissaire adjoint", "le réalisateur et militant écologiste".
  const joined = JOINED_ROLE_AT_END.exec(head);
  if (joined) [run, head] = [joined[0] + run, head.slice(0, joined.index)];
  // A role may also open the sentence, set off before the name: "Patron de la Tengo Frio Surf School, Geoffroy Henno évoque…".
  const opensSentence = !FR_ARTICLE_BEFORE.test(head) && /,\s*$/u.test(before) && /^\p{Lu}/u.test(run) && SENTENCE_START.test(head);
  const opening = opensSentence ? '' : FR_ARTICLE_BEFORE.exec(head)?.[0];
  // Never a quotation's words, nor past a sentence's end (also one glued on: "l'avocat.L'ex-élue…"), nor a role whose "de"
  // the name completes ("la porte-parole de Vinci Autoroutes" speaks for the body; the role is hers, not its).
  // Nor a relative clause, which is no role ("Wejdene, la chanteuse qui inspire Jean-Luc Mélenchon" is hers).
  // Nor a sentence glued on without its stop ("…accusé de violAu sein de ce même gouvernement, Gérald Darmanin").
  if (opening === undefined || /["“”«»]|[.!?;:](?:\s|$|\p{Lu})/u.test(run) || GLUED_SENTENCE.test(run) || OF_BEFORE_ROLE.test(run) || PREPOSITION_AT_END.test(run) || RELATIVE.test(run)) return '';
  // Someone else set off inside the words is whose the role is ("la députée LFI de Seine-Saint-Denis, Sabine Rubin, …");
  // a comma before lower-case words only ends the role ("…de la Meurthe-et-Moselle, le socialiste").
  const comma = run.indexOf(',');
  if (comma >= 0) {
    if (/^,\s*\p{Lu}/u.test(run.slice(comma))) return '';
    run = run.slice(0, comma);
  }
  // The article may follow a paragraph break ("…».\n\nLe ministre de la Santé, Olivier Véran"): only its words are read.
  const adjective = opening.trimStart().replace(/^.*?(?:(?:le|la|du|de\s+la|au|à\s+la|une|un|son|sa|leur)(?![\p{L}])|l['’]|de\s+l['’]|à\s+l['’])\s*/iu, '');
  // The words the name's own run took leave a dangling "de la" ("le ministre de la Culture Franck Riester" read as "Culture Franck Riester").
  const role = `${adjective}${run.replace(COURTESY_AT_END, '').replace(DANGLING_END, '').trim()}`.trim();
  // A role opening the sentence is written in lower case, as French writes it elsewhere ("patron de la Tengo Frio Surf School").
  return opensSentence ? role[0]!.toLowerCase() + role.slice(1) : role;
}

// German sets a title off after the name, with what it heads: "Carsten Labudda, Sprecher der Landesarbeitsgemeinschaft…,",
// "Oskar Lafontaine, Fraktionschef der Linkspartei,", "Wolfgang Wieland, Sprecher für Innere Sicherheit,".
