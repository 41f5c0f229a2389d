// Whether a sentence dates what it tells: a weekday or a month named ("lundi", "on Tuesday", "21 janvier").

/**
 * Weekdays and months per language, as whole words. News tells an event with its day ("a indiqué
 * mardi", "said on Monday"); background and comment do not. One list per language, since a date
 * in one is a plain word in another (Italian "mai" is "never", English "Mars" a planet). Every
 * name starts with an ASCII letter, so \b serves in front; behind, a lookahead that knows accented
 * letters. No `u` flag and no lookbehind in the long lists: they made the test twice as slow.
 */
const names = (list: string) => new RegExp(`\\b(?:${list})(?![a-zß-ÿ])`, 'i');

/** English weekdays and months, capitalised as written (names.ts reads them too: "Pence Thursday"). */
export const ENGLISH_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WHEN: Readonly<Record<string, RegExp>> = {
  // English names are capitalised; "May" counts only beside a number or after in/of/since/until/by/
  // early/late/mid/last/next ("in May", "May 5", "5 May"), since it is also a verb and a name.
  // The context of "May" is looked behind only once "May" is found: a lookbehind that opens an
  // alternative is tried at every position of every sentence.
  en: new RegExp(`\\b(?:${[...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS.filter((m) => m !== 'May')].join('|')}|May(?= \\d)|May(?<=(?:\\d|\\b(?:in|of|since|until|by|early|late|mid|last|next)) May))\\b`),
  fr: names('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  de: names('montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember'),
  es: names('lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  it: names('lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  pt: names('segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  nl: names('maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
};

/** Whether the sentence names a weekday or a month of its language (false for a language without a list). */
export const namesWhen = (sentence: string, lang: string): boolean => WHEN[lang]?.test(sentence) ?? false;
