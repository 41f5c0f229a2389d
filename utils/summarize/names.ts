// Person and organisation names: capitalised runs, titles stripped, short names mapped to full ones.
import { endsWithAbbreviation } from './abbreviations';
import { isSpaceUnit, trimEndOf } from './char-classes';
import { isLoneFamilyName, isShortFamilyName, isTwoLetterFamilyName } from './family-name-first';
import { firstNameGender } from './first-name-gender';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from './when';

// Words that are part of a title or description, not of the name: "U.S. President Donald Trump".
export const TITLES: ReadonlySet<string> = new Set(
  ('mr mrs ms miss mx dr prof sir dame lord lady rev president vice prime minister secretary chancellor ' +
    // Military ranks as written before a name: "Lt. Col. Alexander Vindman", "Cmdr. Sean Robertson".
    'lt col cmdr cdr maj sgt cpl capt brig adm pvt ' +
    'spokesperson spokesman spokeswoman speaker senator sen rep representative delegate governor gov mayor king queen prince princess ' +
    'pope cardinal archbishop bishop rabbi imam pastor chief executive director ceo cfo chairman chairwoman chair judge justice officer professor general gen ' +
    'colonel captain commander admiral sheriff ambassador leader head deputy interior foreign defence defense finance health ' +
    // Ireland's prime minister and deputy: "Irish Taoiseach Micheál Martin said".
    'taoiseach tánaiste ' +
    'economy home justice state attorney premier coach manager striker midfielder defender goalkeeper ' +
    'analyst economist founder boss superintendent supt inspector insp detective det sergeant lieutenant anchor co-anchor correspondent ' +
    'prosecutor magistrate coroner referee umpire keeper captain skipper winger forward champion lawyer strategist official commissioner staff whip ' +
    'actress actor reporter editor editor-in-chief advocate comedian host columnist commentator celebrities ' +
    'shadow adviser advisor aide mp msp mep congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman comptroller treasurer honor honour excellency majesty highness ' +
    // French "Pr" (professeur) as written before a name: "le Pr Casanova" ("PR", public relations, is read as an acronym first).
    'm mme mlle me mgr pr président présidente ministre premier première porte-parole maire secrétaire général directeur ' +
    'directrice député députée sénateur sénatrice patron patronne chef dirigeant juge ' +
    // the ministries of French titles, capitalised there: "le ministre de l'Intérieur Gérald Darmanin"
    'intérieur économie economie finances santé éducation affaires étrangères armées écologie ' +
    'herr frau bundeskanzler kanzler kanzlerin bundeskanzlerin minister ministerin präsident präsidentin sprecher sprecherin ' +
    'señor señora sr sra presidente presidenta ministro ministra portavoz alcalde alcaldessa secretario ' +
    'signor signora sig dott ministro sindaco portavoce senhor senhora prefeito ' +
    'de heer mevrouw dhr mevr burgemeester premier woordvoerder ' +
    // Spanish, Italian, Portuguese and Dutch offices written before a name: "la diputada Ana Pastor", "Kamerlid Pieter Omtzigt".
    'diputado diputada senador senadora vicepresidente vicepresidenta consejero consejera delegado delegada líder ' +
    'deputato deputata senatore senatrice segretario segretaria assessore governatore premier onorevole ' +
    'deputado deputada governador governadora prefeita vereador vereadora ' +
    'kamerlid fractievoorzitter staatssecretaris wethouder voorzitter hoogleraar gedeputeerde').split(' '),
);

// Courtesy titles, which say no role ("Dr", "Mrs"), and the short forms of offices ("Sen", "Rep").
const COURTESY_WORDS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|M|Mme|Mlle|Herr|Frau|Sr|Sra';
const OFFICE_WORDS = 'Sen|Rep|Gov';
export const COURTESY_TITLE = new RegExp(`^(?:${COURTESY_WORDS})\\.?$`, 'u');
// Courtesy titles written before a surname alone ("Mme Calvo"), with French "Mgr" and "Me" ("Mgr Barbarin", "Me Dupond-Moretti");
// not "M.", which is also a middle initial ("Harry M. Reid"), nor "Sir" and "Dame", which come before a first name.
const TITLE_BEFORE_SURNAME = new RegExp(`^(?!(?:M|Sir|Dame)\\.?$)(?:${COURTESY_WORDS}|Mgr|Me|Pr)\\.?$`, 'u');
// Titles of the peerage, which open a name as courtesy titles do: "Lord Falconer", "Baroness Scotland".
export const PEER_WORDS = 'Lord|Lady|Baroness|Baron|Earl|Viscount';
const PEER_TITLE = new RegExp(`^(?:${PEER_WORDS})$`, 'u');
// Offices "Lord" opens, which name no peer: "the Lord Chancellor, Lord Falconer", "the Lord Mayor".
const LORD_OFFICE = /^(?:Chancellor|Chief|Mayor|Advocate|Speaker|Justice|Justices|Provost|Lieutenant|President|Chamberlain|Privy|Protector|Lords)$/u;
// The style before "Justice" and a judge's surname: "Mr Justice Bright", "Lady Justice Hale".
const JUDGE_STYLE = /^(?:Mr|Mrs|Ms|Lord|Lady)$/u;
export const SHORT_OFFICE = new RegExp(`^(?:${OFFICE_WORDS})\\.?$`, 'u');
// Honorifics that are always followed by a surname.
const HONORIFIC = new RegExp(`^(?:${COURTESY_WORDS}|${OFFICE_WORDS})\\.?$`, 'u');

// Lower-case particles allowed inside a name: "Ursula von der Leyen", "Charles de Gaulle".
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'los', 'las']);

const CAP_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

// One capitalised word of a name: initials, acronyms and a generation keep their dots ("F.", "U.S.", "Jr."), other
// words may not end in one, so a run never crosses a sentence end ("… Merkel. Scholz …").
const TOKEN = "(?:(?:\\p{Lu}\\.)+|(?:Jr|Sr)\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
// A name's particles in lower case, between its capitalised words, for the patterns that read a name set off by commas:
// "Luis de Guindos", "Iván Espinosa de los Monteros", "Ursula von der Leyen".
export const NAME_PARTICLE_WORDS = '(?:(?:de|del|della|di|da|do|dos|la|los|las|van|von|(?<=[Vv][ao]n\\s+)der|den)\\s+){0,2}'; // ("der" as JOIN reads it)
// "Of the" as Italian, Spanish and Portuguese contract it, and Italian "to the", before what a title is of or for: "il sindaco
// della città", "o ministro do Trabalho", "l'assessora ai Trasporti". The patterns that read a title's complement share them.
export const OF_THE_CONTRACTED = 'del|della|dello|dei|degli|delle|do|dos|das';
export const TO_THE_ITALIAN = 'ai|al|alla|allo|agli|alle';
// Arabic surnames keep their article: "Anwar al-Awlaki", "Bashar al-Assad", "Abdel Fattah el-Sisi".
// Never across a line break: "X.\n\nTrump" is a share button's letter, then a paragraph.
// (Portuguese "do" and Italian "della" too: "Maria do Rosário Palma Ramalho", Spanish "de los": "Iván Espinosa de los Monteros";
// never German "das", an article before a noun, nor "von den", "from the": "Robert Habeck von den Grünen"; "der" only after "von" or
// "van", elsewhere an article: "sagte Scholz der Deutschen Presse-Agentur".)
const JOIN = '[^\\S\\n]+(?!von[^\\S\\n]+den[^\\S\\n])(?:(?:de|da|do|dos|van|von|(?<=[Vv][ao]n[^\\S\\n]+)der|den|ten|ter|del|della|di|du|al|bin|la|le|los|las)[^\\S\\n]+)*(?:(?:al|el)-(?=\\p{Lu}))?';
const TRAILING = new RegExp(`((?:${TOKEN}${JOIN})*${TOKEN})\\s*$`, 'u');
// A run starts at a word start: "UN. She" must not yield the run "N. She".
const START = "(?<![\\p{L}\\p{M}\\p{N}'’-])";
// Runs of one or more capitalised words (any mention); used with exec from a lastIndex set just
// before, never while another scan of it is open.
const MENTIONS = new RegExp(`${START}(?:${TOKEN}${JOIN})*${TOKEN}`, 'gu');

