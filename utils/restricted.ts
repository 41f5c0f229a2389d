// Tells which pages no extension may read, and says why in words a user understands.
import { t } from './i18n';

// Message keys, looked up when a reason is asked for: nothing is translated at worker start-up.
const RULES: [RegExp, string][] = [
  [/^(chrome|edge|brave|opera|vivaldi):\/\//i, 'rBrowserPage'],
  [/^about:/i, 'rBrowserPage'],
  [/^(chrome-extension|moz-extension|extension):\/\//i, 'rExtensionPage'],
  [/^view-source:/i, 'rViewSource'],
  [/^https:\/\/chrome(webstore)?\.google\.com\/(webstore|detail)/i, 'rStore'],
  [/^https:\/\/chromewebstore\.google\.com\//i, 'rStore'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'rAddons'],
  [/^(data|blob|javascript|devtools):/i, 'rUnreadableKind'],
];

/** Why Keyquote cannot read a page at this URL, or null when it may try. */
export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  for (const [re, key] of RULES) if (re.test(url)) return t(key);
  return null;
}

/** Maps the browser's injection errors to the same plain reasons. */
export function reasonFromInjectionError(message: string, url?: string | null): string | null {
  // file:// pages are readable only once the user allows it in the browser's extension settings.
  if (/^file:/i.test(url ?? '') || /file:\/\//i.test(message)) return t('rFile');
  if (/chrome:\/\/|about:|cannot be scripted|extensions gallery|webstore|moz-extension|view-source/i.test(message)) {
    return /gallery|webstore/i.test(message) ? t('rStore') : t('rBrowserPage');
  }
  return null;
}
