// The user's choices, kept in extension storage so they survive restarts (options page, popup).
import { storage } from 'wxt/utils/storage';
import type { Color } from './highlights/types';
import { AUTO_RESTORE_KEY } from './restore-setting';
import { DEFAULT_LENGTH, type SummaryLength } from './summary';

export const summaryLength = storage.defineItem<SummaryLength>('local:summaryLength', {
  fallback: DEFAULT_LENGTH,
  version: 1,
});

/** The colour of new highlights (menu, shortcut, "Save" on a key quote). */
export const highlightColor = storage.defineItem<Color>('local:highlightColor', { fallback: 'yellow' });

/** Paint saved highlights on page load; off: only when the user opens the popup on the page. */
export const autoRestore = storage.defineItem<boolean>(`local:${AUTO_RESTORE_KEY}`, { fallback: true });
