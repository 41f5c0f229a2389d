// Who wrote the article, when its text says so: an op-ed's closing bio or a byline at the top.

// "Charlotte Meehan is playwright-in-residence at…", "Jane Doe, a former diplomat, writes on…": the last paragraph.
const BIO = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:,[^,]{2,80},)?\s+(?:is|was|has been|teaches|writes|served)\s/u;
// "By Jane Doe" on a line of its own near the top.
const BYLINE = /^\s*By\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*$/mu;
/** How far from the top a byline is looked for (characters). */
const BYLINE_HEAD = 600;

/**
 * The author's name ('' when the text does not say), for quotations the writer attributes to
 * themselves ("I laughed and said, “…”"). `clean` turns a capitalised phrase into a person's name or ''.
 */
export function authorOf(text: string, clean: (phrase: string) => string): string {
  const bio = BIO.exec(lastParagraph(text));
  const byline = BYLINE.exec(text.slice(0, BYLINE_HEAD));
  const name = clean((bio ?? byline)?.[1] ?? '');
  return name.includes(' ') ? name : '';
}

/** The text's last non-empty line, trimmed (without splitting the whole text). */
function lastParagraph(text: string): string {
  const body = text.trimEnd();
  return body.slice(body.lastIndexOf('\n') + 1).trim();
}
