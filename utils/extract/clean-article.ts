// Removes from Readability's article node what readers do not read as the article: captions, credits,
// share bars, related-link lists, newsletter boxes, author bios. Structural rules only, never per site.

/** Elements that are never the article's running text. */
const NOT_TEXT = 'figure, figcaption, picture, nav, aside, footer, form, button, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="dialog"], [aria-hidden="true"], [hidden]';
/**
 * Class and id vocabulary of boxes around the text (matched against "class id", word by word).
 * Kept short: every word here was seen meaning "not the article" on many sites, never the body itself.
 */
const BOX_VOCABULARY =
  /(?:^|[\s_-])(?:captions?|credits?|share|sharing|related|newsletters?|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|byline|author|bio|comments?|breadcrumbs?|tags|timestamp|signup|recommended|trending|popular|most-?read|read-?more|more-?stories|gallery|slideshow|carousel|swiper|rail|disclaimer|toolbar|references|reflist)(?:$|[\s_-])/i;
/** A box is removed by its vocabulary only when it is small beside the whole: never the body itself. */
const BOX_MAX_SHARE = 0.25;
// A box its class words name an image, holding only a caption's worth of text: the caption, after Readability dropped the
// image and made the caption's own box a paragraph without its class ("InlineImage-imageEmbed" › "Sheikh Mohammed…,
// center blue sandals, passes a Boeing Co. 787-10…"). Bootstrap's "media-body" holds prose of any length: not this.
const IMAGE_BOX = /(?:^|[\s_-])(?:image|img|photo|picture)(?:$|[\s_-])/i;
/** A caption with its photographer's credit ("… Christopher Pike | Bloomberg | Getty Images") runs to about 350 characters. */
const CAPTION_MAX_CHARS = 450;
/** A list this much link text is navigation or "related" links, not prose. */
const LINK_LIST_DENSITY = 0.5;
/** A paragraph or heading that is one link to elsewhere on the site is a promo for another page. */
const LINK_BLOCK_DENSITY = 0.9;
const TEXT_BLOCKS = 'p, h2, h3, h4, h5, h6';
const HEADING = /^H[2-6]$/;

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += textLength(a);
  return links / total;
}

/** The root's text length, read once and only when a rule needs it (a whole book's text is costly to read). */
function rootLength(root: Element): () => number {
  let n = 0;
  return () => (n ||= textLength(root) || 1);
}

/** Still under `root` (not inside something removed before it): a walk up, cheap in every DOM. */
function inside(root: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e === root) return true;
  return false;
}

/**
 * "class id" as words: camelCase split too ("newsCaption" says caption as "news-caption" does). An id
 * of four words or more is a heading's slug ("sharing-with-a-single-developer"), not a box's name.
 */
function vocabularyOf(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  const named = id.split(/[-_]/).length < 4 ? id : '';
  return `${el.getAttribute('class') ?? ''} ${named}`.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
}

/** Host of a link: '' for a relative one (this site). */
function hostOf(href: string, base: string): string {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Whether most links of `el` lead to the page's own site: menus and "related" lists do, shop and source links do not. */
function linksStayOnSite(el: Element, url: string): boolean {
  const site = hostOf(url, url);
  const links = [...el.querySelectorAll('a[href]')];
  const own = links.filter((a) => [site, ''].includes(hostOf(a.getAttribute('href') ?? '', url))).length;
  return own * 2 >= links.length;
}

/**
 * The same judgement without changing anything, for a live page read in place (huge pages are not
 * cloned): an element never text, a small box its class words name, or a list of on-site links.
 */
export function boilerplateTest(root: Element, url: string): (el: Element) => boolean {
  const total = rootLength(root);
  return (el) => {
    if (el.matches(NOT_TEXT)) return true;
    const words = vocabularyOf(el);
    const named = BOX_VOCABULARY.test(words);
    const image = !named && IMAGE_BOX.test(words);
    if (named || image) {
      const length = textLength(el);
      if (length / total() < BOX_MAX_SHARE && (named || length <= CAPTION_MAX_CHARS)) return true;
    }
    return (el.tagName === 'UL' || el.tagName === 'OL') && linkDensity(el) >= LINK_LIST_DENSITY && linksStayOnSite(el, url);
  };
}

/** Cleans `root` in place (Readability's own clone of the page: never the live document). */
export function cleanArticle(root: Element, url: string): void {
  // What is never text goes first, so that a box is "small" beside the text that stays.
  for (const el of [...root.querySelectorAll(NOT_TEXT)]) el.remove();
  // Then the same judgement the live reading of a huge page makes (boilerplateTest), element by element.
  const boilerplate = boilerplateTest(root, url);
  for (const el of [...root.querySelectorAll('[class], [id], ul, ol')]) if (inside(root, el) && boilerplate(el)) el.remove();
  for (const block of [...root.querySelectorAll(TEXT_BLOCKS)]) {
    // A link within the page ("#section", a heading's permalink) leads nowhere else: not a promo.
    if (inside(root, block) && !block.querySelector('a[href^="#"]') && linkDensity(block) >= LINK_BLOCK_DENSITY && linksStayOnSite(block, url)) block.remove();
  }
  removeNestedArticles(root);
  removeOrphanHeadings(root);
}

/**
 * An <article> inside the article is, as HTML defines it, another piece: a comment, a teaser for a
 * related story. It goes unless it holds most of the text (sites that wrap the body twice).
 */
function removeNestedArticles(root: Element): void {
  const total = rootLength(root);
  for (const inner of [...root.querySelectorAll('article article, [role="article"] [role="article"]')]) {
    if (inside(root, inner) && textLength(inner) / total() < 0.5) inner.remove();
  }
}

/** A heading with no text left under it ("More stories", "You may also like") introduced what was removed. */
function removeOrphanHeadings(root: Element): void {
  const headings = [...root.querySelectorAll('h2, h3, h4, h5, h6')];
  for (const h of headings.reverse()) {
    let next = h.nextElementSibling;
    while (next && !textLength(next)) next = next.nextElementSibling;
    const parentEnds = !next && h.parentElement !== root;
    if ((!next && !parentEnds) || (next && HEADING.test(next.tagName) && next.tagName <= h.tagName)) h.remove();
  }
}