/** Tokens of a name-ish phrase: capitalised words joined by spaces (and particles between them). */
function isCapWord(w: string): boolean {
  if (w.startsWith('al-') || w.startsWith('el-')) return isCapWord(w.slice(3));
  // ASCII words are decided without the regex: its only ASCII members are letters and ' . -
  const first = w.charCodeAt(0);
  if (first >= 128) return CAP_WORD.test(w);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return CAP_WORD.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 46)) return false;
  }
  return true;
}

/**
 * The name inside a capitalised phrase: drops leading titles, acronyms ("U.S.") and stopwords,
 * and trailing possessives. Returns '' when nothing name-like is left.
 */
export function cleanName(phrase: string, isStopword: (w: string) => boolean): string {
  const office = OFFICE_OF_PLACE.exec(phrase);
  if (office) return office[1]!; // "the Archbishop of Canterbury"
  const bare = withoutPossessive(phrase);
  const words = spaceSeparated(bare);
  // A possessive names the organisation, not the person: "Atticus' David Slager", "Aston's Ulrich Bez".
  let owner = -1;
  for (let i = 0; i < words.length - 1; i++) if (endsLikePossessive(words[i]!) && /\p{L}(?:['’]s|[sS]['’])$/u.test(words[i]!)) owner = i; // also "PBS' Jacoba Atlas"
  let first = owner + 1;
  let end = words.length;
  // A courtesy title or a peer's inside the run opens the name: "Thursday Mr Blair", "Harrogate Mr Kennedy", "Wednesday Lord Woolf".
  for (let i = end - 2; i > first; i--) if (NAME_OPENING_TITLE.test(words[i]!)) { first = i; break; }
  // Post-nominal letters are no part of the name: "Paul Boateng MP", "Guy Mansfield QC"; a member for a place is no name ("the Glasgow Kelvin MP").
  while (end - first > 2 && POST_NOMINAL.test(words[end - 1]!)) {
    // (Unless a first name and a surname stand right before it: "Environmental Audit Committee Peter Ainsworth MP".)
    if (MEMBER_FOR.test(words[end - 1]!) && !isFirstName(words[first]!) && !(end - first >= 3 && isFirstName(words[end - 3]!))) return '';
    end--;
  }
  // A title that is also a surname closes a description when no first name is right before it: "the County Sheriff", "the Chief
  // Constable", "the Circuit Judge" (not "John Constable", "Mark Judge"; a courtesy title before it names the person: "Mr Judge").
  if (end - first > 1 && SURNAME_OFFICE.test(words[end - 1]!) && isCapWord(words[end - 2]!) && !isFirstName(words[end - 2]!) && !HONORIFIC.test(words[end - 2]!)) return '';
  // A judge's style before the surname is how the judge is named, as a peer's title is: "Mr Justice Bright", "Lady Justice Hale".
  const judge = end - 3 >= first && JUDGE_STYLE.test(words[end - 3]!) && words[end - 2] === 'Justice' && isCapWord(words[end - 1]!) ? end - 3 : -1;
  if (judge >= 0) return trimEndOf(joined(bare, words, judge, end), '.,;:', false);
  // A person's initials before the surname are the name's ("CBC Chairman G.K. Butterfield"), not an acronym; so is a peer's
  // title before the surname alone, the name peers go by ("Lord Falconer", "Baroness Scotland").
  while (first < end && isNotOfName(words[first]!, isStopword) && !(first === end - 2 && (isInitials(words[first]!) || (PEER_TITLE.test(words[first]!) && !LORD_OFFICE.test(words[end - 1]!)) || isShortFamilyName(words[first]!, words[end - 1]!)) && isCapWord(words[end - 1]!))) first++;
  // An acronym after an article is an organisation's name ("An IAAF statement said:"); alone it may describe a name after it.
  const acronym = first === end && words.length === 2 ? acronymAlone(bare) : null;
  if (acronym) return acronym;
  // An acronym and one word are a body's name together ("le syndicat MG France", "SOS Racisme"), not the word alone.
  // An acronym for a kind of body or a post is no part of it: "l'ONG Greenpeace", "the NGO Oxfam".
  if (end - first === 1 && first > 0 && /^\p{Lu}{2,5}$/u.test(words[first - 1]!) && !KIND_ACRONYM.test(words[first - 1]!)) first--;
  // A title inside the run ends a description before the name: "Senate Majority Leader Mitch McConnell".
  // So does one opening it before a first name and a surname: "Pastor Kevin Swanson".
  // A German title joined to the body it speaks for heads even a surname alone: "Human Rights Watch-Sprecher Malinowski".
  for (let i = end - 3; i >= first; i--) if (isTitleWord(words[i]!)) { first = i + 1; break; }
  // The title's complement after "van"/"of" is no part of the name: "Minister van Financiën Eelco Heinen" (whatever the first name;
  // the loop above has passed over the title and "van").
  if (first > 1 && end - first >= 3 && isTitleWord(words[first - 2]!) && OF_COMPLEMENT.test(words[first - 1]!) && isCapWord(words[first]!)) first++;
  // A courtesy title right before a surname alone ends what describes it: "à la radio RCF Lyon Mgr Barbarin" (a radio and its city).
  if (end - first >= 3 && TITLE_BEFORE_SURNAME.test(words[end - 2]!)) first = end - 1;
  if (end - first >= 3 && isJoinedGermanTitle(words[end - 2]!)) first = end - 1;
  first = atFirstName(words, first, end);
  // A nationality or a position before a person's first name and surname describes them: "American Serena Williams",
  // "Swede Joachim Johansson", "Fly-half Jonny Wilkinson" (not "American Enterprise Institute").
  if (end - first >= 3 && DESCRIBING_WORD.test(words[first]!) && !isOrganisation(words.slice(first + 1, end).join(' ')) && !isTitleWord(words[end - 1]!.replace(/^(?:Co|Vice)-/u, ''))) first++;
  // A surname that is also a title word after an honorific: "Mr. King", "Mrs. Bishop".
  if (first === end && end >= 2 && HONORIFIC.test(words[end - 2]!) && isCapWord(words[end - 1]!)) first = end - 1;
  end = beforeAffiliation(words, first, end);
  // Not the surname of a first name and a surname: "England sevens coach Mike Friday".
  while (end > first && (PARTICLES.has(words[end - 1]!) || (DAY_OR_MONTH.has(words[end - 1]!) && !(end - first === 2 && isFirstName(words[first]!))))) end--;
  // A body's generic name keeps the words that say whose it is: "US Embassy", "the US Trade Representative's Office"; a body of
  // several words its owner's possessive ("Brazil's Air Force", "Britain's Royal Navy"; a person after it does not: "Aston's
  // Ulrich Bez").
  if (first > 0 && ORG_LAST.has(words[end - 1]!.toLowerCase())) {
    if (end - first === 1) while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!) && !/^(?:The|A|An)$/u.test(words[first - 1]!)) first--;
    else if (first === owner + 1) first = owner;
  }
  // A run closed by an office describes someone: "Conservative Party Co-Chairman" (other title words may be surnames: "Amy Pope", "Bruno Le Maire").
  if (end - first > 1 && CLOSING_OFFICE.test(words[end - 1]!)) return '';
  // A run cut at a title's dot is no name: "South Carolina Gov" of "South Carolina Gov. Jim Hodges".
  if (first === end || !isCapWord(words[end - 1]!) || ABBREVIATED_TITLE.test(words[end - 1]!)) return '';
  // "The Republicans", "Californians": a plural of members, no name; not after an honorific ("Mr Burgmans").
  // So is a nation's side: "the Chinese said".
  if (end - first === 1 && (PARTY_MEMBER.test(words[first]!) || NATION_GROUP.test(words[first]!)) && !(first > 0 && HONORIFIC.test(words[first - 1]!))) return '';
  if (end - first === 1 && /^\p{Lu}{2,}s$/u.test(words[first]!)) return ''; // "The MPs found": a plural, no name
  if (end - first === 1 && LONE_ARTICLE.test(words[first]!)) return ''; // "Le communiste Pierre Dharréville…": an article is no name
  return trimEndOf(joined(bare, words, first, end), '.,;:', false);
}

