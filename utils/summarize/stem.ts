// Stemmer per language (Snowball ports from @orama/stemmers; English: its Porter, compiled once); identity for other languages.
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as en } from './stem-en';

const STEMMERS: Readonly<Record<string, (w: string) => string>> = { en, fr, de, es, it, pt, nl };
const identity = (w: string) => w;

/** The stemmer of a language, made safe: a stemmer that throws or returns '' leaves the word as is. */
export function stemmerFor(lang: string): (w: string) => string {
  const stem = STEMMERS[lang];
  if (!stem) return identity;
  return (w) => {
    try {
      return stem(w) || w;
    } catch {
      return w;
    }
  };
}
