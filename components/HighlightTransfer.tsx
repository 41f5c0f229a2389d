// Export (Markdown, JSON) and import (JSON) of every highlight, for the Highlights page.
import { useState } from 'preact/hooks';
import type { PageHighlights } from '@/utils/highlights/types';
import { t, plural } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { exportJson, exportMarkdown } from './exportHighlights';

type Result = { ok: boolean; message: string } | null;

export function HighlightTransfer({ pages }: { pages: PageHighlights[] }) {
  const [result, setResult] = useState<Result>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, pages: touched } = await sendMessage('highlights-import', { json: await file.text() });
      const message = added === 0 ? t('importNothingNew') : t('importDone', [plural('nHighlights', added), plural('nPages', touched)]);
      setResult({ ok: true, message });
    } catch (err) {
      setResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <>
      <button type="button" data-testid="hl-export-md" onClick={() => exportMarkdown(pages)}>
        {t('exportMarkdown')}
      </button>
      <button type="button" data-testid="hl-export-json" onClick={() => exportJson(pages)}>
        {t('exportJson')}
      </button>
      <label class="kq-import">
        {t('importJson')}{' '}
        <input type="file" accept=".json,application/json" data-testid="hl-import" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} data-testid="hl-import-result" data-ok={result.ok}>
          {result.message}
        </p>
      )}
    </>
  );
}
