// t(key, subs): a user-visible string from public/_locales through the WebExtension i18n API.
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/** The browser's $1…$9 substitution ($$ is a literal $), for the English fallback. */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * The message in the browser's language (falling back to English, the default locale). Outside an
 * extension (unit tests with the fake browser, the CLI) the API is missing or throws: English then.
 */
export function t(key: string, subs: string | number | readonly (string | number)[] = []): string {
  const list = (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    // Typed by WXT for literal keys only; keys built at run time (plural forms, colours) are strings.
    const i18n = browser?.i18n as unknown as { getMessage(k: string, s: string[]): string } | undefined;
    const out = i18n?.getMessage(key, list);
    if (out) return out;
  } catch {
    // no i18n API here: English below
  }
  const m = (english as Messages)[key]?.message;
  return m === undefined ? key : substitute(m, list);
}

/** "1 highlight" / "3 highlights": picks `<key>_one` or `<key>_other` by the language's plural rules. */
export function plural(key: string, n: number): string {
  const form = new Intl.PluralRules(t('lang')).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, n);
}

/** Sets the document's language and title from the messages (the HTML files say English). */
export function localizeDocument(titleKey: string): void {
  document.documentElement.lang = t('lang');
  document.title = t(titleKey);
}
