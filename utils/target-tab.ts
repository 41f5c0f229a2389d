// Which tab the popup speaks about: `?tab=ID` when given (side panel, tests), else the active tab.
import { browser } from 'wxt/browser';
import { findTargetTab } from './tab-from-search';

export const targetTabId = (search: string): Promise<number | null> => findTargetTab(browser.tabs, search);
