// English stemmer: the Porter stemmer of @orama/stemmers (Apache-2.0), step for step, with its regexes compiled once.
// The package builds several RegExp objects on every call; stemming is most of a cold summary's time
// (a new worker stems every word of its first article), and this copy halves it. Its output is the
// package's, quirks included (a unit test compares the two on a large vocabulary): the stems must not
// change, since the fitted weights and the golden outputs were made with them.

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous',
  ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive',
  biliti: 'ble', logi: 'log',
};
const STEP3: Readonly<Record<string, string>> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };

const v = '[aeiouy]'; // a vowel
const C = '[^aeiou][^aeiouy]*'; // a consonant sequence
const V = v + '[aeiou]*'; // a vowel sequence
const MGR0 = new RegExp('^(' + C + ')?' + V + C); // measure > 0
const MEQ1 = new RegExp('^(' + C + ')?' + V + C + '(' + V + ')?$'); // measure = 1
const MGR1 = new RegExp('^(' + C + ')?' + V + C + V + C); // measure > 1
const S_V = new RegExp('^(' + C + ')?' + v); // contains a vowel
const CVC = new RegExp('^' + C + v + '[^aeiouwxy]$');
const DOUBLE = /([^aeiouylsz])\1$/;
const LAST = /.$/;
const S1A_SSES = /^(.+?)(ss|i)es$/;
const S1A_S = /^(.+?)([^s])s$/;
const S1B_EED = /^(.+?)eed$/;
const S1B_ED = /^(.+?)(ed|ing)$/;
const S1B_ADD_E = /(at|bl|iz)$/;
const S1C = /^(.+?)y$/;
const S2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const S3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const S4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const S4_ION = /^(.+?)(s|t)(ion)$/;
const S5 = /^(.+?)e$/;
const LL = /ll$/;

export function stemmer(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const first = w.substring(0, 1);
  if (first === 'y') w = first.toUpperCase() + w.substring(1);
  // Step 1a
  if (S1A_SSES.test(w)) w = w.replace(S1A_SSES, '$1$2');
  else if (S1A_S.test(w)) w = w.replace(S1A_S, '$1$2');
  // Step 1b
  let m: RegExpExecArray | null;
  if ((m = S1B_EED.exec(w))) {
    if (MGR0.test(m[1]!)) w = w.replace(LAST, '');
  } else if ((m = S1B_ED.exec(w))) {
    const stem = m[1]!;
    if (S_V.test(stem)) {
      w = stem;
      if (S1B_ADD_E.test(w)) w += 'e';
      else if (DOUBLE.test(w)) w = w.replace(LAST, '');
      else if (CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((m = S1C.exec(w)) && m[1] && S_V.test(m[1])) w = m[1] + 'i';
  // Step 2
  if ((m = S2.exec(w)) && m[1] && MGR0.test(m[1])) w = m[1] + STEP2[m[2]!];
  // Step 3
  if ((m = S3.exec(w)) && m[1] && MGR0.test(m[1])) w = m[1] + STEP3[m[2]!];
  // Step 4 (the package keeps only the part before s/t in "-sion"/"-tion": kept as it is)
  if ((m = S4.exec(w))) {
    if (m[1] && MGR1.test(m[1])) w = m[1];
  } else if ((m = S4_ION.exec(w))) {
    if (MGR1.test(m[1]!)) w = m[1]!;
  }
  // Step 5
  if ((m = S5.exec(w))) {
    const stem = m[1];
    if (stem && (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem)))) w = stem;
  }
  if (LL.test(w) && MGR1.test(w)) w = w.replace(LAST, '');
  if (first === 'y') w = first.toLowerCase() + w.substring(1);
  return w;
}
