// Names written family name first (Chinese, Korean): "Xi Jinping", "Liu Xiaoming", "Moon Jae-in", "Kim Jong Un", whom the text then calls "Xi", "Liu", "Moon".

// One syllable of Hanyu Pinyin, without tones: an optional initial and a final.
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|ü)';
// A Chinese given name of two or three syllables written as one word ("Jinping", "Xiaoming", "Keqiang"), or of one
// short syllable ("Yi", "He"): an English word rarely reads as two syllables of Pinyin ("Train", "Energy" do not).
const PINYIN_GIVEN = new RegExp(`^(?:(?:${SYLLABLE}){2,3}|\\p{L}{1,2})$`, 'u');
const IS_PINYIN = new RegExp(`^(?:${SYLLABLE}){1,3}$`, 'u');
// A Korean or Taiwanese given name joined by a hyphen: "Jae-in", "Ki-moon", "Ing-wen".
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
// A single syllable written apart, as Korean names often are: "Jong Un", "Jae In".
const SYLLABLE_APART = /^\p{Lu}\p{Ll}{0,4}$/u;

/** Whether a capitalised word reads as one to three syllables of Pinyin ("Jun", "Deshui", "Xiaoming"). */
function isPinyinWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && IS_PINYIN.test(word.toLowerCase());
}

/** Whether the words after a short family name are a given name of the kind written after it ("Jinping", "Jae-in", "Jong Un"). */
export function isGivenNameAfterFamily(family: string, given: readonly string[]): boolean {
  if (family.length > 6 || given.length === 0 || given.length > 2) return false;
  if (given.length === 2) return given.every((w) => SYLLABLE_APART.test(w) && IS_PINYIN.test(w.toLowerCase()));
  const [word] = given as [string];
  return HYPHENED_GIVEN.test(word) || (isPinyinWord(word) && PINYIN_GIVEN.test(word.toLowerCase()));
}

// Chinese family names of two letters that are no common word of the languages the engine reads ("He", "Du", "Ye" are left out).
// (With Cantonese "Ng".)
const TWO_LETTER_FAMILY_NAMES = /^(?:Li|Wu|Hu|Xu|Lu|Ma|Yu|Xi|Ai|Bi|Fu|Gu|Mu|Qi|Su|Yi|Ji|Pu|Qu|Ni|Ng)$/u;
// Of those, the ones that are no function word in any language the engine reads ("ma", "ai", "su", "ni" are): a name even alone.
const LONE_FAMILY_NAME = /^(?:Li|Wu|Hu|Xu|Xi|Yi|Qi|Ji)$/u;

/**
 * A family name of two letters that a stopword list may hold, before a Chinese given name of one to three syllables: "Li
 * Deshui", "Ai Jun" (cleaning had kept the given name alone).
 */
export function isShortFamilyName(w: string, next: string): boolean {
  return TWO_LETTER_FAMILY_NAMES.test(w) && isPinyinWord(next);
}

/** A family name of two letters that is a name even alone: "Premier Li Keqiang… “…,” Li said." (English stopword lists hold "li"). */
export function isLoneFamilyName(w: string): boolean {
  return LONE_FAMILY_NAME.test(w);
}

/** A family name of two letters written last, after a given name, as in English: "Frank Hu", "Andrew Ng" (stopword lists hold "hu", "ng"). */
export function isTwoLetterFamilyName(w: string): boolean {
  return TWO_LETTER_FAMILY_NAMES.test(w);
}
