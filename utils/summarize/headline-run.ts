// Who a headline's run of capitalised words names as speaking ("Trump Addresses Munich Attack: ‘…’"): its subject, not its object.
import { cleanName, isFirstName } from './names';
import type { Attribution, AttributionContext } from './attribution-kinds';

// Words a headline capitalises that a name never holds.
export const HEADLINE_FUNCTION_WORD = /^(?:On|To|Of|For|In|At|With|By|About|From|As|And|Or|The|An|Is|Are|Was|Were|Says|Say|Over|After|Against|Into)$/u;

// A headline's verb in the present: "Praises", "Slams", "Tells" (not "Supporter", whose run may end on who speaks).
const HEADLINE_VERB = /^\p{Lu}\p{Ll}+s$/u;

// A headline's run too long to be one name: "Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle:".
const LONG_HEADLINE_RUN = /^\s*((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){5,12}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u;

/** A headline's run cut before its first capitalised function word: "CNN President On Trump" → "CNN President" (who spoke is not whom it is about). */
export function beforeCapitalisedFunctionWord(run: string): string {
  const words = run.split(/\s+/u);
  const cut = words.findIndex((w, i) => i > 0 && HEADLINE_FUNCTION_WORD.test(w));
  return cut > 0 ? words.slice(0, cut).join(' ') : run;
}

/**
 * A headline's run of three words or more opening with a surname the story writes in full, or a first name and one,
 * then a verb: the person, without the headline's capitalised verb and object ("Trump Addresses Munich Attack" → "Trump";
 * not "Trump Supporter Jane Doe", whose run ends on who speaks). Otherwise the run as it is.
 */
export function headlineSubject(run: string, ctx: Pick<AttributionContext, 'isSurname'>): string {
  const words = run.split(/\s+/u);
  if (words.length >= 3 && ctx.isSurname?.(words[0]!) && HEADLINE_VERB.test(words[1]!)) return words[0]!;
  if (words.length >= 4 && isFirstName(words[0]!) && ctx.isSurname?.(words[1]!) && HEADLINE_VERB.test(words[2]!)) return `${words[0]} ${words[1]}`;
  return run;
}

/** The person a run of capitalised words too long for one name opens on, as headlineSubject reads it, or null. */
export function longHeadlineSubject(sentence: string, ctx: AttributionContext): Attribution {
  const run = LONG_HEADLINE_RUN.exec(sentence)?.[1];
  const opening = run ? headlineSubject(run, ctx) : '';
  const name = opening && opening !== run ? cleanName(opening, ctx.isStopword) : '';
  return name ? { kind: 'name', name } : null;
}
