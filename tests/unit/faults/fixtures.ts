// Shared inputs of the fault unit tests.
import type { Capture } from '@/utils/highlights/types';

/** What the page reports for a selected passage. */
export const cap = (key: string, exact: string, start = 0): Capture => ({
  key,
  href: key,
  title: 'A page',
  quote: { exact, prefix: '', suffix: '', start, end: start + exact.length },
});
