// Reads page-level facts (language, direction, site, date) that Readability may not report.

const NAMED_BY = ['property', 'name', 'itemprop'];

/**
 * The content of the first <meta> named by one of `keys` (in order). One walk over the page's <meta>
 * elements per call, not one selector query (a walk of the whole page) per key: on a page of 100k
 * elements those walks added tens of milliseconds to the reading.
 */
function meta(doc: Document, ...keys: string[]): string | null {
  const metas = [...doc.getElementsByTagName('meta')];
  for (const key of keys) {
    const el = metas.find((m) => NAMED_BY.some((a) => m.getAttribute(a) === key));
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Primary language tag of the page, lower-cased ('' when the page does not say). */
export function pageLang(doc: Document, hint?: string | null): string {
  const raw = hint || doc.documentElement?.getAttribute('lang') || meta(doc, 'og:locale', 'language') || '';
  return raw.trim().toLowerCase().replace('_', '-');
}

const RTL_LANGS = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/;

const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u052F\u0900-\u0DFF\u3040-\u9FFF\uAC00-\uD7AF]/g;

/** Direction of a text by its letters: right-to-left when most of them are Hebrew or Arabic script. */
export function textDir(sample: string): 'ltr' | 'rtl' {
  const rtl = sample.match(RTL_CHAR)?.length ?? 0;
  const ltr = sample.match(LTR_CHAR)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}

/** `sample`: some of the page's text, used only when neither `dir` nor a language says it. */
export function pageDir(doc: Document, lang: string, hint?: string | null, sample = ''): 'ltr' | 'rtl' {
  const d = (hint || doc.documentElement?.getAttribute('dir') || '').toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  if (lang) return RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
  return textDir(sample);
}

export function pageSite(doc: Document, url: string, hint?: string | null): string | null {
  const site = hint || meta(doc, 'og:site_name', 'application-name');
  if (site) return site;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

export function pagePublished(doc: Document, hint?: string | null): string | null {
  const raw =
    hint ||
    meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued') ||
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ||
    null;
  if (!raw) return null;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * The address a saved page says it came from: its canonical link, else its Open Graph URL; undefined when it names none that
 * is absolute http(s). The extension knows the tab's address; a file the CLI reads does not, and without one every link looks
 * like another site's, so the cleaning that drops a paragraph that is one link to another page of the site (a promo: "Dave
 * Matthews Band takes over Rock Hall Fan Vote") could never apply.
 */
export function savedPageUrl(doc: Document): string | undefined {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  return [canonical, meta(doc, 'og:url')].find((u): u is string => !!u && /^https?:\/\/[^\s/]+/iu.test(u));
}
