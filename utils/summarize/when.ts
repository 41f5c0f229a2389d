// Whether a sentence dates what it tells: a weekday or a month named ("lundi", "on Tuesday", "21 janvier").

/**
 * Weekdays and months in the languages the engine meets most (French, German, Spanish, Italian,
 * and English weekdays). News tells an event with its day ("a indiqué mardi", "said on Monday");
 * background and comment do not. Whole words: every name starts with an ASCII letter, so \b serves
 * in front; behind, a lookahead that knows accented letters. No `u` flag and no lookbehind: with
 * them this one test cost twice as much (a few ms on a 100,000-word page).
 */
const DAYS_MONTHS =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?![a-zß-ÿ])/i;

/** English months, as written: they need their capital ("May", "march" are words too). */
const ENGLISH_MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export const namesWhen = (sentence: string): boolean => DAYS_MONTHS.test(sentence) || ENGLISH_MONTHS.test(sentence);
