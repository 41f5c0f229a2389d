// Reporting verbs, pronouns and "according to" phrases per language, as ready-made regular expressions.

// French reports several people's words with the same verbs in the plural: "», estiment ses voisins", "», ont indiqué les syndicats".
// The regular ones are made from the list (present "estime" → "estiment", compound "a indiqué" → "ont indiqué"); these are not.
// Not the pronominal ones: "se déclarent satisfaites", "s'inquiètent pour sa sécurité" describe more often than they report.
const FR_IRREGULAR_PLURALS = 'disent|répondent|réagissent|reconnaissent|écrivent|préviennent|admettent|avertissent|poursuivent|renchérissent';

/** French verbs of saying with their third-person plurals. */
function withFrenchPlurals(verbs: string): string {
  const forms = verbs.split('|');
  const present = forms.filter((v) => /^\p{Ll}+e$/u.test(v)).map((v) => `${v}nt`);
  const compound = forms.filter((v) => /^a \p{L}+$/u.test(v)).map((v) => `ont ${v.slice(2)}`);
  return [...forms, ...present, ...compound, FR_IRREGULAR_PLURALS].join('|');
}

// Verb forms that introduce or follow a quotation. Compound forms ("a déclaré", "ha detto") are
// matched whole so the auxiliary is not mistaken for part of the speaker's name.
const VERBS: Readonly<Record<string, string>> = {
  en: 'said|says|say|told|tells|reported|added|adds|stated|states|explained|explains|noted|notes|wrote|writes|asked|asks|replied|replies|continued|continues|indicated|indicates|intimated|insisted|insists|argued|argues|warned|warns|claimed|claims|declared|declares|announced|remarked|commented|recalled|recalls|remembered|questioned|reacted|exhorted|boomed|affirmed|affirms|demurred|concluded|admitted|admits|acknowledged|suggested|suggests|tweeted|posted|confirmed|stressed|stresses|emphasised|emphasized|observed|answered|urged|cautioned|predicted|maintained|maintains|pointed out|went on|reckons|believes|thinks|told reporters|said in a statement|issued a statement|issued the following statement|released a statement|released the following statement|put out a statement|testified|joked|quipped|conceded|complained|added that|shouted|wrote on|demanded|countered|retorted|responded|wondered|exclaimed|yelled|cried|fired back|shot back|pressed|sings|sang|responds|jokes|quips|concedes|complains|counters|retorts|began by saying|concludes|charged|lamented|laments|asserted|asserts|mused|muses|fumed|fumes|went on to say|goes on to say|echoed|boasted|boasts|bragged|brags|scoffed|scoffs|recounted|recounts|reiterated|reiterates|observes|predicts|cautions|pleaded|implored|implores|begged|snapped|gushed|protested|acknowledges|announces|explained to|vowed|vows|mocked|mocks|surmised|promised|promises|pledged|pledges|opined|speculated|speculates|interjected|chimed in|points out|griped|groused|sniffed|scolded|chided|teased|barked|proclaimed|proclaims|assured|assures|is telling|is saying|is insisting|is pledging|is urging|is warning|elaborated|elaborates|is quoted as saying|was quoted as saying|quoted as saying|confessed|confesses|confided|confides|whispered|whispers|underlined|underscored|put it|puts it|answers|bemoaned|bemoans|is noting|is stressing|is promising|is arguing|is claiming|is asking|is predicting|is suggesting|is vowing|wanted to know|wants to know|has written|have written|had written|confirms|emphasizes|emphasises|urges|exclaims|write|argue|conclude|contend',
  fr: withFrenchPlurals(
    "a dit|dit|disait|estimait|affirmait|assurait|déclarait|soulignait|indiquait|précisait|ajoutait|jugeait|rappelait|dénonçait|racontait|confiait|a alerté|alertait|a réclamé|réclame|réclamait|a déclaré|déclare|a affirmé|affirme|a expliqué|explique|expliquait|a ajouté|ajoute|a indiqué|indique|a précisé|précise|a souligné|souligne|a estimé|estime|a assuré|assure|a confié|confie|a lancé|lance|a martelé|martèle|a renchéri|renchérit|a répondu|répond|a reconnu|reconnaît|a averti|avertit|a annoncé|annonce|a écrit|écrit|a titré|titrait|a tweeté|a raconté|raconte|a insisté|insiste|a rappelé|rappelle|a poursuivi|poursuit|a commenté|commente|a dénoncé|dénonce|a regretté|regrette|a jugé|juge|a déploré|déplore|a plaidé|plaide|a observé|observe|a noté|note|a fait savoir|fait savoir|font savoir|a fait valoir|fait valoir|a prévenu|a témoigné|témoigne|témoignait|s'est réjoui|s'est réjouie|se réjouit|a commenté|prévient|a tranché|tranche|a résumé|résume|a confirmé|confirme|a lâché|lâche|a ironisé|ironise|a révélé|révèle|a détaillé|détaille|a admis|admet|a réagi|réagit|s'est exclamé|s'est félicité|se félicite|a déclaré à|a expliqué à|a assuré à|a indiqué à|a constaté|constate|a témoigné|témoigne|a analysé|s'est indigné|s'est indignée|s'indigne|s'est inquiété|s'est inquiétée|s'inquiète|avoue|a avoué|s'enthousiasme|s'est enthousiasmé|s'est enthousiasmée|critique|a critiqué|se désole|s'est désolé|s'est désolée|se lamente|s'est lamenté|s'est lamentée|s'est étonné|s'est étonnée|s'étonne|s'est emporté|s'est emportée|s'emporte|s'est insurgé|s'est insurgée|s'insurge|s'est agacé|s'agace|s'est amusé|s'amuse|se défend|s'est défendu|s'est défendue|se justifie|s'est justifié|s'interroge|s'est interrogé|avait déclaré|avait affirmé|avait expliqué|avait raconté|avait indiqué|avait assuré",
  ),
  de: 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|fügte hinzu|fügte an|teilte mit|schrieb|schreibt|warnte|warnt|kritisierte|kritisiert|berichtete|berichtet|erläuterte|ergänzte|ergänzt|antwortete|räumte ein|so|kommentierte|kommentiert|entgegnete|entgegnet|äußerte sich|äußerte|unterstrich|bekräftigte|sprach|spricht|zitiert|zitierte',
  es: 'dijo|dice|afirmó|afirma|declaró|declara|explicó|explica|añadió|añade|aseguró|asegura|señaló|señala|indicó|indica|comentó|comenta|agregó|agrega|sostuvo|sostiene|manifestó|advirtió|advierte|escribió|escribe|insistió|subrayó|destacó|apuntó|recordó|respondió|responde|replicó|replica|reconoció|reconoce|admitió|admite|precisó|concluyó|anunció|recalcó|remarcó|lamentó|lamenta|matizó|aclaró|expresó|opinó|opina|consideró|considera|argumentó|sentenció|zanjó|ironizó|relató|confesó|prometió|denunció|criticó|insiste|subraya|destaca|apunta|recuerda|reconocía|rebatió|espetó|apostilló|remachó|resumió|bromeó|justificó|prosiguió|continuó|incidió|enfatizó|puntualizó|reiteró|defendió|avisó|alertó',
  it: 'ha detto|dice|disse|ha dichiarato|dichiara|ha spiegato|spiega|ha aggiunto|aggiunge|ha affermato|afferma|ha sottolineato|sottolinea|ha scritto|scrive|ha commentato|commenta|ha osservato|osserva|ha ribadito|ribadisce|ha precisato|precisa|ha assicurato|ha raccontato|racconta|ha annunciato|ha replicato|replica|ha risposto|risponde|ha ammesso|ammette|ha ribattuto|ribatte|ha puntualizzato|ha rilanciato|ha scandito|ha sentenziato|ha sostenuto|sostiene|ha avvertito|avverte|ha ricordato|ricorda|ha concluso|conclude|ha confermato|ha rivelato|ha insistito|insiste|ha evidenziato|evidenzia|ha rimarcato|ha attaccato|attacca|ha tuonato|tuona|ha ironizzato|ha chiarito|chiarisce|ha garantito|garantisce|ha denunciato|ha criticato|ha fatto sapere|fa sapere|ha incalzato|ha continuato|prosegue|ha proseguito|ha avvisato',
  pt: 'disse|diz|afirmou|afirma|declarou|declara|explicou|explica|acrescentou|acrescenta|contou|conta|escreveu|escreve|garantiu|garante|sublinhou|salientou|referiu|destacou|frisou|defendeu|admitiu|comentou|avisou|alertou|falou|fala|completou|ressaltou|avaliou|lembrou|revelou|reforçou|concluiu|respondeu|ponderou|considerou|considera|adiantou|adianta|realçou|realça|reiterou|sustentou|vincou|notou|observou|apontou|criticou|lamentou|assegurou|assinalou|indicou|esclareceu|reconheceu|anunciou|avançou|argumentou|insistiu|questionou|rematou|rebateu|retrucou|replicou|emendou|pontuou|enfatizou|ironizou|desabafou|disparou|justificou|prosseguiu|continuou|resumiu|sentenciou|disse à|disse ao|afirmou à|afirmou ao|contou à|contou ao|explicou à|explicou ao',
  nl: 'zei|zegt|verklaarde|verklaart|stelde|stelt|schreef|schrijft|voegde toe|voegde eraan toe|legde uit|benadrukte|benadrukt|meldde|meldt|liet weten|vertelde|vertelt|reageerde|waarschuwde|aldus|antwoordde|antwoordt|erkende|erkent|concludeerde|bevestigde|bevestigt|twitterde|vond|vindt|stelde vast|zei daarover|onderstreepte|waarschuwt|reageert|legt uit|voegt toe|voegde daaraan toe|meent|meende',
};

