// The role an article gives a speaker: the title or plain words before their name ("Interior Minister Ihor Klymenko", "AOL chief executive Jonathan Miller") or the apposition after it ("Mike Lake, a spokesman for Yukos,").
import { endsWithAbbreviation } from './abbreviations';
import { affiliationAfter, affiliationBefore } from './affiliation';
import { frenchRole } from './roles-fr';
import { roleInOtherLanguage } from './roles-more-langs';
import { ROLE_NOUNS_BY_LANG } from './role-nouns';
import { COURTESY_TITLE, endsSentence, GERMAN_COMPOUND_TITLE, isFirstName, isTitleWord, PEER_WORDS, ROLE_NOUNS, SHORT_OFFICE, spelledOutTitle } from './names';
import { PERSON_NOUNS, RELATION_NOUNS } from './person-nouns';
import { patternsFor } from './reporting-verbs';
import { IRREGULAR_PAST } from './attribution-patterns';
import { wholeWordPositions } from './whole-word';

// Capitalised words before a name, at least one of them a title word: "U.S. President", "Interior Minister".
// Within one line: "…Trump.⏎⏎Mayor Bill de Blasio" has the title "Mayor", not "Trump. Mayor".
// "of" may join them: "Former Secretary of State".
const TITLE_RUN = /((?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}'’-]*\.?)(?:[^\S\n]+(?:\p{Lu}\.)+|[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}\p{M}'’-]*\.?){0,5})[^\S\n]+$/u;
// ", a spokesman for Yukos," / ", the Republican attorney general of Oklahoma," after a name; it may run on into a relative
// clause with no comma between: ", a longtime adviser to Barack Obama who helped found…", and up to 120 characters. Never up
// to a verb of saying: in "At a press conference in Chelsea, the mayor said" the description is the verb's subject.
const APPOSITION = /^,\s+(?:a|an|the|its|their)\s+([\p{L}\p{M}\p{N}'’ .&-]{3,120}?)(?:\s*(?:[,;]|\.(?!(?<=\p{Ll}\.)\p{Ll}))|(?=\s+(?:who|whom|whose|who['’]s)\s))/u;
// An apposition must name a role, not a description of anything else (ROLE_NOUNS).
export const ROLE_HEAD = new RegExp(`(?:^|\\s)(?:${ROLE_NOUNS})(?:[\\s,]|$)`, 'iu');

const MENTIONS_READ = 5;
// How far back a role is looked for, in characters (about 5,000 words): far more than a news article,
// and a book-length text would otherwise be read back to its start for every speaker named there.
const READ_BACK = 30_000;

const PEER_TITLE = new RegExp(`^(?:${PEER_WORDS})$`, 'u');
const ROYAL_TITLE = /^(?:Prince|Princess)$/u;
// Posts held in a chamber, before its member's short title (not "State Rep", a title of its own).
const POST_HELD = /^(?:Chairman|Chairwoman|Chair|Leader|Whip|Member)$/u;
// Words that open a clause, not a role: "And Sen.", "As Rep.", "Meanwhile Sen.", "Later Gov."; German articles, capitalised like the nouns after them ("Der Minister").
// (German prepositions too, which open a sentence capitalised: "Laut Finanzminister Christian Lindner".)
const CLAUSE_OPENER = /^(?:And|As|But|Or|So|Then|When|While|If|Meanwhile|Later|Earlier|However|Also|Still|Now|Yet|Separately|Elsewhere|Instead|Today|Yesterday|Afterwards|Finally|Likewise|Similarly|In|On|At|For|With|By|From|To|Of|The|A|An|After|Before|During|Since|Under|Like|Unlike|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einem|Einen|Einer|Laut|Nach|Wie|Für|Mit|Von|Bei|Auch|Und|Aber)$/u;
// A word glued to the one before it where a page lost a line break: a run of capitals running on into a
// lower-case word ("PRESSOhio" of "…ASSOCIATED PRESS⏎Ohio Gov."). Plurals of acronyms are words ("CEOs").
const GLUED = /\p{Lu}{3,}\p{Ll}{2}/u;

// An age is no word of a role ("20-year-old politics student" is a "politics student").
const AGE_WORD = /^\d+-year-old$/u;
// "former" right before a title's run: the title was held ("former UN Ambassador John Bolton").
const FORMER_AT_END = /(?:^|\s)(?:former|Former|ex-)\s*$/u;
const withPrefix = (prefix: string, title: string | undefined): string | undefined => (title && prefix ? prefix + title : title);

/**
 * The role in the capitalised words before a name, up to its last title word, or undefined when none is a title:
 * "Florida Rep. Debbie" (before "Wasserman Schultz") is "Florida Rep"; "Trump. Sen." is "Sen"; "And Sen." is "Sen".
 */
