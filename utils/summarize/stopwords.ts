// Stopword and function-word sets per language, built lazily from the compact generated tables.
import { FUNCTION_WORDS, STOPWORDS } from './stopwords.generated';

const EMPTY: ReadonlySet<string> = new Set();

/** A lazily split, cached lookup of one generated table. */
function setsOf(table: Readonly<Record<string, string>>): (lang: string) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (lang) => {
    let set = cache.get(lang);
    if (!set) {
      const raw = table[lang];
      set = raw ? new Set(raw.split(' ')) : EMPTY;
      cache.set(lang, set);
    }
    return set;
  };
}

/**
 * The long stopword list of a language ('' or unknown languages get an empty set): what tells the
 * language apart and marks prose; too long to decide content, as it lists "billion" and "area".
 */
export const stopwordsFor = setsOf(STOPWORDS);

/**
 * The function words of a language (articles, pronouns, auxiliaries, prepositions, conjunctions):
 * every other word is a content term of the sentence vectors and frequencies.
 */
export const functionWordsFor = setsOf(FUNCTION_WORDS);

/** Languages that have a stopword list (and so can be detected by stopword hits). */
export const STOPWORD_LANGS: readonly string[] = Object.keys(STOPWORDS);