// Spain's news reports in the compound past: "ha criticado que…", "han advertido de que…", "había dicho" (COMPOUND_PAST).
const ES_PARTICIPLES =
  'dicho|afirmado|rebatido|espetado|apostillado|remachado|resumido|bromeado|justificado|proseguido|continuado|incidido|enfatizado|puntualizado|reiterado|declarado|explicado|añadido|asegurado|señalado|indicado|comentado|agregado|sostenido|manifestado|advertido|' +
  'escrito|insistido|subrayado|destacado|apuntado|recordado|respondido|replicado|reconocido|admitido|precisado|concluido|anunciado|' +
  'recalcado|remarcado|lamentado|matizado|defendido|aclarado|expresado|opinado|considerado|argumentado|sentenciado|ironizado|' +
  'relatado|confesado|prometido|denunciado|criticado|valorado|reclamado|exigido|pedido|avisado|alertado|zanjado|contado';

// Compound pasts read as one verb, the auxiliary first: French "a (également) déclaré", "s'est réjoui" (splitCompound reads
// them off VERBS.fr), Spanish "ha criticado", "habían advertido". Built when a language's patterns are.
const COMPOUND_PAST: Readonly<Record<string, () => string>> = {
  fr: () => splitCompound(VERBS.fr!),
  es: () => `(?:ha|han|había|habían|habría)\\s+(?:${sortLongFirst(ES_PARTICIPLES)})`,
};