/**
 * Where a person's name ends when French "de"/"du"/"des" and a body's name of two words or more follow it, the place they
 * work: "Daniel Byman de la Brookings Institution" → "Daniel Byman"; a particle before one word is the name's ("François de Rugy").
 * Dutch and German "van"/"von" after a surname likewise: "Sigrid Kaag van Financiën" → "Sigrid Kaag".
 */
function beforeAffiliation(words: string[], first: number, end: number): number {
  // A party or body's acronym after "of" is where the person works, never a particle's surname: "Pieter Omtzigt van NSC".
  if (end - first >= 4 && /^(?:van|von|de|du|di|da|do|del)$/u.test(words[end - 2]!) && /^\p{Lu}{2,6}$/u.test(words[end - 1]!)) return end - 2;
  // A name holds one particle group ("Ludwig van Beethoven", "Hugo de Jonge"): "van" after a surname opens the office's place,
  // "minister Hugo de Jonge van Volkshuisvesting", "Sigrid Kaag van Financiën" (not a middle name: "Johann Wolfgang von Goethe").
  for (let p = first + 2; p < end - 1; p++) {
    const surname = words[p - 1]!;
    if (/^(?:van|von)$/u.test(words[p]!) && isCapWord(words[p + 1]!) && isCapWord(surname) && !PARTICLES.has(surname.toLowerCase()) && !isFirstName(surname)) return p;
  }
  if (end - first < 5 || !isFirstName(words[first]!)) return end;
  for (let p = first + 2; p < end - 2; p++) {
    if (!/^(?:de|du|des)$/u.test(words[p]!)) continue;
    // (Spanish "de los", "de las" are a surname's particles: "Iván Espinosa de los Monteros".)
    if (/^(?:los|las)$/u.test(words[p + 1]!)) continue;
    const body = words[p + 1] === 'la' ? p + 2 : p + 1;
    if (end - body >= 2) return p;
  }
  return end;
}

const KIND_ACRONYM = /^(?:ONG|NGO|PDG|CEO|DG|DRH|MP|MEP|AM|MSP|QC|PM)$/u;

