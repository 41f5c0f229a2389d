// The JSON export format (versioned) and its strict reader: a broken or foreign file is refused
// as a whole, with a message that says why, before anything is written.
import { isColor, type Highlight, type PageHighlights } from './types';
import { t } from '../i18n';

export const EXPORT_FORMAT = 'keyquote-highlights';
export const EXPORT_VERSION = 1;

export interface HighlightsExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported: string;
  pages: PageHighlights[];
}

export function toExport(pages: PageHighlights[], now = new Date()): HighlightsExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), pages };
}

export class ImportError extends Error {}

const MAX_TEXT = 20_000;
const str = (v: unknown, max = MAX_TEXT) => typeof v === 'string' && v.length <= max;
const int = (v: unknown) => Number.isInteger(v) && (v as number) >= -1;
const webUrl = (v: unknown) => {
  if (!str(v, 8_192)) return false;
  try {
    return /^https?:$/.test(new URL(v as string).protocol);
  } catch {
    return false;
  }
};

function checkHighlight(h: unknown): h is Highlight {
  const x = h as Record<string, unknown>;
  return (
    typeof h === 'object' && h !== null &&
    str(x.id, 100) && (x.id as string).length > 0 && webUrl(x.href) &&
    str(x.exact) && (x.exact as string).length > 0 && str(x.prefix) && str(x.suffix) &&
    int(x.start) && int(x.end) && isColor(x.color) && str(x.note) &&
    Number.isFinite(x.created) && Number.isFinite(x.updated)
  );
}

/** Parses an export; throws ImportError (nothing imported) unless every page and highlight is well formed. */
export function parseExport(json: string): HighlightsExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError(t('impNotJson'));
  }
  const d = data as Record<string, unknown>;
  if (typeof data !== 'object' || data === null || d.format !== EXPORT_FORMAT) {
    throw new ImportError(t('impNotExport'));
  }
  if (d.version !== EXPORT_VERSION) {
    throw new ImportError(t('impVersion', String(d.version)));
  }
  if (!Array.isArray(d.pages)) throw new ImportError(t('impNoPages'));
  d.pages.forEach((p: unknown, i) => {
    const page = p as Record<string, unknown>;
    const ok = typeof p === 'object' && p !== null && webUrl(page.url) && str(page.title, 2_000) && Array.isArray(page.highlights);
    if (!ok || !(page.highlights as unknown[]).every(checkHighlight)) {
      throw new ImportError(t('impDamaged', i + 1));
    }
  });
  return data as HighlightsExport;
}
