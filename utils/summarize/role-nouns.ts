// Spanish, Italian, Portuguese and Dutch role nouns ("el ministro", "la premier", "o técnico", "de minister"), with what says the holder's gender.

export interface RoleNouns {
  /** Role nouns as a description's head or before a name (alternation, lower case). */
  nouns: string;
  /** The articles a description opens with. */
  articles: string;
  /** Articles that say a man or a woman ("el", "la"); none in Dutch, whose "de" says neither. */
  masculineArticle?: RegExp;
  feminineArticle?: RegExp;
  /** Adjectives that may come between article and noun ("el nuevo ministro", "o atual comandante"). */
  adjectives: string;
  /** Nouns whose form says a woman or a man ("ministra", "alcalde"); "presidente", "portavoz" say neither. */
  feminine: RegExp;
  masculine: RegExp;
  /** "of" before a role's complement ("ministro de Economía", "ministro dell'Interno", "minister van Financiën"). */
  of: string;
}

const whole = (alts: string) => new RegExp(`^(?:${alts})$`, 'u');

// People at work whom news describes by their trade as by an office: "acrescentou o comandante", "dijo el entrenador".
const ES_FEMININE = 'ministra|presidenta|vicepresidenta|alcaldesa|secretaria|directora|jefa|diputada|senadora|candidata|entrenadora|jueza|abogada|embajadora|gobernadora|consejera|delegada|concejala|reina|mandataria|exministra|expresidenta|investigadora|doctora|profesora';
const ES_MASCULINE = 'ministro|alcalde|secretario|director|jefe|diputado|senador|candidato|entrenador|seleccionador|técnico|juez|abogado|embajador|gobernador|consejero|delegado|concejal|rey|mandatario|exministro|investigador|doctor|profesor';
const IT_FEMININE = 'ministra|presidentessa|sindaca|segretaria|direttrice|deputata|senatrice|candidata|procuratrice|avvocata|ambasciatrice|governatrice|assessora|consigliera|regina|ricercatrice|professoressa|dottoressa';
const IT_MASCULINE = 'ministro|sindaco|segretario|direttore|deputato|senatore|candidato|allenatore|commissario|procuratore|avvocato|ambasciatore|governatore|assessore|consigliere|re|papa|pontefice|ricercatore|professore|dottore';
const PT_FEMININE = 'ministra|prefeita|secretária|diretora|deputada|senadora|candidata|procuradora|juíza|advogada|embaixadora|governadora|primeira-ministra|rainha|treinadora|investigadora|professora';
const PT_MASCULINE = 'ministro|prefeito|secretário|diretor|deputado|senador|candidato|treinador|técnico|selecionador|comandante|procurador|juiz|advogado|embaixador|governador|primeiro-ministro|rei|papa|investigador|professor';
const NL_FEMININE = 'woordvoerster|topvrouw|koningin|voorzitster|directrice';
const NL_MASCULINE = 'woordvoerder|topman|koning|paus';

export const ROLE_NOUNS_BY_LANG: Readonly<Record<string, RoleNouns>> = {
  es: {
    nouns: `${ES_FEMININE}|${ES_MASCULINE}|presidente|vicepresidente|portavoz|líder|fiscal|canciller|dirigente|papa|comandante|responsable|sindicalista|experto|experta|periodista|analista|economista|portero|delantero|capitán`,
    articles: 'el|la',
    masculineArticle: /^el$/iu,
    feminineArticle: /^la$/iu,
    adjectives: 'nuevo|nueva|antiguo|antigua|actual|primer|primera|ex|joven',
    feminine: whole(ES_FEMININE),
    masculine: whole(ES_MASCULINE),
    of: 'de\\s+la|de\\s+los|de\\s+las|del|de',
  },
  it: {
    nouns: `${IT_FEMININE}|${IT_MASCULINE}|presidente|vicepresidente|premier|vicepremier|portavoce|leader|capo|giudice|cancelliere|ct|esperto|esperta|giornalista|analista|economista|capitano|dirigente|responsabile`,
    articles: "il|lo|la|l['’]",
    masculineArticle: /^(?:il|lo)$/iu,
    feminineArticle: /^la$/iu,
    adjectives: 'nuovo|nuova|ex|attuale|giovane',
    feminine: whole(IT_FEMININE),
    masculine: whole(IT_MASCULINE),
    of: "della|dello|dei|degli|delle|del|dell['’]|di",
  },
  pt: {
    nouns: `${PT_FEMININE}|${PT_MASCULINE}|secretário-geral|secretária-geral|presidente|vice-presidente|porta-voz|líder|chefe|autarca|governante|sindicalista|especialista|jornalista|analista|economista|capitão|dirigente|responsável`,
    articles: 'o|a',
    masculineArticle: /^o$/iu,
    feminineArticle: /^a$/iu,
    adjectives: 'novo|nova|antigo|antiga|atual|actual|ex|jovem',
    feminine: whole(PT_FEMININE),
    masculine: whole(PT_MASCULINE),
    of: 'da|do|das|dos|de',
  },
  nl: {
    nouns: `${NL_FEMININE}|${NL_MASCULINE}|minister|premier|minister-president|president|burgemeester|voorzitter|fractievoorzitter|partijleider|lijsttrekker|leider|directeur|staatssecretaris|kamerlid|wethouder|gouverneur|commissaris|trainer|bondscoach|coach|aanvoerder|advocaat|rechter|ambassadeur|deskundige|expert|hoogleraar|onderzoeker|econoom`,
    articles: 'de|het',
    adjectives: 'nieuwe|oud|oud-|voormalige|huidige|demissionair|demissionaire',
    feminine: whole(NL_FEMININE),
    masculine: whole(NL_MASCULINE),
    of: 'van\\s+de|van\\s+het|van|voor',
  },
};

/** The gender a role noun's form says in these languages ("ministra" → 'f'), or null. */
export function nounGender(noun: string, lang: string): 'm' | 'f' | null {
  const words = ROLE_NOUNS_BY_LANG[lang];
  if (!words) return null;
  return words.feminine.test(noun) ? 'f' : words.masculine.test(noun) ? 'm' : null;
}
