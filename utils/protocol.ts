// The one typed map of every message between Keyquote's contexts, with runtime shape checks.
import { highlightChecks, type HighlightProtocol } from './highlights/protocol';
import type { Summary, SummaryLength } from './summary';

export interface SummarizeRequest {
  tabId: number;
  length: SummaryLength;
  /** Summarize the page's visible text even when it does not look like an article. */
  anyway?: boolean;
  /** Skip the cache (the user asked again). */
  fresh?: boolean;
}

/** Key quotes of the text the user last selected in a tab, as a context-menu click stored it. */
export interface SelectionRequest {
  tabId: number;
  length: SummaryLength;
}

export interface RevealRequest {
  tabId: number;
  text: string;
}

export interface Protocol extends HighlightProtocol {
  summarize(req: SummarizeRequest): Summary;
  reveal(req: RevealRequest): { found: boolean };
  'summarize-selection'(req: SelectionRequest): Summary;
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Parameters<Protocol[T]>[0];
export type ResponseOf<T extends MessageType> = ReturnType<Protocol[T]>;

type Check = (data: unknown) => boolean;
const isObj = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null;
const isTabId = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
const isLength = (v: unknown) => v === 'short' || v === 'medium' || v === 'long';
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';

/** Shape checks: a message whose data fails its check is refused before any handler runs. */
export const requestChecks: { [K in MessageType]: Check } = {
  summarize: (d) => isObj(d) && isTabId(d.tabId) && isLength(d.length) && optBool(d.anyway) && optBool(d.fresh),
  reveal: (d) => isObj(d) && isTabId(d.tabId) && typeof d.text === 'string' && d.text.length <= 20_000,
  ...highlightChecks,
  'summarize-selection': (d) => isObj(d) && isTabId(d.tabId) && isLength(d.length),
};
