// Drops the article's blocks a reader skips: the repeated headline, date lines, photo credits, the page's
// address, "Advertisement" and "Read more" labels and promos. Rules on the shape of the text only.

/** Lines made only of these are a dateline ("Updated 1:39 am EST, Wednesday, November 20, 2019"). */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|[a-z]?[ecmp][sd]t|gmt|utc|bst|cet|ist|first|last|published|updated|posted|modified|on|at|ago|(?:second|minute|hour|day|week|month|year)s?|\d+(?:st|nd|rd|th)?)\b/gi;
/** Labels that stand alone as a block: never a sentence of the article. */
const LABEL =
  /^(?:advert(?:isement)?|sponsored(?: content)?|skip to(?: main)? content|sign in|log ?in|subscribe(?: now)?|share(?: this(?: article)?)?|close|caption|loading(?: content)?|continue reading(?: below)?|read more|see more|show more|more|related(?: news| stories| articles| content)?|you may also like|don'?t miss|trending(?: now)?|latest(?: news)?|breaking news|popular|most (?:read|popular)|comments?|post (?:a )?comment|leave a (?:comment|reply)|image \d+ of \/? ?\d+)\W*$/i;
/** Promo lines that introduce a link: "Read more: …", "SEE MORE: …", "Related: …". */
const PROMO = /^(?:read more|see more|more|related|also|watch|listen|don'?t miss|click here|also read)\s*[:|–—-]/i;
/**
 * Photo credits and captions: "Photo: …", "Image copyright …", "(Image: GETTY)", "… | Getty Images", "…, installation views,
 * photos © Inexhibit, 2018"; a copyright line ("Copyright © Mortons Media Group Ltd", "Copyright 2019 …").
 */
const CREDIT_START = /^(?:\(?(?:photos?|images?|pictures?|credits?|file photo|image copyright|image caption|media caption|media playback)\b\s*[:©(]?|copyright\s+(?:©|\(c\)|\d{4}))/i;
const CREDIT_END = /(?:\((?:image|photo|picture)s?\b[^)]*\)|\b(?:credit|photo|image)s?:[^.!?]*|\b(?:photo|image|picture)s?\s+(?:©|\(c\))[^.!?]*|getty images|shutterstock|\/ ?ap|\bap photo[^)]*\))\W*$/i;
/** A block this short may be a label or a credit; longer ones are left alone. */
const SHORT_WORDS = 12;
const CREDIT_MAX_WORDS = 30;

const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A date and nothing else: a number, a word of dates (a month, "Updated"; a bare time is live-blog text), no other word. */
const isDateLine = (b: string) =>
  /\d/.test(b) &&
  (b.match(DATE_WORDS) ?? []).some((w) => !/\d|^[ap]\.?m\.?$|^(?:on|at)$/i.test(w)) &&
  !/\p{L}/u.test(b.replace(DATE_WORDS, ''));
/** The page's own address or an e-mail address, alone on a line. */
const isAddress = (b: string, url: string) => b === url || /^\S+@\S+\.\S+$/.test(b);
const isCredit = (b: string) => CREDIT_START.test(b) || CREDIT_END.test(b);
const DATE_MAX_WORDS = 16;

/** Past this length a block is longer than any credit, date or label (30 words): only a promo test applies. */
const LONG_CHARS = 400;

function dropsAlone(b: string, title: string, url: string): boolean {
  if (b.length > LONG_CHARS) return PROMO.test(b);
  // Blocks are normalized (single spaces): spaces count the words of a short line cheaply.
  const words = b.split(' ').length;
  if (isAddress(b, url) || PROMO.test(b)) return true;
  if ((words <= DATE_MAX_WORDS && isDateLine(b)) || (words <= CREDIT_MAX_WORDS && isCredit(b))) return true;
  if (words > SHORT_WORDS) return false;
  return LABEL.test(b) || (title !== '' && squeeze(b) === title);
}

/** Blocks read from a page: their texts and which of them are headings (indices into `blocks`). */
export interface ReadBlocks {
  blocks: string[];
  headings: number[];
}

/** The blocks a reader reads as the article, each judged alone, with the heading indices kept in step. */
export function cleanBlocks(read: { blocks: readonly string[]; headings: readonly number[] }, title: string, url: string): ReadBlocks {
  const t = squeeze(title);
  const isHeading = new Set(read.headings);
  const out: ReadBlocks = { blocks: [], headings: [] };
  read.blocks.forEach((b, i) => {
    if (dropsAlone(b, t, url)) return;
    if (isHeading.has(i)) out.headings.push(out.blocks.length);
    out.blocks.push(b);
  });
  return out;
}
