// Export (Markdown, JSON) and import (JSON) of every highlight, for the Highlights page.
import { useState } from 'preact/hooks';
import { downloadText } from '@/utils/highlights/download';
import { toExport } from '@/utils/highlights/exchange';
import { pagesToMarkdown } from '@/utils/highlights/markdown';
import type { PageHighlights } from '@/utils/highlights/types';
import { sendMessage } from '@/utils/messaging';

type Result = { ok: boolean; message: string } | null;

export function HighlightTransfer({ pages }: { pages: PageHighlights[] }) {
  const [result, setResult] = useState<Result>(null);
  const day = new Date().toISOString().slice(0, 10);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { added, pages: touched } = await sendMessage('highlights-import', { json: await file.text() });
      const message = added === 0 ? 'Nothing new: every highlight in this file is already here.' : `Imported ${added} highlight${added === 1 ? '' : 's'} on ${touched} page${touched === 1 ? '' : 's'}.`;
      setResult({ ok: true, message });
    } catch (err) {
      setResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <>
      <button type="button" data-testid="hl-export-md" onClick={() => downloadText(`keyquote-highlights-${day}.md`, pagesToMarkdown(pages), 'text/markdown')}>
        Export Markdown
      </button>
      <button
        type="button"
        data-testid="hl-export-json"
        onClick={() => downloadText(`keyquote-highlights-${day}.json`, JSON.stringify(toExport(pages), null, 1), 'application/json')}
      >
        Export JSON
      </button>
      <label class="kq-import">
        Import JSON{' '}
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