function titleWords(run: string | undefined): string | undefined {
  if (!run) return undefined;
  const words = run.split(/\s+/u);
  let start = 0;
  let owner = -1; // where the words of a possessive opening the title start ("Russia's Foreign Minister")
  // After a sentence's end, a possessive ("Iowa State University's Dianne Bystrom" has no title) or glued text.
  for (let i = 0; i < words.length; i++) {
    const possessive = /['’]s?$/u.test(words[i]!);
    if ((i < words.length - 1 && endsSentence(words[i]!)) || possessive || GLUED.test(words[i]!)) [start, owner] = [i + 1, possessive ? start : -1];
  }
  // (written in capitals too, as some papers open a story: "AS Opposition Leader Bill Shorten said…")
  const opensClause = (w: string) => CLAUSE_OPENER.test(/^\p{Lu}+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w);
  while (start < words.length && opensClause(words[start]!)) start++;
  while (owner >= 0 && owner < start - 1 && opensClause(words[owner]!)) owner++;
  let end = words.length;
  // A courtesy title or a peer's says no role ("Dr", "Mrs", "Former Arizona State Senator Dr" is a senator; "Lord Chancellor
  // Lord" of "Lord Chancellor Lord Falconer" is the Lord Chancellor, "Lord" alone none); nor does a prince's after an office
  // ("Foreign Minister Prince Saud"), though "Saudi Prince Alwaleed" is described so.
  const saysNoRole = (w: string, i: number) => !isTitleWord(w) || COURTESY_TITLE.test(w) || PEER_TITLE.test(w) || (ROYAL_TITLE.test(w) && words.slice(start, i).some(isTitleWord));
  while (end > start && saysNoRole(words[end - 1]!, end - 1)) end--;
  // A title's complement after "of" is the title's ("Chancellor of the Exchequer", "Chairman of the Environmental Audit
  // Committee"), up to a courtesy title or a peer's.
  const of = end > start && words[end] === 'of' ? complementEnd(words, end) : end;
  if (of > end) end = of;
  // A second title that is only the office's short form: "House Judiciary Committee Chairman Rep." is the chairman.
  // So is one after an office that holds a title word already: "Speaker of the House Rep." is the Speaker.
  if (end - start >= 2 && SHORT_OFFICE.test(words[end - 1]!) && (POST_HELD.test(words[end - 2]!) || words.slice(start, end - 2).some(isTitleWord))) end--;
  // A title after a possessive keeps whose it is, as a role in lower case does: "Russia's Foreign Minister Sergei Lavrov".
  if (end > start && owner >= 0 && owner < start) start = owner;
  return end > start ? words.slice(start, end).map(spelledOutTitle).join(' ').replace(/\.$/u, '') : undefined;
}

/**
 * A capitalised title set off after "the" before a name set off itself: "the Foreign Secretary, David Lammy,", "The Archbishop of
 * Canterbury, Justin Welby,".
 */
function titleSetOffBefore(before: string): string | undefined {
  const words = THE_THEN_SET_OFF.exec(before)?.[1];
  return words && TITLE_RUN.exec(`${words} `)?.[1] === words ? titleWords(words) : undefined;
}
const THE_THEN_SET_OFF = /(?:^|\s)[Tt]he\s+([^,\n]{2,60}),\s+$/u;

/** Where "of", perhaps "the", and the capitalised words after it at `of` end, before any courtesy title or peer's. */
function complementEnd(words: readonly string[], of: number): number {
  let i = of + (words[of + 1] === 'the' ? 2 : 1);
  const first = i;
  while (i < words.length && /^\p{Lu}\p{Ll}/u.test(words[i]!) && !COURTESY_TITLE.test(words[i]!) && !PEER_TITLE.test(words[i]!)) i++;
  return i > first ? i : of;
}

// A relative clause, or a verb joined by "and" ("a presidential historian and runs the… website"), or the verb of
// saying of an apposition left open ("Anais Faraj, an analyst at Nomura told the BBC…"): no part of the role.
// Nor are the examples it lists ("…for Maryland Republicans such as former Gov. Robert Ehrlich"), the paper it is quoted in,
// or a crowd it is one of ("a PNC bank employee and one of the thousands…").
const RELATIVE_CLAUSE = /\s+(?:who|whom|whose|who['’]s|which|that|told|tells|said|says|added|adds|quoted|cited|such\s+as|including|and\s+one|and\s+(?:is|was|has|had|runs|ran|works|worked|serves|served|teaches|taught|lives|lived|owns|owned|leads|led))\s.*$/u;
// A verb of saying the apposition reaches before any relative clause: it is left open only after a name that opens its
// sentence or follows the quotation it speaks; after a name inside a sentence, the words are the verb's subject ("At a
// press conference in Chelsea, the mayor also said…" is the mayor speaking, not Chelsea's role).
const OPEN_ON_SAYING = /^(?:(?!\s(?:who|whom|whose|which|that)\s).)*?\s(?:told|tells|said|says|added|adds)\s/u;
const OPENS_SENTENCE = /(?:^|[.!?]["”’»]?\s+|[,!?]["”’»]\s+|\n\s*)$/u;

const AGE_IN_ROLE = /(?:^|\s)\d{1,3}-year-old(?=\s|$)/gu;
const PREPOSITION = /^(?:of|at|for|with|in|on|from|to|by)$/u;

/**
 * The role an apposition gives, without a relative clause or a title cut at its dot: ", a pollster and
 * strategist who supported Texas Sen. Ted Cruz," is "pollster and strategist"; ", a former aide to Sen.
 * Ted Cruz," is "former aide".
 */
function apposition(after: string, before: string): string | undefined {
  const role = APPOSITION.exec(after)?.[1];
  if (role === undefined || (OPEN_ON_SAYING.test(`${role} `) && !OPENS_SENTENCE.test(before))) return undefined;
  return appositionRole(role);
}

// After the name that closes a role's complement, a phrase of the sentence's own: "a top national security aide to Vice President
// Pence on Trump's July 25 phone call with…" (the lawmakers grilled her on the call); "spokesman on health" keeps its field.
// (Not a body's or a place's name: "fellow at the Council on Foreign Relations", "economist at Lehman Brothers in Tokyo".)
const PHRASE_AFTER_NAME = /(?<=\s\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:on|during|with|in|over|about)\s+(?:\p{Lu}[\p{L}\p{M}-]*['’]s\s|(?!(?:a|an|the|his|her|its|their)\s+\p{Lu})\p{Ll}).*$/u;

/** The words of an apposition's role, without a relative clause or a title cut at its dot (see `apposition`). */
function appositionRole(role: string): string {
  // An age is no part of it: "a 31-year-old Sanders volunteer" is a "Sanders volunteer"; "a 59-year-old from Hilton Head" none.
  // (And a verb of saying closing it, where copy left it open: "Alois Rhiel, its minister for economic affairs added.")
  const words = role.replace(RELATIVE_CLAUSE, '').replace(SAYING_AT_END, '').replace(AGE_IN_ROLE, ' ').replace(PHRASE_AFTER_NAME, '').trim().split(/\s+/u);
  if (PREPOSITION.test(words[0]!)) return ''; // what was left of "a 59-year-old from Hilton Head"
  // A verb of its own left in it makes it a clause, no role: ", the delegate math is daunting for anyone,".
  if (words.some((w) => VERB_BEFORE_HEAD.test(w))) return '';
  // A capitalised abbreviation left at the end opened a name the apposition mentions ("…to Texas Sen"),
  // and a lone capital was cut at its dot ("veteran D" of "veteran D.C. lobbyist").
  let cut = false;
  while (words.length > 1 && /^\p{Lu}/u.test(words[words.length - 1]!) && (endsWithAbbreviation(`${words[words.length - 1]}.`) || /^\p{Lu}$/u.test(words[words.length - 1]!))) {
    words.pop();
    cut = true;
  }
  // What the cut name left before it goes too: "adviser to then-President George W." → "adviser".
  while (cut && words.length > 1 && /^(?:\p{Lu}|\p{Ll}+-\p{Lu})/u.test(words[words.length - 1]!)) words.pop();
  // Words the cut leaves hanging go too: "…of the Brookings Institution and a former U.S. ambassador" → "…Institution".
  while (cut && words.length > 1 && NOT_OF_ROLE.test(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/\s+(?:to|with|for|of|at|in|on|from|and|or)(?:\s+(?:the|a|an))?$/u, '');
}

// News often sets a role off without its article: "Michael Weiss, president of StreamCast Networks,", "Robert Quinn, Game's UK
// sales director.", "Paul Goosens, head of Preventon told…", "Rob McIvor, FSA spokesman, told…". It opens on a lower-case word,
// a body's possessive or capitalised words ending on the role's noun; never a clause ("who…", "said…"), an age or a place
// (it must hold a role noun or a job, as the apposition with an article must: holdsRole).
// (Also closed by the verb with no comma before it, as copy often leaves it: "Chris Panayis, managing director of ISP
// Freedom2surf said that…", "Ann Simpson, marketing manager at Snappy Snaps believes…"; or by a dash opening an aside: "Ivan
// Kulakov, deputy chairman of Highland Gold - a mining firm that…". A post's letters may open it: "Geoff Ellis, CEO of Big Day Out Ltd,".)
const BARE_APPOSITION = /^,\s+((?!(?:the|a|an|who|whom|whose|which|that|said|says|told|tells|added|adds|and|but|or|in|on|at|from|for|with|by|of|to|as|its|his|her|their|not|no|also|now|then|just|only|still|even|known|called|named|dubbed|nicknamed)\s)(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}\p{M}.&-]*['’]s|\p{Lu}{2,4}(?=\s(?:of|at|for)\s)|\p{Lu}[\p{L}\p{M}.&-]*(?=(?:\s\p{Lu}[\p{L}\p{M}.&-]*){0,3}(?:\s\p{Ll}[\p{Ll}-]*){1,6}\s*[,.;]))\s[\p{L}\p{M}\p{N}'’ .&-]{1,80}?)(?:\s*(?:[,;(]|\.(?!(?<=\p{Ll}\.)\p{Ll}))|\s+[-–—]\s|(?=\s+(?:said|says|told|tells|added|adds|believes|warned|explained|argued|insisted|admitted)(?![\p{L}])))/u;

// A title set off in capitals, with the body it serves: "Karen Thomson, Chief Executive of AOL UK,", ", Senior Vice President,",
// ", Head of Research at ICICI Securities,".
// Its title words come first and end on a title; never a title before a name ("…, President Obama said").
const CAPITALISED_APPOSITION = /^,\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)((?:\s+(?:of|for|at)\s+(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&'’-]*){0,5}){0,2})\s*[,.;(]/u;

/** The role a capitalised apposition gives (see CAPITALISED_APPOSITION), or undefined. */
function capitalisedApposition(after: string): string | undefined {
  const m = CAPITALISED_APPOSITION.exec(after);
  if (!m) return undefined;
  const titles = m[1]!.split(/\s+/u);
  if (CLAUSE_OPENER.test(titles[0]!) || !isTitleWord(titles[titles.length - 1]!)) return undefined;
  return `${m[1]}${m[2]}`;
}

// Its head (the role's noun or a relation) comes within these words, before any verb of its own.
const BARE_HEAD_WORDS = 7;
const CLAUSE_AFTER_PARTICIPLE = /^(?:to|the|a|an|his|her|its|their|on|at|for|with|about|from|in|into|that|what|how|why)$/u;
const RELATION_NOUN = new RegExp(`^(?:${RELATION_NOUNS})$`, 'u');
const VERB_BEFORE_HEAD = new RegExp(`^(?:is|was|were|are|has|had|have|be|been|will|would|can|could|may|might|must|should|shall|do|does|did|${IRREGULAR_PAST})$`, 'u');
// English verbs of saying and characterising, as a whole word: "…, its minister for economic affairs added", "urged London mayor".
const SPEAKING = new RegExp(patternsFor('en').speaking.source, 'iu');
const isVerbOfSaying = (w: string) => SPEAKING.exec(w)?.[0].length === w.length;

/** The role an apposition without an article gives (see BARE_APPOSITION), cut as `apposition` cuts one, and before a verb of saying. */
function bareApposition(after: string): string | undefined {
  const m = BARE_APPOSITION.exec(after);
  const role = m?.[1];
  if (!role) return undefined;
  const words = role.split(/\s+/u);
  // Closed by the verb, capitalised words alone are someone else's title and name: "He met Karen Thomson, President Obama said."
  if (!/[,.;(]$/u.test(m[0]) && !words.some((w) => /^\p{Ll}/u.test(w))) return undefined;
  // Its head comes early, before any verb: "senior advisor on mobile media at…", "managing director of…", "Jarek's younger
  // sister and a fellow band member", never "similar statements made by former Democratic presidential candidate".
  // A participle taking an object or a preposition opens a clause, no role: ", responding to Governor Tom Smith." (not "managing
  // director").
  if (/^\p{Ll}+ing$/u.test(words[0]!) && CLAUSE_AFTER_PARTICIPLE.test(words[1] ?? '')) return undefined;
  const head = words.findIndex((w) => isRoleWord(w) || RELATION_NOUN.test(w));
  if (head < 0 || head >= BARE_HEAD_WORDS || words.slice(0, head).some((w) => VERB_BEFORE_HEAD.test(w) || isVerbOfSaying(w))) return undefined;
  // It ends before a verb of saying, or a participle taking an object after its head: "Texas attorney general announcing the
  // legal action" is the attorney general.
  const participle = words.findIndex((w, i) => i > head && /^\p{Ll}+ing$/u.test(w) && DETERMINER.test(words[i + 1] ?? ''));
  const saying = words.findIndex(isVerbOfSaying);
  const verb = participle < 0 ? saying : saying < 0 ? participle : Math.min(saying, participle);
  const kept = verb < 0 ? words : words.slice(0, verb);
  // Capitalised words alone before the verb are someone else's title and name: "He met Karen Thomson, President Obama said."
  if (verb >= 0 && !kept.some((w) => /^\p{Ll}/u.test(w))) return undefined;
  const cut = appositionRole(kept.join(' ')).split(' ');
  // A role noun right before capitalised words is another person of a list: "Tom Johnston and Patrick Simmons, singer-keyboardist
  // McDonald, and…" (a body's name follows a preposition: "president of StreamCast Networks", "head of game developer Krome Studios").
  let tail = cut.length;
  while (tail > 0 && /^\p{Lu}/u.test(cut[tail - 1]!)) tail--;
  const ofBody = cut.slice(0, tail).some((w) => PREPOSITION.test(w));
  return tail > 0 && tail < cut.length && isRoleWord(cut[tail - 1]!) && !ofBody ? undefined : cut.join(' ');
}

// Jobs that are a role as much as an office is, which the name rules need not know: "Yin Myint May, 60, a doctor,".
const OCCUPATIONS =
  'chancellor|backbencher|skipper|co-?ordinator|coordinator|doctor|surgeon|nurse|teacher|engineer|farmer|worker|employee|owner|driver|pilot|chef|' +
  'designer|architect|entrepreneur|accountant|paramedic|firefighter|soldier|sergeant|detective|inspector|constable|priest|imam|bishop|minister|' +
  'artist|scientist|pharmacist|journalist|novelist|publicist|archivist|(?:physio)?therapist|physician|musician|photographer|' +
  'fellow|operative|banker|trader|lecturer|fundraiser|donor|agent|committeeman|committeewoman|superdelegate|contestant|retiree|professional|cook|' +
  'plaintiff|defendant|homemaker|insider|guard|frontman|contender|defenseman|commander|administrator|barrister|solicitor|' +
  'frontbencher|seed|medallist|medalist|champion|legend|international';
// Words whose ending names a profession: "demographer", "pediatrician", "oncologist"; in an apposition "lobbyist" too (never "checklist",
// "insist", "exist"), but not right before a name, where "-ist" is as often a creed's adjective ("the nationalist Global Times").
const PROFESSION_ENDING_BEFORE_NAME = /^[\p{Ll}-]{2,}(?:ologist|ician|grapher)$/u;
const PROFESSION_ENDING = /^[\p{Ll}-]{2,}(?:ologist|ician|grapher)$|^[\p{Ll}-]{3,}(?<!kl|yl|tl|hl|s|x|o)ist$/u;
/** A role noun or a job, or a profession by its ending. */
const isRoleWord = (w: string) => ROLE_NOUN.test(w.toLowerCase()) || PROFESSION_ENDING.test(w);
/** A role noun as written or in lower case: "spokesman", a post's letters "MP", "CEO". */
const isRoleNoun = (w: string) => ROLE_NOUN.test(w) || ROLE_NOUN.test(w.toLowerCase());

/**
 * Whether a role's words hold a role noun or a job ("spokesman for Yukos", "doctor"). A word named so by its ending only
 * is one when nothing follows it but its complement ("journalist based in Yaounde"): "nationalist" of "a nationalist tabloid" is an adjective.
 */
const holdsRole = (role: string) =>
  role.split(/\s+/u).some((w, i, words) => {
    const word = w.toLowerCase();
    if (ROLE_NOUN.test(word)) return true;
    const next = words[i + 1];
    return PROFESSION_ENDING.test(word) && (next === undefined || NOT_OF_ROLE.test(next) || VERB_FORM.test(next) || !/^\p{Ll}/u.test(next));
  });

// Lower-case words of a role right before a name, perhaps after a body's name or an adjective: "said AOL chief executive
// Jonathan Miller", "mobile analyst Carolina Milanesi", "led by climate activist Greta Thunberg". The last word is the role's
// noun, also one of the people at work the names' role words leave out ("Middlesbrough forward", "Labour backbencher").
// (never an age, which the person nouns hold for "the 31-year-old said": "Larry David, playing the 74-year-old Sanders on…")
// (with "-general" or "-in-chief" joined on: "director-general", "editor-in-chief")
const ROLE_NOUN = new RegExp(`^(?!\\d)(?:co-|vice-)?(?:${ROLE_NOUNS}|${PERSON_NOUNS}|${OCCUPATIONS})(?:-general|-in-chief)?$`, 'u');
const NOT_OF_ROLE = new RegExp(
  '^(?:in|on|at|to|from|with|by|for|of|and|or|but|after|before|during|while|when|as|about|into|over|under|than|that|who|which|whose|what|' +
    'against|among|between|behind|beside|beyond|like|near|past|through|toward|towards|without|within|via|per|despite|amid|including|versus|' +
    'today|yesterday|tonight|week|weekend|month|year|day|night|morning|afternoon|evening|ago|' +
    'the|a|an|is|was|were|are|has|had|have|be|been|will|would|can|could|may|might|must|should|shall|do|does|did|' +
    'said|says|told|tells|added|adds|asked|according|last|this|next|then|also|again|' +
    `his|her|their|its|our|my|your|former|he|she|it|they|we|i|you|not|no|out|up|off|another|one|each|every|some|any|all|both|such|these|those|${IRREGULAR_PAST})$`,
  'u',
);
// The same words capitalised where they open a sentence; other capitalised words may be a body's name ("All Blacks captain").
const CAPITALISED_OPENER = /^(?:The|A|An|He|She|It|They|We|I|You|His|Her|Their|Its|Our|My|Your|This|That|These|Those|And|But|Or|As|In|On|At|By|For|With|From|After|Before|When|While|Former|Meanwhile|However|Now|Then|Also|Earlier|Later|Separately|Elsewhere|Instead|Still|Even|Only|Just|Yesterday|Today|Last|Next|Another|One|Each|Every|Both|Some|Several|Other)$/u;
// A verb form in lower case ends the role's words before it ("denouncing Republican presidential nominee", "rejected Republican
// presidential candidate", "doesn’t surprise…"), but for the participles that make a role ("retired Air Force general", "Tottenham
// sporting director", "managing director", "reigning champion").
const VERB_FORM = /^\p{Ll}[\p{Ll}-]*(?:ing|ed|n['’]t)$/u;
const ROLE_PARTICIPLE = /^(?:retired|elected|appointed|designated|embattled|disgraced|ousted|indicted|jailed|syndicated|self-described|self-proclaimed|sporting|managing|acting|founding|reigning|outgoing|incoming|presiding|visiting|ruling|governing|supervising|consulting|marketing|finishing|opening|starting)$/u;
const endsRoleWords = (w: string) => (/^\p{Lu}/u.test(w) ? CAPITALISED_OPENER.test(w) : NOT_OF_ROLE.test(w)) || isVerbOfSaying(w) || (VERB_FORM.test(w) && !ROLE_PARTICIPLE.test(w));
const ROLE_RUN_WORDS = 5;

// A word "and" may follow inside a role: a role noun or title ("CEO and president"), an adjective of a people, a faith or a party
// ("British", "Christian", "Republican"), never a first name ("Brian and…").
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ic|ese|ian|ican)$/u;
const joinsRoles = (w: string) => isRoleNoun(w) || isTitleWord(w) || (PEOPLE_ADJECTIVE.test(w) && !isFirstName(w));

// A role and what it is of, set off by a comma before a name set off itself: "the new chief executive of the museum, Maria
// Balshaw,", "the head of the agency, John Smith,", "A spokeswoman for the governor, Ellen Marsh,", "an aide to the senator,
// Rachel Kim,", "The Labour MP for Bristol West, Thangam Debbonaire," (a party's word and a post's letters too). The role noun
// is checked apart (ROLE_NOUN).
const ROLE_OF_SOMETHING_SET_OFF = /(?:^|[\s,;])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.&-]*['’]s)\s+((?:\p{Ll}[\p{L}-]*\s+|\p{Lu}\p{Ll}+\s+(?=(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,4})\s+(?:of|for|at|to)\s)){0,2}?(\p{Ll}[\p{L}-]*|\p{Lu}{2,4})\s+(?:of|for|at|to)\s+(?:the\s+)?[\p{L}\p{M}'’&-]+(?:\s+[\p{L}\p{M}'’&-]+){0,3}),\s*$/u;

/**
 * Whether the role run opening at words[start] is the complement of a person's noun: "spokeswoman for the governor", "aide to
 * the senator" (not a body's name after "of": "the head of Ofcom chief executive Ed Richards").
 */
function servesTheRole(words: readonly string[], start: number): boolean {
  return DETERMINER.test(words[start - 1] ?? '') && SERVING.test(words[start - 2] ?? '') && isRoleNoun(words[start - 3] ?? '');
}
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/u;
const AUXILIARY = /^(?:not|never|did|does|do|will|would|can|could|may|might|must|should|shall)$/u;
const SERVING = /^(?:for|to|of)$/u;

/** The role and its complement set off before a name ("chief executive of the museum"), when its head is a role noun; else undefined. */
function roleOfSomethingSetOff(before: string): string | undefined {
  const m = ROLE_OF_SOMETHING_SET_OFF.exec(before.slice(before.lastIndexOf('\n') + 1));
  return m && isRoleNoun(m[2]!) ? m[1] : undefined;
}

const SENTENCE_CLOSES = /^\s*(?:[.;]|$)/u; // (not "!": "our potential United States senator, Bobby Scott!" is a hope)
// Where a person works, right after their name, then the comma that closes the name set off: " of Stanford University,".
const WHERE_THEN_COMMA = /^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[^,.;:!?\n]{0,60},/u;

/** The role written in lower case right before a name (see ROLE_NOUN), or undefined: "AOL chief executive", "climate activist". */
function lowerCaseRoleBefore(before: string, setOff: boolean): string | undefined {
  // A courtesy title between role and name is neither's ("Manchester United manager Sir Alex Ferguson"); a role may be set
  // off before a name set off itself ("The charity's director, Barbara Stocking, said").
  const line = before.slice(before.lastIndexOf('\n') + 1).trimEnd(); // a role never runs over a line break
  const words = (setOff && line.endsWith(',') ? line.slice(0, -1) : line).split(/\s+/u);
  if (words.length > 1 && COURTESY_TITLE.test(words[words.length - 1]!)) {
    words.pop();
    // …and so may the role set off before the title: "Mrs Thatcher's former press secretary, Sir Bernard Ingham, said".
    if (setOff) words.push(words.pop()!.replace(/,$/u, ''));
  }
  const last = words[words.length - 1];
  if (!last) return undefined;
  // A role noun opening the sentence is capitalised there: "Backbencher Stephen Pound said…".
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(last) && (words.length === 1 || /[.!?]["”’]?$/u.test(words[words.length - 2]!))) return ROLE_NOUN.test(last.toLowerCase()) ? last : undefined;
  // A post's letters are a role noun too: "Twitter's former CEO, Parag Agrawal", "The local MP, Jess Phillips".
  const letters = /^\p{Lu}{2,4}$/u.test(last) && isRoleNoun(last);
  if (!/^\p{Ll}/u.test(last) && !letters) return undefined; // never "Republican" nor "45-year-old" alone
  // A relation is a role when it says whose: "Nogar's son Stephen", "Trump's daughter Ivanka" (not "his son Eric").
  // So does a common noun's after "the": "The victim's sister, Amy Khan," (not "his son").
  const owner = words[words.length - 2] ?? '';
  const commonOwner = /^\p{Ll}+['’]s$/u.test(owner) && /^[Tt]he$/u.test(words[words.length - 3] ?? '');
  const relation = RELATION_NOUN.test(last) && words.length > 1 && (/^\p{Lu}[\p{L}\p{M}.&-]*['’]s?$/u.test(owner) || commonOwner);
  if (relation) return words.slice(-2).join(' ');
  // A role noun and its complement in lower case: "Gloucester director of rugby Nigel Melville", "chief of staff John Kelly",
  // "Liberal Democrat spokeswoman for women Sandra Gidley".
  // (Not past a comma: "as secretary of state, Hillary Clinton said" holds no role before her name.)
  // (After "for", a field, never a determiner or a noun for the body itself: "a spokesman for the…", "for distributor Toho".)
  const forField = words[words.length - 2] === 'for' && !DETERMINER.test(last) && !/(?:or|er|ist)$/u.test(last);
  const complement = /^\p{Ll}+$/u.test(last) && !ROLE_NOUN.test(last) && (words[words.length - 2] === 'of' || forField) && ROLE_NOUN.test(words[words.length - 3] ?? '') ? 2 : 0;
  if (!complement && !letters && !ROLE_NOUN.test(last) && !PROFESSION_ENDING_BEFORE_NAME.test(last)) return undefined;
  let start = words.length - 1 - complement;
  // Back over the role's other words, to a word no role holds, a sentence's or clause's end, or a line break.
  // (letters and figures only, a possessive or a hyphen within: a word holding a comma or a stop ends a clause or a sentence)
  // (A distance or a class holds figures: "European 200m champion", "4x100m relay"; an age is no role: "20-year-old".)
  const ofRole = (w: string) => !endsRoleWords(w) && /^[\p{L}\p{M}\p{N}'’&-]*\p{L}[\p{L}\p{M}\p{N}'’&-]*$/u.test(w) && !AGE_WORD.test(w);
  // A body's name holds its "of" ("Bank of England governor", "Friends of the Earth campaigner"): between capitalised words it goes on.
  const ofInName = (at: number) => {
    const the = words[at] === 'the' ? 1 : 0;
    return words[at - the] === 'of' && at - the > 0 && /^\p{Lu}/u.test(words[at - the - 1]!) && /^\p{Lu}/u.test(words[at + 1]!) ? the + 1 : 0;
  };
  // "and" joins two words of a body's name or two roles held at once ("British and Irish Lions coach", "CEO and president",
  // "Economic and Fiscal Policy"), after a role, a title or an adjective of a people or a party; after anything else it is a list of
  // people ("Blair and Liberal Democrat leader Charles Kennedy", "Ryan and Senate Majority Leader").
  const andInRole = (at: number) => (words[at] === 'and' && at > 0 && ofRole(words[at - 1]!) && joinsRoles(words[at - 1]!) ? 2 : 0);
  // (Its "of" and "the", or "and", count as none of the run's words: "Association of Chief Police Officers president".)
  let joiners = 0;
  let andAt = -1;
  while (start > 0 && words.length - start - joiners < ROLE_RUN_WORDS && (ofRole(words[start - 1]!) || ofInName(start - 1) > 0 || andInRole(start - 1) > 0)) {
    const of = ofInName(start - 1);
    const and = of ? 0 : andInRole(start - 1);
    if (and) andAt = start - 1;
    joiners += of || Math.min(and, 1); // "of the" is two joiners, "and" one (the word before it counts)
    start -= Math.max(1, of || and);
  }
  // Cut by the run's length before "and", the first role is left whole or not at all: "reality television star", not "estate mogul
  // and reality television star" of "real estate mogul and…".
  if (andAt >= 0 && start > 0 && words.length - start - joiners >= ROLE_RUN_WORDS && ofRole(words[start - 1]!)) start = andAt + 1;
  // Cut inside a body's name by the run's length, its capitalised words go ("York Times columnist" of "New York Times
  // columnist"); a run stopped by a comma or a clause word keeps them ("…Tuesday, Wild coach Bruce Boudreau").
  const cutInName = start > 0 && words.length - start - joiners >= ROLE_RUN_WORDS && ofRole(words[start - 1]!) && /^\p{Lu}/u.test(words[start - 1]!);
  if (cutInName) while (start < words.length - 1 && /^\p{Lu}/u.test(words[start]!)) start++;
  // A word in lower case after "not" or a modal is a verb's bare form, no word of the role: "did not impress Tory shadow
  // education secretary Tim Collins".
  // ("will host Mr Brown": the verb alone is no role.)
  if (start > 0 && AUXILIARY.test(words[start - 1]!) && /^\p{Ll}/u.test(words[start]!)) {
    if (start === words.length - 1) return undefined;
    start++;
  }
  // "fellow" alone before a name is the adjective ("persuaded fellow EU members"), not the research post.
  if (start === words.length - 1 && words[start] === 'fellow') return undefined;
  // A role that is whom another serves is that other's: "A spokeswoman for the governor, Ellen Marsh" is no governor (the role and
  // its complement are read whole, ROLE_OF_SOMETHING_SET_OFF).
  if (servesTheRole(words, start)) return undefined;
  // A role held before says so: "former AOL chief executive", "Former Mexican presidents Vicente Fox and Felipe Calderón".
  const former = start > 0 && /^[Ff]ormer$/u.test(words[start - 1]!) ? 'former ' : '';
  return former + words.slice(start).join(' ');
}

// A role written once, in the plural, for two names: "Democratic presidential candidates Hillary Clinton and Bernie Sanders",
// "Morning Joe hosts Joe Scarborough and Mika Brzezinski": each holds it.
const PAIR_FIRST_NAME = /\s(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,3}and\s+$/u;
const PAIR_SECOND_NAME = /^\s+and\s+\p{Lu}/u;
const PLURAL_AT_END = /(\p{Ll}{3,})s(\s+)$/u;

/** The role a plural before a pair of names gives each of them, in the singular ("Morning Joe host"), or undefined. */
function pluralRoleBefore(before: string, after: string): string | undefined {
  const first = PAIR_FIRST_NAME.exec(before);
  if (!first && !PAIR_SECOND_NAME.test(after)) return undefined;
  const plural = first ? before.slice(0, first.index + 1) : before;
  const m = PLURAL_AT_END.exec(plural);
  return m ? lowerCaseRoleBefore(`${plural.slice(0, m.index)}${m[1]}${m[2]}`, false) : undefined;
}

const GERMAN_APPOSITION = /^,\s+(\p{Lu}[\p{L}-]*(?:\s+(?:der|des|für|von|vom|im|in|bei|beim)\s+[^,.;:()„“"]{1,80}?)?)\s*[,.;(]/u;
const germanTitled = (role: string) => GERMAN_COMPOUND_TITLE.test(role.split(/\s/u)[0]!);

const SAYING_AT_END = /\s+(?:said|says|added|adds|told|tells)$/u;
const ACADEMIC_TITLE = /^(?:Professor|Doctor|Dr)$/u;
const AGE_SET_OFF = /^,\s*\d{1,3}(?:\s+ans)?(?=\s*,)/u; // French gives the years: "Stéphane Baly, 47 ans, chef de file…"
// A role set off by dashes reads as one set off by commas: "Andrei Illarionov - then economic adviser to President Vladimir Putin - told".
// Letters after a name that say an office or an honour, then a comma: " MSP,", " QC,".
const POST_NOMINAL_THEN_COMMA = /^\s+(?:QC|KC|MP|MSP|MEP|AM|MLA|OBE|CBE|MBE|KBE)(?![\p{L}])\s*,/u;
// A comma right before a name, perhaps with a courtesy title after it.
const SET_OFF_BEFORE = /,\s*(?:(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
const DASH_SET_OFF = /^\s+[-–—]\s+(?:(?:then|now)\s+)?([^-–—\n]{3,120}?)\s+[-–—](?=\s)/u;

/** The role the text gives the person named `name`, at one of their last mentions before `before`, or undefined. */
export function roleOf(text: string, name: string, before = text.length, lang = 'en'): string | undefined {
  // Read backwards from where they speak, a few mentions at most: the introduction is usually close,
  // and a book-length text names its people thousands of times.
  const from = Math.max(0, before - READ_BACK);
  const lastBefore = (end: number) => {
    const at = end < from ? -1 : text.slice(from, end + name.length).lastIndexOf(name);
    return at < 0 ? -1 : from + at;
  };
  let seen = 0;
  // The body whose possessive introduces them ("NBC’s Chuck Todd"), kept for when no mention gives a role.
  let affiliation: string | undefined;
  // French, Spanish, Italian, Portuguese and Dutch write a role in lower case, before the name or set off after it; the English
  // readings below misread them (French titles before a name are courtesy ones, "M.", "Me"; a ministry's name is no role, "Santé").
  const inLowerCase = lang === 'fr' ? frenchRole : lang in ROLE_NOUNS_BY_LANG ? (b: string, a: string) => roleInOtherLanguage(b, a, lang) : null;
  for (let at = lastBefore(before); at >= 0 && seen++ < MENTIONS_READ; at = at > from ? lastBefore(at - 1) : -1) {
    if (inLowerCase) {
      const role = inLowerCase(text.slice(Math.max(0, at - 80), at), text.slice(at + name.length, at + name.length + 90).replace(AGE_SET_OFF, ''));
      if (role) return role;
      continue;
    }
    const germanSetOff = lang === 'de' ? GERMAN_APPOSITION.exec(text.slice(at + name.length, at + name.length + 100))?.[1] : undefined;
    if (germanSetOff && germanTitled(germanSetOff)) return germanSetOff;
    // An age set off first is no role, and the apposition after it is: "Yin Myint May, 60, a doctor, said".
    const after = text.slice(at + name.length, at + name.length + 150).replace(AGE_SET_OFF, '').replace(DASH_SET_OFF, ', $1,');
    const before = text.slice(Math.max(0, at - 60), at);
    const titleRun = TITLE_RUN.exec(before);
    // "former UN Ambassador John Bolton" held the title: "former" stays with it, as it does with a role in lower case.
    const held = titleRun && FORMER_AT_END.test(before.slice(0, titleRun.index)) ? 'former ' : '';
    const titled = withPrefix(held, titleWords(titleRun?.[1])) ?? (after.startsWith(',') ? titleSetOffBefore(before) : undefined);
    // An academic title alone says less than the post set off after the name: "Professor Susan Hopkins, its chief medical adviser,".
    if (titled && !ACADEMIC_TITLE.test(titled)) return titled;
    const apposed = apposition(after, text.slice(Math.max(0, at - 40), at));
    if (apposed && holdsRole(apposed)) return apposed;
    if (titled) return titled;
    // (The name is set off by a comma, perhaps after where the person works: "The study's lead author, Jane Goodall of Stanford University,",
    // or closes the sentence after one: "said his lawyer, John Smith.")
    // (A courtesy title may stand between: "said its chairman, Sir Anthony Greener."; letters after the name are no part of what
    // sets it off: "The Tory finance spokesman, Brian Monteith MSP, said".)
    const setOff = after.startsWith(',') || POST_NOMINAL_THEN_COMMA.test(after) || WHERE_THEN_COMMA.test(after) || (SENTENCE_CLOSES.test(after) && SET_OFF_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
    const lowerCase = lowerCaseRoleBefore(text.slice(Math.max(0, at - 60), at), setOff) ?? pluralRoleBefore(text.slice(Math.max(0, at - 100), at), after) ?? (setOff ? roleOfSomethingSetOff(text.slice(Math.max(0, at - 80), at)) : undefined);
    if (lowerCase) return lowerCase;
    const bare = bareApposition(after);
    if (bare && holdsRole(bare)) return bare;
    const capitalised = capitalisedApposition(after);
    if (capitalised) return capitalised;
    affiliation ??= affiliationBefore(before) ?? affiliationAfter(after);
  }
  return affiliation;
}

/**
 * The role an apposition gives after the surname and a courtesy title, as papers write the person's later mentions: "Eric
 * Reeves… said he was “appalled”… “…,” said Mr. Reeves, a senior fellow at the François-Xavier Bagnoud Center…". Not when
 * the text names another of that surname ("Bill Clinton" beside "Hillary Clinton"): "Mr. Clinton" could be either. English
 * only; quotes.ts reads it once per speaker, around their first quotation, where `roleOf` found none near their mentions in full.
 */
export function courtesyApposition(text: string, name: string): string | undefined {
  const space = name.lastIndexOf(' ');
  if (space < 0) return undefined;
  const [first, surname] = [name.slice(0, name.indexOf(' ')), name.slice(space + 1)];
  // The capitalised word right before each mention of the surname: a courtesy title, their first name, or another's.
  const mentions = [...wholeWordPositions(text, surname)].map((at) => ({ at, word: WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1] }));
  const courtesy = mentions.filter((m) => m.word !== undefined && COURTESY_TITLE.test(m.word));
  if (courtesy.length === 0 || mentions.some((m) => m.word !== undefined && m.word !== first && !isTitleWord(m.word) && !COURTESY_TITLE.test(m.word))) return undefined;
  for (const m of courtesy.reverse().slice(0, MENTIONS_READ)) {
    const end = m.at + surname.length;
    // (Not a word of another's name: "British ambassador Sir John Holmes" is no Elton John's.)
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    const after = text.slice(end, end + 150).replace(AGE_SET_OFF, '');
    const apposed = apposition(after, text.slice(Math.max(0, m.at - 40), m.at)) ?? bareApposition(after);
    if (apposed && holdsRole(apposed)) return apposed;
    // Or a role in lower case before the title: "London mayor Mr Livingstone says…".
    const before = lowerCaseRoleBefore(text.slice(Math.max(0, m.at - 60), m.at), false);
    if (before) return before;
  }
  return undefined;
}
// A capitalised word, perhaps with its dot, right before a name's word ("Mr. ", "Hillary ").
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u;
