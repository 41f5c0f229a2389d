// Tells which pages no extension may read, and says why in words a user understands.
import { t } from './i18n';

const RULES: [RegExp, string][] = [
  [/^(chrome|edge|brave|opera|vivaldi):\/\//i, t('rBrowserPage')],
  [/^about:/i, t('rBrowserPage')],
  [/^(chrome-extension|moz-extension|extension):\/\//i, t('rExtensionPage')],
  [/^view-source:/i, t('rViewSource')],
  [/^https:\/\/chrome(webstore)?\.google\.com\/(webstore|detail)/i, t('rStore')],
  [/^https:\/\/chromewebstore\.google\.com\//i, t('rStore')],
  [/^https:\/\/addons\.mozilla\.org\//i, t('rAddons')],
  [/^(data|blob|javascript|devtools):/i, t('rUnreadableKind')],
];

/** file:// pages are readable only once the user allows it in the browser's extension settings. */
export const FILE_REASON = t('rFile');

export const PDF_REASON = t('rPdf');

/** Why Keyquote cannot read a page at this URL, or null when it may try. */
export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  for (const [re, reason] of RULES) if (re.test(url)) return reason;
  return null;
}

/** Maps the browser's injection errors to the same plain reasons. */
export function reasonFromInjectionError(message: string, url?: string | null): string | null {
  if (/^file:/i.test(url ?? '') || /file:\/\//i.test(message)) return FILE_REASON;
  if (/chrome:\/\/|about:|cannot be scripted|extensions gallery|webstore|moz-extension|view-source/i.test(message)) {
    return /gallery|webstore/i.test(message)
      ? t('rStore')
      : t('rBrowserPage');
  }
  return null;
}
