// Full names and the surnames that stand for them: "Trump said" → "Donald Trump", "Clinton said" in a story about Bill → "Bill Clinton".
import { capitalisedRuns, cleanName, isFirstName } from './names';

/** A "First Surname" form written in the text, and where. */
export interface FullForm {
  name: string;
  at: number;
}

/** Every full name ("Donald Trump", "John F. Kerry", "Bill de Blasio") written in the text, in order, by surname. */
export function findFullForms(text: string, isStopword: (w: string) => boolean): FullForms {
  const out = new Map<string, FullForm[]>();
  for (const run of capitalisedRuns(text)) {
    if (!run[0].includes(' ')) continue;
    const name = nameEnding(cleanName(run[0], isStopword));
    const space = name.lastIndexOf(' ');
    if (space < 0) continue;
    const surname = surnameKey(name.slice(space + 1));
    const forms = out.get(surname) ?? out.set(surname, []).get(surname)!;
    forms.push({ name, at: run.index });
  }
  return out;
}

/**
 * A run longer than any name is a headline's words, perhaps ending with a name: "Jeb Bush" of
 * "Marco Rubio On Rape Exception For Abortions Jeb Bush" (the last first name, then at most two words), else ''.
 */
function nameEnding(name: string): string {
  const words = name.split(' ');
  if (words.length <= 5) return name;
  for (let i = words.length - 2; i >= words.length - 3; i--) if (isFirstName(words[i]!)) return words.slice(i).join(' ');
  return '';
}

/**
 * The full name a surname stands for at `before`: of its full forms written before it, the one
 * written most often (on a tie, one opening with a known first name, then the latest). "Clinton said" in a story about Bill Clinton that also
 * names Hillary once is Bill; "Cruz said" where Ted Cruz's father is named once is Ted.
 */
function dominantBefore(forms: FullForm[], before: number): string | undefined {
  const counts = new Map<string, number>();
  for (const f of forms) {
    if (f.at >= before) break;
    const seen = counts.get(f.name) ?? 0;
    counts.delete(f.name); // re-inserted last: Map order then says which came latest
    counts.set(f.name, seen + 1);
  }
  // On a tie, a form opening with a known first name wins ("Paul Manafort", not the firm "Davis Manafort").
  const weight = (name: string, n: number) => 2 * n + (isFirstName(name.slice(0, name.indexOf(' '))) ? 1 : 0);
  let best: string | undefined;
  let most = 0;
  for (const [name, n] of counts) {
    const w = weight(name, n);
    if (w >= most) [best, most] = [name, w];
  }
  return best;
}

/** Full names written in a text, by surname. */
export type FullForms = Map<string, FullForm[]>;

/** The full name `surname` stands for at position `at`, from those written before it. */
export function fullNameBefore(forms: FullForms, surname: string, at: number): string | undefined {
  const list = forms.get(surnameKey(surname));
  return list && dominantBefore(list, at);
}

/** As fullNameBefore, else the first full name written after (a name given in full only later). */
export function fullNameAt(forms: FullForms, surname: string, at: number): string | undefined {
  return fullNameBefore(forms, surname, at) ?? forms.get(surnameKey(surname))?.[0]?.name;
}

/** A surname as forms are filed under it: an Arabic article opening a sentence is the same surname ("Al-Awlaki" is "al-Awlaki"). */
function surnameKey(surname: string): string {
  return surname.startsWith('Al-') || surname.startsWith('El-') ? surname[0]!.toLowerCase() + surname.slice(1) : surname;
}
