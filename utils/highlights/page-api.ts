// What the page script offers the worker (called through scripting.executeScript), and where it lives.
import type { Capture } from './types';

/** Global of the extension's isolated world that holds the page script once it is loaded. */
export const PAGE_API = '__keyquoteHighlighter';

export interface PageStatus {
  key: string;
  href: string;
  title: string;
  /** Ids of the highlights painted on the page now; the others are not found on this page. */
  anchored: string[];
}

export interface PageApi {
  /** The current selection as selectors over the live page, or null if nothing is selected. */
  capture(): Capture | null;
  /** A passage (e.g. a key quote) located on the live page, or null if it is not there. */
  locate(text: string): Capture | null;
  /** Scrolls to a passage and marks it briefly (a key quote clicked in the popup); false if it is not there. */
  reveal(text: string): boolean;
  status(): Promise<PageStatus>;
  scrollTo(id: string): boolean;
  /** The page's URL changed (single-page app): forget the old page's highlights, load the new ones. */
  reload(): Promise<void>;
}
