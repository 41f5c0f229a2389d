// Loads a tab's summary (of the page, or of the text selected on it) from the worker, with
// loading and error states and the remembered length.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { KeyquoteError } from '@/utils/errors';
import { sendMessage } from '@/utils/messaging';
import { summaryLength } from '@/utils/settings';
import { lastLength, rememberLength } from '@/utils/length-hint';
import { takePrefetched } from '@/utils/summary-prefetch';
import { markStage } from '@/utils/stage-mark';
import type { Summary } from '@/utils/summary';
import { useSetting } from './useSetting';

/** What to summarize; 'none' while the user has not asked yet (the side panel shows a button). */
export type SummarySource = 'page' | 'selection' | 'none';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'idle' }
  | { status: 'done'; summary: Summary }
  | { status: 'error'; error: KeyquoteError };

/** `source` undefined: not known yet (keeps loading; no default, or undefined would read as 'page'). `nonce`: a new value asks again. */
export function useSummary(tabId: number | null, source: SummarySource | undefined, nonce = 0) {
  // The length last used, until storage answers: the request need not wait for that read (the
  // prefetched answer is taken at once); when the setting changed elsewhere, its value asks again.
  const [length, setLength] = useSetting(summaryLength, lastLength);
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const target = `${tabId}:${source}`;
  // "Summarize anyway" holds for the page it was asked on only, not the next tab the panel follows.
  const [anywayFor, setAnywayFor] = useState<string | null>(null);
  const anyway = anywayFor === target;
  const shown = useRef(target);
  const latest = useRef(0);

  const load = useCallback(
    async (opts: { fresh?: boolean } = {}) => {
      // Another tab or source: drop what is shown rather than show the wrong page's quotes meanwhile.
      if (shown.current !== target) {
        shown.current = target;
        setState({ status: source === 'none' ? 'idle' : 'loading' });
      }
      if (tabId === null || length === null || source === undefined) return;
      if (source === 'none') return setState({ status: 'idle' });
      rememberLength(length);
      // Asked again after an error ("Summarize anyway", "Try again"): show (and announce) the reading.
      setState((s) => (s.status === 'error' ? { status: 'loading' } : s));
      const call = ++latest.current;
      try {
        const summary =
          source === 'page'
            ? await ((!anyway && !opts.fresh && takePrefetched(tabId, length)) ||
                sendMessage('summarize', { tabId, length, anyway, fresh: opts.fresh }))
            : await sendMessage('summarize-selection', { tabId, length });
        if (call !== latest.current) return; // a later request (another tab, length) won
        markStage('summary-answer');
        setState({ status: 'done', summary });
        // Lets the benchmark read how long the popup took to show key quotes (after Preact's render).
        setTimeout(() => markStage('summary-shown'), 0);
      } catch (err) {
        if (call !== latest.current) return;
        const e = err instanceof KeyquoteError ? err : new KeyquoteError('internal', String(err));
        setState({ status: 'error', error: e });
      }
    },
    // nonce: asking again (a second menu click) reloads even when nothing else changed.
    [tabId, length, anyway, source, target, nonce],
  );

  // Right after the render, not after the next frame (useEffect): an answer already there (reopened
  // popup, prefetched request) is then shown without waiting a frame or more on a busy machine.
  useLayoutEffect(() => void load(), [load]);

  return {
    state,
    length,
    setLength,
    summarizeAnyway: () => setAnywayFor(target),
    retry: () => load({ fresh: true }),
  };
}
