// The user's choices, kept in extension storage so they survive restarts.
import { storage } from 'wxt/utils/storage';
import type { SummaryLength } from './summary';

export const summaryLength = storage.defineItem<SummaryLength>('local:summaryLength', {
  fallback: 'short',
  version: 1,
});