// Verbs that characterise what someone said, quoting part of it: "Obama called the holiday “a
// celebration…”", "Ham described Clinton as “a lifetime politician”". Used only for the sentence a
// quotation sits in, never right after a quotation.
const CHARACTERISING: Readonly<Record<string, string>> = {
  en: 'called|calls|called on|thought|talked about|talks about|spoke about|spoke of|speaks about|speaks of|went after|gone after|goes after|described|describes|dubbed|labeled|labelled|branded|termed|deemed|characterized|characterised|characterizes|claiming|attacked|praised|blasted|slammed|criticized|criticised|mocked|accused|blamed|denounced|credited|referred to|thanked|thanks|accuses|pondered|worried|estimated|anticipated|implied|offered|proposed|vented|vowed|promised|pledged|hopes|hoped|reports|reported|found|finds|responded|told|is calling|is labeling|is labelling|is praising|is describing|is accusing|is blasting|is criticizing|is slamming|is mocking|is questioning|is dismissing|lambasted|lambastes|lambasting|cited|cites|took credit for|takes credit for|made a point of saying|contended|contends|expressed a desire to|expressed hope that',
  fr: "a qualifié|qualifie|a dénoncé|a promis|promet|a appelé|appelle|a accusé|accuse|a salué|salue|a fustigé|fustige|a évoqué|évoque|a décrit|décrit|a prôné|prône|a proposé|propose|a défendu|défend|a demandé|demande|a exigé|exige",
  de: 'nannte|nennt|bezeichnete|bezeichnet|versprach|verspricht|forderte|fordert|warf vor|lobte|lobt|bewertete|bewertet|kritisierte|kritisiert|beschrieb|beschreibt|sprach von|spricht von|warnte vor|warnt vor|begrüßte|begrüßt',
};

