// Stopword sets per language, built lazily from the compact generated table.
import { STOPWORDS } from './stopwords.generated';

const cache = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The stopword set of a language ('' or unknown languages get an empty set). */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    const raw = STOPWORDS[lang];
    set = raw ? new Set(raw.split(' ')) : EMPTY;
    cache.set(lang, set);
  }
  return set;
}

/** Languages that have a stopword list (and so can be detected by stopword hits). */
export const STOPWORD_LANGS: readonly string[] = Object.keys(STOPWORDS);
