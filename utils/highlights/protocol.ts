// The highlight messages of the typed protocol (merged into utils/protocol.ts) and their shape checks.
import { isColor, type Color, type Highlight } from './types';

export interface TabHighlights {
  /** The page's normalized URL (its storage key). */
  url: string;
  title: string;
  highlights: Highlight[];
  /** Ids painted on the page now; the others are listed as not found on this page. */
  anchored: string[];
}

export interface HighlightProtocol {
  'highlight-save-quote'(req: { tabId: number; text: string; color?: Color }): Highlight;
  'highlights-of-tab'(req: { tabId: number }): TabHighlights;
  'highlight-update'(req: { url: string; id: string; color?: Color; note?: string }): Highlight;
  'highlight-delete'(req: { url: string; id: string }): { deleted: boolean };
  'highlight-scroll'(req: { tabId: number; id: string }): { found: boolean };
  'highlights-import'(req: { json: string }): { added: number; pages: number };
  /** Empties all of Keyquote's storage, queued after every highlight change already asked for. */
  'clear-all-data'(req: Record<string, never>): { cleared: true };
}

const obj = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null;
const tab = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const text = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max;
const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const ref = (d: Record<string, unknown>) => text(d.url, 8_192) && text(d.id, 100);

export const highlightChecks: { [K in keyof HighlightProtocol]: (d: unknown) => boolean } = {
  'highlight-save-quote': (d) => obj(d) && tab(d.tabId) && text(d.text, 20_000) && opt(d.color, isColor),
  'highlights-of-tab': (d) => obj(d) && tab(d.tabId),
  'highlight-update': (d) =>
    obj(d) && ref(d) && opt(d.color, isColor) && opt(d.note, (n) => typeof n === 'string' && n.length <= 10_000),
  'highlight-delete': (d) => obj(d) && ref(d),
  'highlight-scroll': (d) => obj(d) && tab(d.tabId) && text(d.id, 100),
  // Up to 64 MiB: the browser's own limit on one message.
  'highlights-import': (d) => obj(d) && text(d.json, 64 * 1024 * 1024 - 1024),
  'clear-all-data': (d) => obj(d) && Object.keys(d).length === 0,
};
