// Asks a tab to scroll to a key quote and mark it, through the page's highlighter (one search for both).
import type { RevealRequest } from '../protocol';
import { callPage } from './highlights-tab';

export async function revealInTab(req: RevealRequest): Promise<{ found: boolean }> {
  return { found: (await callPage(req.tabId, 'reveal', req.text)) === true };
}
