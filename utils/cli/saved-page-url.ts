// The address a saved page says it came from, for a page read from a file: its canonical link, else its Open Graph URL.

/**
 * A saved page's own address ("https://www.cleveland.com/…"), or undefined when it names none that is absolute http(s).
 * The extension knows the tab's address; a file read by the CLI does not, and without one every link looks like another
 * site's, so the cleaning that removes a paragraph that is one link to another page of the site (a promo: "Dave Matthews
 * Band takes over Rock Hall Fan Vote") could never apply.
 */
export function savedPageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((u): u is string => typeof u === 'string' && /^https?:\/\/[^\s/]+/iu.test(u.trim()))?.trim();
}