// "according to X" (speaker follows); German "zufolge" follows its noun and is handled as before-verb.
const ACCORDING: Readonly<Record<string, string>> = {
  en: 'according to',
  fr: "selon|d'après|d’après",
  de: 'laut|so|nach Angaben von|nach Ansicht von|nach Worten von|nach Auffassung von|nach Meinung von',
  es: 'según|de acuerdo con',
  it: 'secondo|a detta di',
  pt: 'segundo|de acordo com|conforme',
  nl: 'volgens|aldus',
};

// After a quotation and its comma, French and German put the subject after the verb, whatever the
// verb: "», argue M. Dupont", "», a tempêté Christian Jacob", "“, bilanzierte Olaf Scholz". A lower-case
// word (perhaps after an auxiliary), then at once a capitalised name (or an honorific): no list of verbs can be complete.
const INVERSION: Readonly<Record<string, string>> = {
  fr: "(?:(?:a|avait|aurait|s['’]est)\\s+|s['’]|se\\s+)?\\p{Ll}[\\p{Ll}\\p{M}]{2,}",
  de: '\\p{Ll}[\\p{Ll}\\p{M}ß]{2,}',
  // Spanish, Italian and Portuguese invert after a quotation too ("», ha asegurado Pedro Sánchez", "», ha sottolineato Mario
  // Draghi", "», afirmou Lula"), their compound past with its auxiliary.
  es: '(?:(?:ha|había|habría)\\s+)?\\p{Ll}[\\p{Ll}\\p{M}]{2,}',
  it: '(?:(?:ha|aveva|avrebbe)\\s+)?\\p{Ll}[\\p{Ll}\\p{M}]{2,}',
  pt: '(?:(?:tem|tinha|havia)\\s+)?\\p{Ll}[\\p{Ll}\\p{M}]{2,}',
  // English inverts a few verbs whose present is also a plural noun, and so no verb of saying elsewhere ("his comments"):
  // "“…,” comments Robin Biesbroek of the CDF."
  en: 'comments|remarks',
};
// Words that open such a clause without being its verb: an address ("», rue Lepic") has a name after it too.
const NOT_INVERTED_VERB = /^(?:rue|avenue|boulevard|place|quai|route|chemin|allée|impasse|straße|platz|gasse|weg)$/u;

const PRONOUNS: Readonly<Record<string, string>> = {
  en: 'he|she',
  fr: 'il|elle',
  de: 'er|sie',
  es: 'él|ella',
  it: 'lui|lei',
  pt: 'ele|ela',
  nl: 'hij|zij|ze',
};

