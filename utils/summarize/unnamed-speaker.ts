// Whether "he said" goes on with someone the article never names: "A Labour spokesman denied the claim. “…,” he said."

// A sentence opening on someone unnamed who speaks for a body: "A spokeswoman for the Information Commissioner's Office said",
// "A Labour spokesman denied", "An aide to the senator told".
const UNNAMED_OPENER = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:A|An|One|Another)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|aide|source|adviser|advisor|staffer|insider)(?![\p{L}])/gu;
// How far back the opener is looked for (characters): the sentence or two before the quotation.
const WINDOW = 400;

/**
 * Whether a sentence opening on someone unnamed ("A Labour spokesman denied…") comes last before `open`, in its
 * paragraph, with no one named after it: a pronoun there means that person, whom no name stands for.
 * `named` says whether the article names a person between two positions.
 */
export function unnamedSpokeJustBefore(text: string, open: number, named: (from: number, to: number) => boolean): boolean {
  const from = Math.max(text.lastIndexOf('\n', open - 1) + 1, open - WINDOW);
  let last = -1;
  for (const m of text.slice(from, open).matchAll(UNNAMED_OPENER)) last = from + m.index;
  return last >= 0 && !named(last, open);
}
