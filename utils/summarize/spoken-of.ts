// Whether a quotation speaks of someone, opening on their pronoun ("He was outstanding…", "Il a été exceptionnel…"): then it is not theirs.
import type { Gender } from './attribution';

// The subject pronouns, by language and gender, that open words about someone (German "Sie" is also "they" and "you": left out).
const THIRD_PERSON_OPENING: Readonly<Record<string, Partial<Record<'m' | 'f', RegExp>>>> = {
  en: { m: /^(?:He|His|Him)(?![\p{L}'’])/u, f: /^(?:She|Her)(?![\p{L}'’])/u },
  // (Not the impersonal "il": "Il faut…", "Il y a…", "Il est temps…".)
  fr: {
    m: /^Il(?![\p{L}'’])(?!\s+(?:faut|fallait|faudra|faudrait|va\s+falloir|y\s|s['’]agit|semble|sembl|paraît|reste|suffit|manque|vaut|fait|était\s+une|est\s+(?:temps|possible|important|nécessaire|urgent|clair|vrai|évident|difficile|impossible|normal|question|hors|inacceptable|inadmissible|indispensable|essentiel|dommage)))/u,
    f: /^Elle(?![\p{L}'’])/u,
  },
  de: { m: /^Er(?![\p{L}'’])/u },
  es: { m: /^Él(?![\p{L}'’])/u, f: /^Ella(?![\p{L}'’])/u },
  it: { m: /^Lui(?![\p{L}'’])/u, f: /^Lei(?![\p{L}'’])/u },
  pt: { m: /^Ele(?![\p{L}'’])/u, f: /^Ela(?![\p{L}'’])/u },
  nl: { m: /^Hij(?![\p{L}'’])/u, f: /^Zij(?![\p{L}'’])/u },
};

/** Whether words in `lang` open on a third-person pronoun of that gender: they speak of someone of it, not as them. */
export function opensOnPronounOf(words: string, gender: Gender, lang: string): boolean {
  return (gender !== null && THIRD_PERSON_OPENING[lang]?.[gender]?.test(words)) ?? false;
}
