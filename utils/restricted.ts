// Tells which pages no extension may read, and says why in words a user understands.

const RULES: [RegExp, string][] = [
  [/^(chrome|edge|brave|opera|vivaldi):\/\//i, 'This is one of the browser’s own pages. Extensions cannot read it.'],
  [/^about:/i, 'This is one of the browser’s own pages. Extensions cannot read it.'],
  [/^(chrome-extension|moz-extension|extension):\/\//i, 'This page belongs to an extension. Other extensions cannot read it.'],
  [/^view-source:/i, 'Source views cannot be read by extensions. Open the page itself.'],
  [/^https:\/\/chrome(webstore)?\.google\.com\/(webstore|detail)/i, 'The browser does not let extensions read the extension store.'],
  [/^https:\/\/chromewebstore\.google\.com\//i, 'The browser does not let extensions read the extension store.'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'The browser does not let extensions read the add-ons site.'],
  [/^(data|blob|javascript|devtools):/i, 'Keyquote cannot read this kind of page.'],
];

export const PDF_REASON = 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read.';

/** Why Keyquote cannot read a page at this URL, or null when it may try. */
export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  for (const [re, reason] of RULES) if (re.test(url)) return reason;
  return null;
}

/** Maps the browser's injection errors to the same plain reasons. */
export function reasonFromInjectionError(message: string): string | null {
  if (/chrome:\/\/|about:|cannot be scripted|extensions gallery|webstore|moz-extension|view-source/i.test(message)) {
    return /gallery|webstore/i.test(message)
      ? 'The browser does not let extensions read the extension store.'
      : 'This is one of the browser’s own pages. Extensions cannot read it.';
  }
  return null;
}
