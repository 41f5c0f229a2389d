// Copies text to the clipboard and says so for a moment.
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function CopyButton({ getText, label }: { getText: () => string; label: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(getText());
      setDone('copied');
    } catch {
      setDone('failed');
    }
    setTimeout(() => setDone('idle'), 1500);
  };
  return (
    <button type="button" data-testid="copy-markdown" onClick={copy} aria-live="polite">
      {done === 'copied' ? t('copied') : done === 'failed' ? t('copyFailed') : label}
    </button>
  );
}
