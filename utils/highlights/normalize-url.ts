// The storage key of a page: its URL without fragment or tracking parameters, or its
// rel=canonical when that points to the same site (so ?page=2 or AMP variants share highlights).

const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|spm)$/i;

const bareHost = (u: URL) => u.hostname.replace(/^www\./, '');

/** The URL without fragment and tracking parameters; remaining parameters sorted (key only). */
export function cleanUrl(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href.split('#')[0] ?? href;
  }
  u.hash = '';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k));
  const params = new URLSearchParams(kept);
  params.sort();
  u.search = params.toString();
  return u.href;
}

/** The page's key: the clean canonical URL when it is on the same site, else the clean URL. */
export function pageKey(href: string, canonical?: string | null): string {
  const clean = cleanUrl(href);
  if (!canonical) return clean;
  try {
    const c = new URL(canonical, href);
    const h = new URL(href);
    if ((c.protocol === 'http:' || c.protocol === 'https:') && bareHost(c) === bareHost(h)) return cleanUrl(c.href);
  } catch {
    // A broken canonical link is ignored.
  }
  return clean;
}

/** The key of the document the script runs in. */
export function documentKey(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.getAttribute('href');
  return pageKey(doc.location.href, canonical);
}

/** The chrome.storage key of a page's highlights ('local:' + this in wxt storage). */
export const storageKeyOf = (pageUrl: string) => `hl:${pageUrl}`;
