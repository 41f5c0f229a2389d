// Language of the text: the caller's tag normalised, else detected from script and stopword hits.
import { stopwordsFor, STOPWORD_LANGS } from './stopwords';

/** Primary subtag, lower-cased ('fr-CA' → 'fr', 'zh_Hant' → 'zh'); '' when the tag is not usable. */
export function normalizeLang(tag: string | undefined | null): string {
  if (typeof tag !== 'string') return '';
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(tag);
  return m ? m[1]!.toLowerCase() : '';
}

// Small, very frequent function words: enough to tell these languages apart on a few hundred
// characters. The full stopword lists overlap too much (e.g. "a", "de", "en" sit in many lists).
const MARKERS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for with was on as by it said he his are have from at which this be',
  fr: 'le la les de des du et est un une que qui dans pour pas sur au avec il ce sont été aux',
  de: 'der die das und ist nicht zu den mit von sich ein eine auf für im dem des auch wird',
  es: 'el la los las de del que y en un una por con para es se su al lo como más',
  it: 'il di che la le e un una per non con sono della del gli nel alla è si anche',
  pt: 'o a os as de do da que e em um uma para com não no na por se dos mais foi',
  nl: 'de het een en van in is dat op te met zijn voor niet aan er die ook worden',
};
const markerSets = new Map<string, Set<string>>();
function markers(lang: string): Set<string> {
  let s = markerSets.get(lang);
  if (!s) markerSets.set(lang, (s = new Set((MARKERS[lang] ?? '').split(' '))));
  return s;
}

/** How much of the text to look at: detection is a first-glance job, bounded for huge inputs. */
const SAMPLE_CHARS = 4000;

/** Detects the language: Japanese/Chinese by script, else the language with most marker hits. */
export function detectLang(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let kana = 0;
  let han = 0;
  let hangul = 0;
  let letters = 0;
  for (const m of sample.matchAll(/[\p{Script=Hiragana}\p{Script=Katakana}]|\p{Script=Han}|\p{Script=Hangul}|\p{L}/gu)) {
    const c = m[0];
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c)) kana++;
    else if (/\p{Script=Han}/u.test(c)) han++;
    else if (/\p{Script=Hangul}/u.test(c)) hangul++;
    else letters++;
  }
  const cjk = kana + han + hangul;
  if (cjk > letters) {
    if (hangul > kana + han) return 'ko';
    return kana * 10 > cjk ? 'ja' : 'zh';
  }
  const counts = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    for (const lang of STOPWORD_LANGS) if (markers(lang).has(m[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = '';
  let bestHits = 1; // at least two hits, or we do not know
  for (const lang of STOPWORD_LANGS) {
    const hits = counts.get(lang) ?? 0;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  if (best) return best;
  // Fall back on the broad lists (short texts) before giving up.
  for (const m of sample.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    for (const lang of STOPWORD_LANGS) if (stopwordsFor(lang).has(m[0])) return lang;
  }
  return 'und';
}