// An office held for a place or a cause, which names its one holder: "The Archbishop of Canterbury", "the Duke of Edinburgh",
// "The United Nations High Commissioner for Human Rights".
export const OFFICE_OF_PLACE = /^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?(?:Archbishop|Bishop|Duke|Duchess|Earl|Dean|Commissioner|Rapporteur|Envoy|Ombudsman)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}?)\s*$/u;
// Offices that are never surnames, capitalised before a name: "Policy Minister Heizo Takenaka", "Party Co-Chairman".
const OFFICE_WORDS_NO_SURNAME = 'Chairman|Chairwoman|Secretary|Minister|Spokesman|Spokeswoman|Spokesperson|Director|President|Commissioner|Ambassador|Treasurer';
// Offices that are also surnames: "Sheriff", "Constable", "Judge", "Bishop".
const SURNAME_OFFICE = /^(?:Sheriff|Constable|Judge|Bishop)$/u;
// With the other titles that are no surname, they close a description, never a name: "the Ohio Governor said", "the House Minority
// Leader said".
export const OFFICES_NO_SURNAME = `${OFFICE_WORDS_NO_SURNAME}|Governor|Leader|Senator|Congressman|Congresswoman|Representative|Mayor|Justice|Chief|Chair|General|Commander|Superintendent|Prosecutor`;
const CLOSING_OFFICE = new RegExp(`^(?:(?:Co|Vice)-)?(?:${OFFICES_NO_SURNAME})$`, 'u');
const LONE_ARTICLE = /^(?:The|Le|La|Les|L['’]|Der|Die|Das|Den|Dem|El|Los|Las|Il|Lo|Gli|Het)$/u;
// The courtesy titles and a peer's, but not "M" nor "Sr", which are also a middle initial and "Senior": "John M. Smith".
const NAME_OPENING_TITLE = new RegExp(`^(?:${COURTESY_WORDS.split('|').filter((w) => w !== 'M' && w !== 'Sr').join('|')}|Lord|Lady|Baroness)\\.?$`, 'u');
const POST_NOMINAL = /^(?:MP|MSP|MEP|AM|QC|KC|OBE|MBE|CBE|KBE|PhD)$/u;
const MEMBER_FOR = /^(?:MP|MSP|MEP|AM)$/u;
// Nouns for someone from somewhere, which describe a person and never name one: "Spaniard Guillermo Garcia-Lopez", "the Frenchman".
export const DEMONYM_NOUNS =
  'Spaniard|Swede|Briton|Frenchman|Frenchwoman|Dane|Scot|Scotsman|Welshman|Irishman|Englishman|Dutchman|Finn|Pole|Turk|Kiwi|Aussie|Swiss|Greek|Czech|' +
  'Argentine|Filipino|Filipina|Iraqi|Israeli|Pakistani|Saudi|Thai|Kuwaiti|Qatari|Yemeni|Somali|Bangladeshi|Nepali|Uzbek|Kazakh|Croat|Serb|Slovak|' +
  'Slovene|Cypriot|Emirati|Omani|Bahraini|Azeri|Icelander|Basque';
// A party's or a cause's member, who describes a person as a demonym does: "the Conservative said", "the Brexiteer" (the -an and
// -crat ones, "Republican", "Democrat", DEMONYM_AT_END reads by their ending).
export const PARTY_NOUNS = 'Conservative|Tory|Brexiteer|Remainer|Liberal|Socialist|Communist|Unionist|Nationalist|Loyalist';
// A nation's adjective standing for its people or its side: "the British said", "the Chinese", "the Israelis", never a person's name
// alone (not "the Swiss", which sport writes for one player, nor the surnames French, English, Welsh and Irish: "“…,” French said").
export const NATION_GROUP_WORDS =
  'British|Dutch|Scottish|Chinese|Japanese|Vietnamese|Portuguese|Lebanese|Taiwanese|Spanish|Danish|Swedish|' +
  'Finnish|Polish|Turkish|Israelis|Iraqis|Pakistanis|Saudis|Afghans|Kurds|Serbs|Croats|Greeks|Turks|Poles|Danes|Swedes|Finns';
const NATION_GROUP = new RegExp(`^(?:${NATION_GROUP_WORDS})$`, 'u');
const DESCRIBING_WORD = new RegExp(
  '^(?:American|British|Australian|Canadian|Mexican|German|Russian|Italian|Brazilian|Argentine|Argentinian|Chilean|Colombian|Indian|Pakistani|' +
    'Chinese|Japanese|Korean|Spanish|French|Irish|Scottish|Welsh|English|Swedish|Danish|Norwegian|Finnish|Dutch|Belgian|Swiss|Austrian|Polish|' +
    'Czech|Greek|Turkish|Israeli|Iranian|Iraqi|Syrian|Egyptian|Nigerian|Kenyan|Ethiopian|Moroccan|Ukrainian|Serbian|Croatian|Portuguese|' +
    `${DEMONYM_NOUNS}|` +
    'Fly-half|Scrum-half|Full-back|Team-mate|Teammate|Club-mate|Running-mate|Flanker|Prop|Hooker|Centre|Wing|Lock|Tory|Labour|Conservative|Liberal|Democrat|Republican|' +
    // An occupation opening a sentence, capitalised there: "Activist Ireen Harlass", "Blogger Jo Lam" (a known first name after it is found anyway).
    'Activist|Blogger|Author|Novelist|Writer|Poet|Artist|Photographer|Filmmaker|Scientist|Researcher|Nurse|Teacher|Student|Rapper|Songwriter|' +
    'Musician|Guitarist|Comedian|Journalist|Reporter|Entrepreneur|Designer|Architect|Engineer|Historian|Psychologist|Campaigner|Protester|' +
    // French nationals and townspeople, capitalised as nouns: "le Portugais Joao Vale de Almeida", "le Français Michel Besse".
    'Français|Française|Allemand|Allemande|Américain|Américaine|Britannique|Italien|Italienne|Espagnol|Espagnole|Portugais|Portugaise|' +
    'Suisse|Belge|Canadien|Canadienne|Russe|Chinois|Chinoise|Japonais|Japonaise|Anglais|Anglaise|Néerlandais|Néerlandaise|Grec|Grecque|' +
    'Turc|Turque|Iranien|Iranienne|Israélien|Israélienne|Marocain|Marocaine|Algérien|Algérienne|Tunisien|Tunisienne|Sénégalais|Sénégalaise|' +
    'Brésilien|Brésilienne|Mexicain|Mexicaine|Ukrainien|Ukrainienne|Polonais|Polonaise|Autrichien|Autrichienne|Suédois|Suédoise|' +
    'Irlandais|Irlandaise|Écossais|Écossaise|Australien|Australienne|Libanais|Libanaise|Syrien|Syrienne|Égyptien|Égyptienne|' +
    'Parisien|Parisienne|Lyonnais|Lyonnaise|Marseillais|Marseillaise)$',
  'u',
);

// "of" between a title and its complement, in the languages that write a capitalised title before the name.
export const OF_COMPLEMENT = /^(?:van|of|for|de|del|di|da|do)$/u;

/**
 * Where the name starts when a description of capitalised words comes before a first name:
 * "Political Affairs Wendy Sherman", "Kentuckian Rand Paul" start at the first name. Only when no
 * word before it is a first name ("Hillary Rodham Clinton" keeps its words) and a surname follows.
 */
function atFirstName(words: string[], first: number, end: number): number {
  // "Le" of "Marine Le Pen" is a particle of the surname, though a first name elsewhere.
  for (let i = first; i < end - 1; i++) if (isFirstName(words[i]!) && !PARTICLES.has(words[i]!.toLowerCase())) return i;
  return first;
}

/**
 * The acronym a phrase is, perhaps after an article ("LSE", "An IAAF", "the ACU"), or null: an organisation's
 * name ("M&S" too). A bare acronym is one only where it stands alone before a verb; in a run of words it may describe a
 * name after it ("CBS moderator Nancy Cordes"), so cleanName takes it only after an article.
 */
export function acronymAlone(phrase: string): string | null {
  const acronym = /^\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(\p{Lu}{2,5}|\p{Lu}{1,2}&\p{Lu}{1,2})\s*$/u.exec(phrase)?.[1] ?? null; // also "M&S", "B&B"
  // A person's letters are no organisation: "the MP said" is a member of parliament, never one called "MP".
  return acronym && !POST_NOMINAL.test(acronym) && !PERSON_LETTERS.test(acronym) ? acronym : null;
}

// Letters, besides those written after a name (POST_NOMINAL), that stand for a person's post or trade, not a body: a head of
// government, a prosecutor, the head of a firm, a DJ, a GP.
const PERSON_LETTERS = /^(?:MLA|TD|PM|FM|DA|AG|CEO|CFO|COO|CTO|VP|DJ|GP|MC)$/u;

/** A first name of the lexicon, of either gender ("Bill", "Wendy"). */
export const isFirstName = (w: string): boolean => firstNameGender(w) !== null; // also a compound: "Eva-Marie"

/** words[first..end) joined by spaces: a slice of `text` when they are single-spaced there already (no copying). */
function joined(text: string, words: string[], first: number, end: number): string {
  if (end - first === 1) return words[first]!;
  let length = words.length - 1;
  for (const w of words) length += w.length;
  // Otherwise there are runs of spaces or spaces at the ends.
  if (length !== text.length) return words.slice(first, end).join(' ');
  let from = 0;
  for (let i = 0; i < first; i++) from += words[i]!.length + 1;
  let to = from + words[first]!.length;
  for (let i = first + 1; i < end; i++) {
    if (text.charCodeAt(to) !== 32) return words.slice(first, end).join(' '); // a tab, line break or no-break space
    to += 1 + words[i]!.length;
  }
  return text.slice(from, to);
}

/** A capitalised title word: "Leader", "Speaker", "Gen.", German compounds "Innenminister", "SPD-Chef". */
export function isTitleWord(w: string): boolean {
  return /^\p{Lu}/u.test(w) && (TITLES.has(w.replace(/\.$/u, '').toLowerCase()) || GERMAN_COMPOUND_TITLE.test(w) || DUTCH_COMPOUND_TITLE.test(w));
}
// Dutch joins a title to what it heads too: "Oppositieleider Frans Timmermans", "VVD-leider Dilan Yeşilgöz", "Fractievoorzitter".
const DUTCH_COMPOUND_TITLE = /^\p{Lu}[\p{L}-]{2,}(?:leider|voorzitter|voorzitster|woordvoerder|woordvoerster|secretaris|burgemeester|bondscoach|directeur|kamerlid|lijsttrekker)$/u;
/** Whether a word ends a sentence: a dot after anything but an abbreviation, a title or initials ("Trump." of "…Trump. Sen. Ted Cruz", not "U.S."). */
export const endsSentence = (w: string): boolean => w.endsWith('.') && !endsWithAbbreviation(w) && !isTitleWord(w) && !/^(?:\p{Lu}\.)+$/u.test(w);
// German writes a title and what it heads as one word: "Innenminister", "Ministerpräsidentin", "SPD-Chef", "Bundestagsabgeordneter".
export const GERMAN_COMPOUND_TITLE = /^(?:\p{Lu}[\p{L}-]*)?(?:[Mm]inister|[Mm]inisterin|[Pp]räsident|[Pp]räsidentin|[Ss]precher|[Ss]precherin|[Cc]hef|[Cc]hefin|[Kk]anzler|[Kk]anzlerin|[Vv]orsitzende|[Vv]orsitzender|[Aa]bgeordnete|[Aa]bgeordneter|[Bb]ürgermeister|[Bb]ürgermeisterin|[Pp]olitiker|[Pp]olitikerin|[Ss]taatsanwalt|[Ss]taatsanwältin|[Gg]eschäftsführer|[Gg]eschäftsführerin|[Rr]ichterin|richter|[Dd]irektor|[Dd]irektorin|[Ll]eiterin|leiter|[Aa]nwältin|anwalt|[Tt]rainer|[Tt]rainerin|[Bb]otschafter|[Bb]otschafterin|[Ss]enatorin|[Kk]ommissar|[Kk]ommissarin|[Vv]ertreterin|[Vv]orstand|[Vv]orständin|[Ss]tudent|[Ss]tudentin|[Ss]chülerin|[Aa]utor|[Aa]utorin|[Jj]ournalist|[Jj]ournalistin|[Pp]rofessorin|[Ee]xperte|[Ee]xpertin|[Ww]issenschaftler|[Ww]issenschaftlerin|[Ss]chauspieler|[Ss]chauspielerin|[Ss]ängerin|[Ää]rztin|[Mm]itarbeiter|[Mm]itarbeiterin|[Gg]ründer|[Gg]ründerin|[Aa]ktivist|[Aa]ktivistin|[Bb]loggerin|[Kk]andidat|[Kk]andidatin|[Ff]unktionär|[Ff]unktionärin|[Gg]eneralsekretär|[Gg]eneralsekretärin|[Ss]ekretär|[Ss]ekretärin|[Ll]andrat|[Ll]andrätin|[Ss]enator|[Kk]apitän|[Kk]apitänin|[Ss]pieler|[Ss]pielerin|[Ss]türmer|[Ss]türmerin|[Tt]orwart|[Tt]orhüter|[Mm]anager|[Mm]anagerin|[Bb]ischof|[Pp]farrer|[Pp]farrerin)$/u;
// A German compound naming the kind of body before its name, perhaps in the genitive: "des Fernsehsenders ProSieben", "der Konzern Siemens".
const GERMAN_COMPOUND_BODY = /^\p{Lu}[\p{L}-]*(?:[Ss]enders?|[Kk]onzerns?|[Vv]erbands?|[Vv]ereins?)$/u;

/** A German title joined by a hyphen to the body it speaks for: "Watch-Sprecher", "SPD-Chef". */
const isJoinedGermanTitle = (w: string) => w.includes('-') && GERMAN_COMPOUND_TITLE.test(w);

/** A leading word that belongs to a title or description, not to the name. */
function isNotOfName(w: string, isStopword: (w: string) => boolean): boolean {
  if (isFirstName(w) || w === 'New' || isLoneFamilyName(w)) return false; // "Bill" is in English stopword lists; "New York", "New Jersey"; "Li said"
  const lower = w.toLowerCase();
  const key = w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1).toLowerCase() : lower; // without a final dot
  return TITLES.has(key) || GERMAN_COMPOUND_TITLE.test(w) || DUTCH_COMPOUND_TITLE.test(w) || GERMAN_COMPOUND_BODY.test(w) || DOTTED_TITLE.test(w) || isAcronym(w) || isStopword(lower) || PARTICLES.has(w) || isPartyMembers(w) || LOWER_COMPOUND.test(w) || ELIDED_COMMON_WORD.test(w) || CONTRACTED_PRONOUN.test(w);
}
// A pronoun and a verb contracted, capitalised as "I" always is: "I’ve", "I'm", "We’re" (never a name).
const CONTRACTED_PRONOUN = /^(?:I|You|We|They|He|She|It)['’](?:ve|m|re|ll|d|s)$/u;
// A common word after an elided article or preposition, capitalised only where it opens a sentence: "L'actrice Line Renaud", "D'après
// Météo France", "L'occasion" (never "L'Oréal" or "D'Alema").
const ELIDED_COMMON_WORD = /^(?:[LlDd]|[Qq]u)['’]\p{Ll}/u;
// A compound of common words, capitalised only where it opens a sentence: "Man-of-the-match Duff".
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+){2,}$/u;
// "Republicans Jolly of Indian Shores and DeSantis…": members of a party, plural, describe the names after them.
const isPartyMembers = (w: string) => w.endsWith('s') && PARTY_MEMBER.test(w);
// "Six in 10 Republican said": a party member alone describes someone, never names them.
// …and people from somewhere, plural: "The vast majority of Americans say" (never "Evans").
// Also French: "le président des Républicains Christian Jacob" is Christian Jacob.
// (Never a Dutch or Flemish surname in "-mans": "Timmermans", "Hermans"; the plurals in "-mans" are a few peoples.)
export const PARTY_MEMBER = /^(?:(?:Republican|Democrat|Democratic|Républicain|Socialiste|Démocrate|Écologiste)s?|Germans|Romans|Normans|(?!\p{Lu}\p{Ll}*mans$)\p{Lu}\p{Ll}{3,}(?:ans|ians))$/u;
// A day or month after a name is the date of what they did ("Pence Thursday", "West Palm Beach
// Tuesday"); "April", "May", "June" and "August" are left out, as they are names too (Theresa May).
const NAME_MONTHS = new Set(['April', 'May', 'June', 'August']);
const DAY_OR_MONTH: ReadonlySet<string> = new Set([...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS.filter((m) => !NAME_MONTHS.has(m))]);
// Titles news abbreviates before a name, spelled out where the role stands alone ("Texas Sen. Ted Cruz" → "Texas Senator") or is
// named again ("Sen. Bernie Sanders… The senator").
const SPELLED_OUT: Readonly<Record<string, string>> = {
  Sen: 'Senator', Rep: 'Representative', Gov: 'Governor', Lt: 'Lieutenant', Rev: 'Reverend', Gen: 'General', Col: 'Colonel',
  Capt: 'Captain', Sgt: 'Sergeant', Adm: 'Admiral', Cmdr: 'Commander', Maj: 'Major', Supt: 'Superintendent', Atty: 'Attorney',
  Amb: 'Ambassador', Sec: 'Secretary', Prof: 'Professor', Insp: 'Inspector', Det: 'Detective',
};

/** A title word spelled out when news abbreviates it ("Sen." → "Senator"); other words as written. */
export function spelledOutTitle(word: string): string {
  return SPELLED_OUT[word.replace(/\.$/u, '')] ?? word;
}
// Abbreviated titles, which end no name.
const ABBREVIATED_TITLE = /^(?:Gov|Lt|Sen|Rep|Gen|Col|Sgt|Capt|Adm|Maj|Cmdr|Dr|Prof|Rev|Del|Supt|Insp|Mr|Mrs|Ms)\.?$/u;
// Titles that are a title only when abbreviated: "Del. Marcia Price" (a state delegate), not "Del Shannon".
const DOTTED_TITLE = /^Del\.$/u;

/** `phrase` without a final "'s"/"’s", as phrase.replace(/['’]s$/u, ''). */
function withoutPossessive(phrase: string): string {
  const n = phrase.length;
  const apostrophe = phrase.charCodeAt(n - 2);
  return n >= 2 && phrase.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019) ? phrase.slice(0, -2) : phrase;
}

/** The words of `s`, as s.split(/\s+/).filter(Boolean) but without the regex and the empty strings. */
function spaceSeparated(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceUnit(s.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

// Cheap test before the possessive regex: a possessive ends in s, ' or ’.
const endsLikePossessive = (w: string) => {
  const c = w.charCodeAt(w.length - 1);
  return c === 115 || c === 39 || c === 0x2019;
};

// A word whose second character is a lower-case ASCII letter ("Donald") is no acronym: skip the regexes.
// Two or three initials with their dots ("G.K.", "J.C."); not the places and bodies news writes so ("U.S.", "D.C.", "U.N.").
const isInitials = (w: string) => /^(?:\p{Lu}\.){2,3}$/u.test(w) && !/^(?:U\.S\.|U\.K\.|U\.N\.|D\.C\.|E\.U\.|L\.A\.|N\.Y\.|N\.J\.|N\.C\.|S\.C\.|N\.H\.|U\.S\.A\.)$/u.test(w);
const isAcronym = (w: string) => {
  const second = w.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^(?:\p{Lu}\.){2,}$/u.test(w) || (/^\p{Lu}{2,}$/u.test(w) && w.length <= 4);
};

/** The capitalised phrase ending at the end of `s` (e.g. "… Interior Minister Ihor Klymenko"). */
export function trailingCapPhrase(s: string): string {
  const m = TRAILING.exec(s);
  return m ? m[1]! : '';
}

const ANYWHERE = new RegExp(`(?:${TOKEN}${JOIN})*${TOKEN}`, 'u');

/** The first capitalised phrase anywhere in `s` ("la sénatrice Blackburn dans une lettre" → "Blackburn"). */
export function firstCapPhrase(s: string): string {
  return ANYWHERE.exec(s)?.[0] ?? '';
}

// Last words of organisation, place and event names: "International Rugby Board", "Hopman Cup".
const ORG_LAST = new Set(
  ('board group council federation association union party bank ministry department office agency commission committee ' +
    'court exchange company corporation corp inc ltd plc llc university college institute school hospital times news post ' +
    'journal herald guardian telegraph service services organisation organization foundation trust fund cup league club ' +
    'championship championships open games awards festival museum police army navy force forces government parliament senate ' +
    'congress assembly administration authority authorities network channel radio television tv airlines airways motors ' +
    'house street square road avenue city county state states kingdom republic island islands river valley world ' +
    // Events and places people gather at, and more of the press: "Democratic National Convention", "World Trade Center", "National Review".
    'convention conference summit debate rally center centre coalition alliance institution review magazine tribune ' +
    'globe gazette chronicle examiner inquirer observer today weekly monitor studies ' +
    // French broadcasters: "France Inter", "France Info", "France Culture", "France Télévisions".
    'inter info culture télévision télévisions ' +
    // Bodies named for what they do: "Florida Democratic Black Caucus", "Alzheimer's Impact Movement", "Human Rights Watch".
    'caucus movement society initiative bureau watch project program programme academy ' +
    // Companies named for their founder, by their trade: "Dick Clark Productions", "Walt Disney Studios", "Warner Bros. Pictures".
    'productions studios records pictures films entertainment holdings ' +
    // Buildings: "Trump Tower", "Capitol Building", "Madison Square Garden Arena".
    'tower towers plaza building stadium arena airport cathedral mosque mall palace industry industries petroleum express ' +
    // Departments and clubs named for what they cover or who they are: "Constitutional Affairs", "Manchester United", "Blackburn Rovers".
    'affairs united rovers wanderers athletic embassy consulate press ' +
    // Bodies of many members, in the plural: "Law Lords", "House of Commons", "Supreme Court Justices".
    'lords commons justices judges ' +
    // Agreements and laws: "Trans-Pacific Partnership", "Affordable Care Act", "Paris Agreement".
    'partnership agreement treaty act accord pact').split(' '),
);
// French and German bodies open with the kind of body: "Banque de France", "Conseil d'État", "Bundesamt für…".
const ORG_FIRST = new Set(['the', 'la', 'le', 'les', 'der', 'die', 'das', 'el', 'los', 'il', 'de', 'het',
  'banque', 'ministère', 'conseil', 'parti', 'syndicat', 'assemblée', 'société', 'agence', 'institut', 'université', 'tribunal', 'cour', 'préfecture', 'mairie', 'fédération', 'caisse', 'haute', 'haut', 'direction', 'office', 'centre', 'hôpital', 'lycée', 'collège', 'école', 'musée', 'théâtre', 'festival', 'observatoire', 'comité', 'commission',
  'bundesamt', 'bundesministerium', 'ministerium', 'landgericht', 'amtsgericht', 'bundesverfassungsgericht', 'universität', 'institut', 'verband', 'stiftung', 'partei', 'landesamt', 'bundesagentur']);

/** Whether a name ends in a word of bodies, places and events ("Washington Post", "Iowa State University", "Manchester United"). */
export function endsLikeBody(name: string): boolean {
  return ORG_LAST.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** True when a cleaned name looks like an organisation, place or event rather than a person. */
export function isOrganisation(name: string): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  // An acronym is an organisation's ("CNN Politics"); a generation after a person's surname is not one ("Joseph R. Murray II").
  return ORG_LAST.has(last) || ORG_FIRST.has(words[0]!.toLowerCase()) || words.some((w, i) => /^\p{Lu}{2,}$/u.test(w) && !isGeneration(words, i));
}

// A generation after a surname: "Joseph R. Murray II", "Martin Luther King Jr.".
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/** Whether word `i` of a name is a generation after its surname (the last word, after a first name and a surname at least). */
export function isGeneration(words: readonly string[], i: number): boolean {
  return i === words.length - 1 && i >= 2 && GENERATION.test(words[i]!);
}

/**
 * Two or more capitalised words, none a function word ("N. She"), not an organisation. `titled`: a
 * title stands before the name, which makes a lone word that looks like a plural of people a surname
 * ("Mr Evans", "Ms Deans"; no one writes "Mr Americans").
 */
export function isPersonLike(name: string, isStopword: (w: string) => boolean, titled = false): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1]!.toLowerCase().split('-');
  return (
    !isOrganisation(name) &&
    // A stopword may be a first name before a surname ("Bill Clinton", "Ed Rendell") or a family name before a given name
    // ("Li Deshui"); else it is no name's word.
    // A family name of two letters may close it: "Frank Hu", "Andrew Ng".
    !words.some((w, i) => (isStopword(w.toLowerCase()) && !isParticleOfName(words, i, titled) && !(i > 0 && CONTRACTION_STEM.test(w)) && !(i < words.length - 1 && (isFirstName(w) || isShortFamilyName(w, words[i + 1]!))) && !(i > 0 && i === words.length - 1 && isTwoLetterFamilyName(w)) && !isGeneration(words, i)) || ORG_LAST.has(w.toLowerCase())) && // "Conservative Party Co-Chairman"
    // A title word after a particle is a surname: "Bruno Le Maire"; so is one that is a usual surname after a first name: "Billie Jean King".
    !(TITLES.has(last[last.length - 1]!) && !(words.length > 2 && PARTICLES.has(words[words.length - 2]!.toLowerCase())) && !isSurnameAfterFirstName(words)) &&
    !(isGroupOfPeople(words) && !(titled && words.length === 1)) &&
    !(words.length === 1 && DESCRIBING_WORD.test(words[0]!)) && // "The 55-year-old Frenchman told…"
    !isPlaceOrPhrase(words)
  );
}

// Stopwords only as what is left of a contraction ("won't", "don't"), capitalised after a name's first word a word of it: "Sung Won Sohn".
const CONTRACTION_STEM = /^(?:Won|Don|Ain|Shan)$/u;

// Title words that are also usual surnames: "Larry King", "Jeremy Bishop", "Mark Judge".
const SURNAME_TITLES = new Set(['King', 'Bishop', 'Judge', 'Prince', 'Pope', 'Chancellor', 'Coach', 'Head', 'Cardinal', 'Sheriff']);

/** A surname that is a title word, after a known first name and no other title: "Billie Jean King", not "Commerce Secretary". */
function isSurnameAfterFirstName(words: string[]): boolean {
  return words.length <= 3 && isFirstName(words[0]!) && SURNAME_TITLES.has(words[words.length - 1]!) && !words.slice(0, -1).some((w) => TITLES.has(w.toLowerCase()));
}

// Words that open a place's name: "San Jose", "Fort Worth", "Chez Vachon", "North Carolina", "New Hampshire", "Northern Ireland".
export const PLACE_OPENING = /^(?:San|Santa|Los|Las|Fort|Port|Mount|Chez|North|South|East|West|New|Northern|Southern|Eastern|Western)$/u;

/** A place, or a headline's words opened by a gerund ("Electing Obama") that is no first name ("Channing"). */
function isPlaceOrPhrase(words: string[]): boolean {
  if (words.length < 2) return false;
  return PLACE_OPENING.test(words[0]!) || (/^\p{Lu}\p{Ll}{3,}ing$/u.test(words[0]!) && !isFirstName(words[0]!));
}

/**
 * Whether words[i] is a particle of a person's surname, not a function word: capitalised inside the
 * name ("Bruno Le Maire", "Robert De Niro"), or lower-case after a known first name ("Ursula von der
 * Leyen"), or after any first word when the text treats the words as a person's (`titled`: a title, a role set off, the
 * subject of a verb of saying: "Dominique de Villepin a dénoncé…"); "Dépêche du Midi" and "Tour de France" stay no one's name.
 */
function isParticleOfName(words: string[], i: number, titled = false): boolean {
  if (i === 0 || i === words.length - 1 || !PARTICLES.has(words[i]!.toLowerCase())) return false;
  return /^\p{Lu}/u.test(words[i]!) || isFirstName(words[0]!) || titled;
}

/** "African Americans", "Cuban Americans": a plural of people from somewhere, unless a first name opens it ("Randy Evans"). */
function isGroupOfPeople(words: string[]): boolean {
  if (words.some(isFirstName)) return false;
  // "American Muslims", "British Jews": people from somewhere, plural.
  return /\p{Ll}ans$/u.test(words[words.length - 1]!) || (words.length === 2 && /(?:an|ish|ese|ic)$/u.test(words[0]!) && /\p{Ll}s$/u.test(words[1]!));
}

/**
 * Index of the last sentence end in `s`, -1 if none; `end` is a sticky pattern that starts with the
 * terminator (. ! ?). Searched backwards: a match never contains the start of another (it continues
 * with marks and spaces only), so the last one is the last position it matches at, and no break is
 * rescanned to the end as a /END(?![\s\S]*END)/ search would.
 */
export function lastSentenceEnd(s: string, end: RegExp): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    end.lastIndex = i;
    if (end.test(s)) return i;
  }
  return -1;
}

