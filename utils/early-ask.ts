// The popup's summary request as its first script sends it, before the UI's modules are even fetched.
import { envelope } from './message-envelope';
import type { SummaryLength } from './summary';
import { findTargetTab, type TabsApi } from './tab-from-search';
import { markStage } from './stage-mark';

/** What the early ask needs of the extension API: the browser's own (no polyfill), or the polyfill's. */
export interface AskApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: TabsApi;
}

/** The request on its way: its length, and once the tab is known, the tab and the reply as it comes off the channel (null: no tab). */
export interface EarlyAsk {
  length: SummaryLength;
  sent: Promise<{ tabId: number; reply: Promise<unknown> } | null>;
}

function send(api: AskApi, message: unknown): Promise<unknown> {
  markStage('popup-asked');
  return api.runtime.sendMessage(message);
}

/** Looks up the tab (the address's, else the active one) and sends it the summarize request. */
export function askEarly(api: AskApi, search: string, length: SummaryLength): EarlyAsk {
  const tabId = findTargetTab(api.tabs, search).catch(() => null);
  // The reply is wrapped, not chained: the UI decodes it (and its error) when it takes it.
  const sent = tabId.then((id) => (id === null ? null : { tabId: id, reply: send(api, envelope('summarize', { tabId: id, length })) }));
  return { length, sent };
}

// The first script is a classic script and the UI a module graph: the page's global is their one meeting point.
const HANDOFF = '__keyquoteEarlyAsk';

export function leaveEarlyAsk(ask: EarlyAsk): void {
  (globalThis as Record<string, unknown>)[HANDOFF] = ask;
}

/** The first script's ask, once; null when it did not run (then the UI asks itself). */
export function takeEarlyAsk(): EarlyAsk | null {
  const g = globalThis as Record<string, unknown>;
  const ask = (g[HANDOFF] as EarlyAsk | undefined) ?? null;
  delete g[HANDOFF];
  return ask;
}
