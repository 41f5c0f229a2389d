// Loads a tab's summary from the worker, with loading and error states and the remembered length.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { KeyquoteError } from '@/utils/errors';
import { sendMessage } from '@/utils/messaging';
import { summaryLength } from '@/utils/settings';
import type { Summary, SummaryLength } from '@/utils/summary';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'done'; summary: Summary }
  | { status: 'error'; error: KeyquoteError };

export function useSummary(tabId: number | null) {
  const [length, setLengthState] = useState<SummaryLength | null>(null);
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  const [anyway, setAnyway] = useState(false);

  useEffect(() => {
    void summaryLength.getValue().then(setLengthState);
  }, []);

  const load = useCallback(
    async (opts: { fresh?: boolean } = {}) => {
      if (tabId === null || length === null) return;
      try {
        const summary = await sendMessage('summarize', { tabId, length, anyway, fresh: opts.fresh });
        setState({ status: 'done', summary });
        // Lets the benchmark read how long the popup took to show key quotes (after Preact's render).
        setTimeout(() => performance.mark('keyquote:summary-shown'), 0);
      } catch (err) {
        const e = err instanceof KeyquoteError ? err : new KeyquoteError('internal', String(err));
        setState({ status: 'error', error: e });
      }
    },
    [tabId, length, anyway],
  );

  useEffect(() => void load(), [load]);

  const setLength = (v: SummaryLength) => {
    setLengthState(v);
    void summaryLength.setValue(v);
  };
  return { state, length, setLength, summarizeAnyway: () => setAnyway(true), retry: () => load({ fresh: true }) };
}