/** Every capitalised run of `text` (a name, a place, an organisation or a sentence's first word). */
export function capitalisedRuns(text: string): RegExpExecArray[] {
  return allMatches(MENTIONS, text);
}

/** Every match of a global regex in `s`, like [...s.matchAll(re)] but without the iterator (faster). */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

// The nouns of roles people hold, alone or for someone ("Obama consultant", "a spokesman for Yukos", "Concord resident").
export const ROLE_NOUNS = 'spokes(?:man|woman|person)|minister|president|boss|secretary|senator|governor|mayor|director|chief|chairman|chairwoman|chair|leader|head|adviser|advisor|aide|professor|lawyer|attorney|counsel|controller|officer|official|ambassador|envoy|negotiator|mediator|manager|strategist|analyst|economist|founder|executive|ceo|editor|writer|reporter|correspondent|commissioner|judge|member|candidate|nominee|representative|congressman|congresswoman|coach|captain|general|consultant|pollster|surrogate|supporter|ally|staffer|deputy|delegate|activist|organizer|organiser|volunteer|historian|researcher|scholar|expert|author|politician|campaigner|columnist|commentator|critic|host|pastor|rabbi|veteran|voter|resident|student';
// Lower-case words after a capitalised run, the last a role word, then a name: "Idaho nutritional-supplement executive Frank…",
// "said Concord resident Whit Symms", "said Oversight ranking Democrat Elijah Cummings" (a seat on a body).
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUNS}|native|ranking)$`, 'u');
// Words that join a name to what follows it without describing it: "said Obama in Ohio", "said Smith and Jones".
const FUNCTION_WORD = /^(?:in|on|at|to|from|with|by|for|of|and|or|but|after|before|during|while|when|as|about|into|over|under|than|that|who|which|whose|the|a|an|is|was|were|are|has|had|have|said|says|told|added|last|this|next|then|also|again)$/u;
const ROLE_BEFORE_NAME = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}+)\s+\p{Lu}/u;
const PREPOSITION_FIRST = /^\s+(?:to|for|with|at|in|on|from|by|about|against|alongside|beside|near|toward|towards)\s/u;

// "and", capitalised words, one a title, then a name: "… and Fiscal Policy Minister Heizo Takenaka".
const TITLE_AFTER_AND = new RegExp(`^\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)*?(?:${OFFICE_WORDS_NO_SURNAME}|Chief)\\s+\\p{Lu}`, 'u');

/**
 * Whether the lower-case words between two capitalised runs describe the second ("Ulster man Humphreys", "Spanish
 * teenager Nadal"), rather than open a phrase ("from anti-virus firm Sophos", "sur son compte Facebook", "in Ohio").
 */
function isNounBeforeName(gap: string, isStopword: (w: string) => boolean): boolean {
  const words = gap.trim().split(/\s+/u).slice(0, -1); // without the capitalised word after the gap
  // A particle joins the words of one name: "Khaled ben Qarar al-Harbi".
  return words.every((w) => PERSON_WORD.test(w) || !(FUNCTION_WORD.test(w) || isStopword(w) || PARTICLES.has(w) || w === 'ben')) && !/ly$/u.test(words[words.length - 1]!);
}
// Nouns for a person that stopword lists hold.
const PERSON_WORD = /^(?:man|woman|men|women|boy|girl)$/u;

/**
 * The first capitalised run of `clause` that is a name rather than a description: one not followed
 * by a role word ("Wallabies coach Eddie Jones" → "Eddie Jones"). '' when none qualifies.
 */
export function leadingName(clause: string, isStopword: (w: string) => boolean): string {
  MENTIONS.lastIndex = 0; // exec rather than a matchAll iterator: this runs for most attributions
  for (let m = MENTIONS.exec(clause); m; m = MENTIONS.exec(clause)) {
    const rest = clause.slice(m.index + m[0].length);
    const next = /^\s+([\p{L}-]+)/u.exec(rest)?.[1] ?? '';
    if (next && TITLES.has(next.toLowerCase()) && !PARTICLES.has(next)) continue; // "Bernard Sananès de l'institut…": Dutch "de" (heer) is in TITLES
    // "Air Force 1st Lt. Tyler Livingston": a service's name, then a rank opening on its ordinal.
    if (ORDINAL_RANK.test(rest)) continue;
    // "Economic and Fiscal Policy Minister Heizo Takenaka": the first words of a title joined by "and".
    if ((next === 'and' || next === '&') && TITLE_AFTER_AND.test(rest)) continue;
    // "Idaho nutritional-supplement executive Frank VanderSloot": a description whose role word comes before a name.
    // So is "Ulster man Humphreys", "Spanish teenager Nadal": any noun between the capitalised words and a name ("said Obama in Ohio" names Obama).
    const before = ROLE_BEFORE_NAME.exec(rest);
    const role = before?.[1];
    // (Not after a preposition: "said Mary Jones to radio host Tom Smith" names Mary Jones, who spoke to the host.)
    if (role && !PREPOSITION_FIRST.test(before[0]) && (isTitleOrRole(role) || isNounBeforeName(before[0], isStopword))) continue;
    // "said Bank of England governor Andrew Bailey", "University of Oxford professor Jane Green": a body's name holding "of", then a role.
    const ofBody = OF_BODY.exec(rest);
    const roleAfterBody = ofBody ? ROLE_BEFORE_NAME.exec(rest.slice(ofBody[0].length - 1))?.[1] : undefined;
    if (roleAfterBody && isTitleOrRole(roleAfterBody)) continue;
    const name = cleanName(m[0], isStopword);
    // A number right before the words is the title's own: "20 Minutes", "60 Millions de consommateurs", "10 Downing Street".
    const number = NUMBER_BEFORE.exec(clause.slice(0, m.index))?.[1];
    if (name) return number && m[0].startsWith(name) ? `${number} ${name}` : name;
  }
  return '';
}
const NUMBER_BEFORE = /(?:^|\s)(\d{1,3})\s+$/u;
const ORDINAL_RANK = /^\s+\d(?:st|nd|rd|th)\s+\p{Lu}[\p{L}.]*\s+\p{Lu}/u;
/** A lower-case word of a title or a role, before a name: "governor", "spokesman", "ranking". */
const isTitleOrRole = (word: string) => TITLES.has(word) || ROLE_WORD.test(word);
// "of" and the capitalised words of a body's name after it: " of England ", " of the Exchequer ".
const OF_BODY = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}/u;

// A sentence ends at . ! ? before a capital or an opening mark (not an initial: "John F. Kennedy"),
// or at a line break; a title's dot ends none (endsWithAbbreviation: "Sen. Marco Rubio").
// Scraped text often loses the space after a full stop ("…comme j'ai pu le lire".Sven Lelandais va…"):
// a stop right after a small letter, a digit or a closing mark, before a capitalised word (or a capital alone: "…dans la
// semaine.À Sagone"), ends a sentence too.
export const STOP_WITHOUT_SPACE = String.raw`(?<=[\p{Ll}\d"”»]|\p{Lu}{3})[.!?](?=\p{Lu}(?:\p{Ll}|\s))`;
// (The lookahead first lets the scan skip to the next stop or line break: the lookbehinds alone made it test every character.)
const SENTENCE_BREAK = new RegExp(String.raw`(?=[.!?\n])(?:(?<!(?:^|[^\p{L}])\p{Lu})[.!?]["”’»“]?\s+(?=["“‘«„]?\p{Lu})|${STOP_WITHOUT_SPACE}|\n)`, 'gu');

/** The sentence breaks of `s`, in order, leaving out a title's dot. */
function* sentenceBreaks(s: string): Generator<RegExpExecArray> {
  for (const m of s.matchAll(SENTENCE_BREAK)) if (m[0] === '\n' || !endsWithAbbreviation(s.slice(Math.max(0, m.index - 48), m.index + 1))) yield m;
}

/** Start of the sentence holding position `at`: just after the last . ! ? (and closing mark) or line break before it. */
export function lastSentenceStart(text: string, at: number): number {
  while (at > 0 && /\s/u.test(text[at - 1]!)) at--; // the blank line between paragraphs is no sentence
  const headStart = Math.max(0, at - 400);
  let start = headStart;
  for (const m of sentenceBreaks(text.slice(headStart, Math.max(headStart, at)))) start = headStart + m.index + m[0].length;
  // A list's bullet opening the line is no word of its sentence: "- Britain's Paula Radcliffe has also…".
  const bullet = start === 0 || text[start - 1] === '\n' ? LINE_BULLET.exec(text.slice(start, Math.min(at, start + 8))) : null;
  return bullet ? start + bullet[0].length : start;
}
const LINE_BULLET = /^[ \t]*[-–—•*][ \t]+/u;

/** A name written in capitals as a text writes it in mixed case: "TRUMP" → "Trump", "JOHN KASICH" → "John Kasich". */
export function mixedCase(capitals: string): string {
  return capitals.toLowerCase().replace(/(?:^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

/** The sentences of `s`, each with the spaces after it, in order (the same breaks as lastSentenceStart). */
export function sentencesOf(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of sentenceBreaks(s)) {
    const end = m.index + m[0].length;
    out.push(s.slice(start, end));
    start = end;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** Length of the first sentence of `s` (all of it when it has no sentence break). */
export function firstSentenceLength(s: string): number {
  const m = sentenceBreaks(s).next().value;
  return m ? m.index + 1 : s.length;
}
