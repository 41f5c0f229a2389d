// The role an article gives a speaker: the title before their name ("Interior Minister Ihor Klymenko") or the apposition after it ("Mike Lake, a spokesman for Yukos,").
import { TITLES } from './names';

// Capitalised words before a name, at least one of them a title word: "U.S. President", "Interior Minister".
const TITLE_RUN = /((?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}'’-]*\.?)(?:\s+(?:\p{Lu}\.)+|\s+\p{Lu}[\p{L}\p{M}'’-]*\.?){0,3})\s+$/u;
// ", a spokesman for Yukos," / ", the Republican attorney general of Oklahoma," after a name.
const APPOSITION = /^,\s+(?:a|an|the)\s+([\p{L}\p{M}'’ .-]{3,60}?)\s*[,.;]/u;
// An apposition must name a role, not a description of anything else.
const ROLE_HEAD = /(?:^|\s)(?:spokes(?:man|woman|person)|minister|president|secretary|senator|governor|mayor|director|chief|chairman|chairwoman|chair|leader|head|adviser|advisor|aide|professor|lawyer|attorney|officer|official|ambassador|manager|strategist|analyst|economist|founder|executive|ceo|editor|writer|reporter|correspondent|commissioner|judge|member|candidate|nominee|representative|congressman|congresswoman|coach|captain|general)(?:\s|$)/iu;

/** The role of the person named `name` where the text first introduces them, or undefined. */
export function roleOf(text: string, name: string): string | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const titled = TITLE_RUN.exec(text.slice(Math.max(0, at - 60), at))?.[1];
    if (titled && titled.split(/\s+/u).some((w) => TITLES.has(w.replace(/\.$/u, '').toLowerCase()))) return titled.replace(/\.$/u, '');
    const apposed = APPOSITION.exec(text.slice(at + name.length, at + name.length + 80))?.[1];
    if (apposed && ROLE_HEAD.test(apposed)) return apposed.trim();
  }
  return undefined;
}