export interface LangPatterns {
  /** Reporting verb anywhere (global, for scanning). */
  verb: RegExp;
  /** Context after a quote: optional comma, then "VERB Name" or "Name VERB" or "according to Name". */
  according: RegExp;
  pronoun: RegExp;
  /** Characterising verbs (global), for languages that have a list. */
  characterising?: RegExp;
  /** A verb of saying or of characterising: its subject speaks ("Cummings called him a master at…"). */
  speaking: RegExp;
  /** The language these patterns are for ('' for all of them). */
  lang: string;
  /** French "de" may take a capitalised complement inside a role ("le ministre de l'Intérieur X"); in German a genitive there makes the role someone's. */
  capitalisedGenitive: boolean;
  /** French: ", a (words) participle" after a quotation, whatever the verb ("», a également fustigé le député X"); the subject follows it. */
  compoundInversion?: RegExp;
  /** Languages that invert after a quotation: ", any verb" with a name right after it; group 1 is the verb. */
  inversion?: RegExp;
}

/** Whether the word an inversion matched can be a verb (not an address: "», rue Lepic"). */
export function isInvertedVerb(word: string, isStopword: (w: string) => boolean): boolean {
  const bare = word.replace(/^(?:(?:a|avait|aurait|s['’]est|se)\s+|s['’])/u, '');
  return !isStopword(bare) && !NOT_INVERTED_VERB.test(bare);
}

const B = '(?<![\\p{L}\\p{M}])';
const E = '(?![\\p{L}\\p{M}])';
const cache = new Map<string, LangPatterns>();

/** French adverbs between an inverted verb and its subject: "», tempère également Olivier Lambotte", "», dira plus tard un diplomate". */
export const FRENCH_ADVERBS_AFTER_VERB = 'également|aussi|encore|alors|ensuite|toutefois|pourtant|néanmoins|cependant|enfin|même|plus tard|de son côté|pour sa part|à son tour';

/** Patterns for a language; unknown languages use all languages' verbs (quotes cross languages). */
export function patternsFor(lang: string): LangPatterns {
  let p = cache.get(lang);
  if (p) return p;
  const pick = (table: Readonly<Record<string, string>>) => (table[lang] ? `${table[lang]}|${table.en}` : Object.values(table).join('|'));
  const compound = COMPOUND_PAST[lang] ? `${COMPOUND_PAST[lang]!()}|` : '';
  // Every language reads the English verbs too (pick), so every one reads "agreed" as English does.
  const verb = new RegExp(`${B}(?:${compound}${AGREEING}|${byFirstLetter(sortLongFirst(pick(VERBS)))})${E}${SAYS_SOMETHING}`, 'giu');
  const words = CHARACTERISING[lang] ?? (lang in VERBS ? undefined : CHARACTERISING.en);
  const characterising = words ? new RegExp(`${B}(?:${sortLongFirst(words)})${E}`, 'iu') : undefined;
  p = {
    verb,
    according: new RegExp(`${B}(?:${sortLongFirst(pick(ACCORDING))})${E}`, 'iu'),
    pronoun: new RegExp(`^(?:${pick(PRONOUNS)})$`, 'iu'),
    speaking: characterising ? new RegExp(`${verb.source}|${characterising.source}`, verb.flags) : verb,
    capitalisedGenitive: lang !== 'de',
    lang: lang in VERBS ? lang : '',
  };
  if (characterising) p.characterising = characterising;
  // Never the passive ("a été condamné"): its subject is no speaker.
  if (lang === 'fr') p.compoundInversion = /^\s*,\s*(?:a|avait|aurait|s['’]est)\s+(?:(?!été\s)[\p{Ll}'’-]+\s+){0,3}?(?!été\s)\p{Ll}+(?:é|ée|i|ie|u|ue|is|it)\s+/u;
  const inversion = INVERSION[lang];
  // Not before an article: "», rapporte L'Express", "“, schreibt Die Zeit" name a paper, maybe reporting someone else's words.
  // An adverb may come between verb and name: "», tempère également Olivier Lambotte", "», s'alarme de son côté Karine Bonne".
  const adverb = lang === 'fr' ? `(?:\\s+(?:${FRENCH_ADVERBS_AFTER_VERB}))?` : '';
  // English keeps the comma inside the quotation marks ("“…,” comments X").
  const comma = lang === 'en' ? ',?' : ',';
  // French may also set off a short phrase after the verb and describe its subject before the name: "», se désole, en pleurs, une
  // fonctionnaire indonésienne Ria Taurisnawati", "», questionne l'Espagnol El Mundo".
  const setOff = lang === 'fr' ? String.raw`(?:\s*,\s*\p{Ll}[\p{Ll}\s'’-]{1,25},)?` : '';
  // French sets its article before a title: "», souligne le Pr Fellay", "», affirme la Dr Martin".
  const titleArticle = lang === 'fr' ? String.raw`(?:(?:le|la)\s+)?` : '';
  const describedName = lang === 'fr' ? String.raw`|(?:une?|le|la|l['’])\s*\p{L}[^.;:!?«»"]{0,60}?[\s,]\p{Lu}\p{Ll}+\s+\p{Lu}` : '';
  if (inversion) p.inversion = new RegExp(`^\\s*${comma}\\s*(${inversion})${adverb}${setOff}\\s+(?=(?:${titleArticle}(?:M|Mme|Mlle|Me|Dr|Pr)\\.?\\s+)?\\p{Lu}${describedName})(?!(?:Le|La|Les|Der|Die|Das)(?![\\p{L}])|L['’])`, 'u');
  cache.set(lang, p);
  return p;
}

// A verb of saying whose object is nothing reports no words: "He answered nothing.", "Bartleby said not a word".
const SAYS_SOMETHING = String.raw`(?!\s+(?:nothing|not\s+a\s+word|no\s+words?)(?![\p{L}]))`;

// "Dan McLaughlin agreed with Matthews", "“…,” agrees Michelle Stevens": words agreed with are said;
// "Marsh agreed to pay $850m" is a deed. Kept out of VERBS.en: the list's words are escaped, and this needs a lookahead.
const AGREEING = String.raw`(?:dis)?agree(?:d|s)(?!\s+to\s)`;

/**
 * French compound past and pluperfect, perhaps with words between the auxiliary and the participle: "avait rappelé", "a de son côté affirmé",
 * "a notamment déclaré", "avait alors expliqué" (not the passive "a été déclaré coupable"), and "s'est aussi interrogé".
 * The participles are those of the list's "a …" and "s'est …" forms.
 */
function splitCompound(verbs: string): string {
  const participles = [...new Set(verbs.split('|').filter((v) => /^a \p{L}+$/u.test(v)).map((v) => v.slice(2)))];
  // The pronominal verbs too: "s'est aussi interrogé", "s'est même réjoui".
  const pronominal = [...new Set(verbs.split('|').filter((v) => /^s'est \p{L}+$/u.test(v)).map((v) => v.slice(6)))];
  return `(?:a|avait|aurait|ont|avaient|auraient)\\s+(?:(?!été\\s)[\\p{Ll}'’-]+\\s+){0,4}?(?:${sortLongFirst(participles.join('|'))})|s['’]est\\s+(?:[\\p{Ll}'’-]+\\s+){1,3}?(?:${sortLongFirst(pronominal.join('|'))})`;
}

/** Longest alternatives first, so "a déclaré à" wins over "a déclaré" and "said in a statement" over "said". */
function sortLongFirst(alts: string): string {
  return [...new Set(alts.split('|'))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}
const escape = (s: string) => s.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/'/g, "['’]");

/**
 * The same alternation with alternatives sharing a first letter grouped, in order ("s(?:aid in a
 * statement|aid|ays)|t(?:old)"): the regex then tries one branch per position instead of every verb.
 * The first match is unchanged, since alternatives with different first letters never match at the same place.
 */
function byFirstLetter(alts: string): string {
  const groups = new Map<string, string[]>();
  for (const alt of alts.split('|')) {
    const key = alt[0]!.toLowerCase(); // every alternative starts with a letter, never an escape
    const group = groups.get(key);
    if (group) group.push(alt);
    else groups.set(key, [alt]);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? g[0]! : `${g[0]![0]}(?:${g.map((alt) => alt.slice(1)).join('|')})`)).join('|');
}
