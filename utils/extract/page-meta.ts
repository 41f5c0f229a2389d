// Reads page-level facts (language, direction, site, date) that Readability may not report.

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
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

export function pageDir(doc: Document, lang: string, hint?: string | null): 'ltr' | 'rtl' {
  const d = (hint || doc.documentElement?.getAttribute('dir') || '').toLowerCase();
  if (d === 'rtl' || d === 'ltr') return d;
  return RTL_LANGS.test(lang) ? 'rtl' : 'ltr';
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
