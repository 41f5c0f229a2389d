// Nouns that stand for a person the article has named: "the senator said", "The Ohio governor added", "the billionaire business mogul".
// Posts whose holder a story names by the post, never guessed (resolve-speaker.ts, namedByPostOnly): a city's or a county's
// ("the councillor said" is whom it titled "Councillor Jane Doe" or "Cllr Tom Green"), a parliament's or a firm's by their
// letters ("the MP", "the CEO"), a town's or a church's ("the chief constable", "the headteacher", "the coroner", "the bishop"),
// a court's ("the judge", "the prosecutor", "the magistrate": a court report names the defendant first, whom a guess would pick).
export const POST_NOUNS =
  'councillor|councilman|councilwoman|alderman|alderwoman|MP|MSP|MEP|PM|FM|CEO|DJ|' +
  'chief constable|sheriff|coroner|headteacher|headmaster|headmistress|archbishop|bishop|superintendent|commissioner|' +
  'judge|magistrate|prosecutor';

export const PERSON_NOUNS =
  'senator|mayor|president|governor|secretary(?:\\s+of\\s+state)?|congressman|congresswoman|minister|chancellor|nominee|candidate|' +
  `${POST_NOUNS}|` +
  'spokesman|spokeswoman|spokesperson|chairman|chairwoman|businessman|businesswoman|mogul|magnate|billionaire|developer|' +
  'lawmaker|leader|front-?runner|host|anchor|speaker|first lady|actor|actress|comedian|neurosurgeon|diplomat|investor|' +
  'columnist|commentator|pundit|author|aide|adviser|advisor|Republican|Democrat|strategist|pollster|economist|analyst|professor|attorney|lawyer|activist|[0-9]+-year-old|' +
  // Sport and the arts: "said the Lions coach", "the youngster said", "said the Gloucester fly-half".
  'athlete|player|coach|manager|boss|striker|forward|midfielder|defender|winger|goalkeeper|keeper|skipper|captain|fly-half|scrum-half|full-back|flanker|youngster|teenager|veteran|singer|star|' +
  // Royals: "the prince called for Trump to drop out".
  'prince|princess|king|queen|monarch|pope|pontiff|' +
  // Offices more: "the Fed chair said", "the justice wrote", "said the Spurs sporting director", "the chief executive added".
  'chair|justice|director|chief executive|founder|champion';

// Someone's relations, English and French: "his sister, Jane Smith", "Trump's wife, Melania,", "une amie de Steve, Aliyah".
export const RELATION_NOUNS =
  'friend|sister|brother|mother|father|son|daughter|wife|husband|cousin|uncle|aunt|neighbour|neighbor|colleague|widow|widower|partner|girlfriend|boyfriend|fianc[ée]e?|' +
  'amie?|sœur|soeur|frère|mère|père|fille|fils|épouse|époux|mari|femme|cousine?|oncle|tante|voisine?|collègue';

// A noun that says a person by its form, one who does something: "teammate", "trainer", "publicist", "assistant", "employee"
// (singular or plural; not the things so formed: "letter", "answer", "committee"), and a few more people's nouns ("agent", "nurse").
export const AGENT_NOUN = String.raw`(?!(?:letter|answer|paper|order|number|error|power|matter|poster|banner|flyer|chapter|cover|corner|center|centre|counter|manner|water|computer|twitter|newsletter|committee|fee|degree|guarantee|restaurant|plant|grant|remainder|reminder|offer|border|disorder|register|monitor|motor|sector|factor|mirror|horror|humor|honor|favor|color|labor|behavior|rumor|fervor|tenor)s?(?![\p{L}]))(?:\p{Ll}[\p{Ll}-]*(?:er|or|ist|ant|mate|man|woman|ee)|agent|student|resident|client|parent|opponent|correspondent|constituent|surgeon|physio|nurse|coach|chef|pilot|bodyguard|nanny|deputy|spouse)s?`;

/**
 * A person noun at the end of a phrase, capturing it: "the former secretary of state" → "secretary of
 * state", "the former secretary of state and current Democratic presidential nominee" → "nominee".
 */
export const PERSON_NOUN_AT_END = new RegExp(`(?:^|\\s)the\\s+(?:[\\p{L}.'’-]+\\s+){0,8}?(?:co-|vice-)?(${PERSON_NOUNS})\\s*$`, 'iu');

/** A sentence opening with such a noun: "The Ohio governor said…", "But the real estate magnate…". */
export const OPENS_WITH_PERSON_NOUN = new RegExp(`^\\s*(?:(?:But|And|Still|Then|Later|Now),?\\s+[Tt]he|The)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}?(?:${PERSON_NOUNS})(?![\\p{L}])`, 'u');

/** The gender a person noun says, if any ("congresswoman", "actress"). */
export function genderOfNoun(noun: string): 'm' | 'f' | null {
  if (/woman$|actress|first lady/iu.test(noun)) return 'f';
  // "German" and "Roman" end so without being men.
  return /man$|actor/iu.test(noun) && !/^(?:german|roman)$/iu.test(noun) ? 'm' : null;
}
