// Sites as the permissions API sees them: the pattern asked for a page, the granted patterns the
// restore script may run on, and the sites that hold saved highlights.

const WEB = /^https?:$/;
/** A granted origin the restore script can use: http, https or both (`*`), any host. */
const WEB_PATTERN = /^(\*|https?):\/\/[^/]+\/\*$/;

/** The host of an http(s) URL, or null (file pages, browser pages, junk). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return WEB.test(u.protocol) && u.hostname ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The pattern asked for a page's site: that host only, http and https, every port and path. */
export function sitePattern(url: string | undefined): string | null {
  const host = hostOf(url);
  return host ? `*://${host}/*` : null;
}

/** The granted origins the restore script is registered for (sorted, so that equal sets compare equal). */
export function restoreMatches(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => WEB_PATTERN.test(o)))].sort();
}

/** The host a granted pattern names, for display ("*" for every site). */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\/([^/]+)\/.*$/, '$1');
}

/** Whether a granted pattern covers every site (from "Restore on every site" or a browser setting). */
export const isEverySite = (pattern: string): boolean => hostOfPattern(pattern) === '*';

/** Whether the granted patterns cover a page (host `*.example.com` covers its subdomains, as browsers do). */
export function covers(patterns: readonly string[], url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const scheme = new URL(url).protocol.slice(0, -1);
  return patterns.some((p) => {
    const m = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(p);
    if (!m || (m[1] !== '*' && m[1] !== scheme)) return false;
    const h = m[2]!;
    return h === '*' || h === host || (h.startsWith('*.') && (host === h.slice(2) || host.endsWith(h.slice(1))));
  });
}

/** Highlight storage keys are `hl:<page URL>` (plus `hl:<url>$` version marks): the sites they are on. */
export function sitesWithHighlights(keys: readonly string[]): string[] {
  const hosts = keys.filter((k) => k.startsWith('hl:') && !k.endsWith('$')).map((k) => hostOf(k.slice(3)));
  return [...new Set(hosts.filter((h): h is string => h !== null))].sort();
}
