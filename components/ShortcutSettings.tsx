// The extension's keyboard shortcuts as the browser has them now, and the way to change them:
// Chrome's shortcut page (only an extension may open chrome:// URLs, through tabs.create), or,
// in Firefox, where no extension may open about:addons, the steps in words.
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export function ShortcutSettings() {
  const [commands, setCommands] = useState<Browser.commands.Command[]>([]);
  useEffect(() => void browser.commands.getAll().then(setCommands), []);
  return (
    <>
      <dl class="kq-shortcuts" data-testid="shortcut-list">
        {commands.map((c) => (
          <div key={c.name}>
            <dt>{c.description || t('cmdOpenPopup')}</dt>
            <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('optShortcutUnset')}</dd>
          </div>
        ))}
      </dl>
      {import.meta.env.FIREFOX ? (
        <p class="kq-note" data-testid="shortcuts-firefox">
          {t('optShortcutsFirefox')}
        </p>
      ) : (
        <button
          type="button"
          data-testid="shortcuts-open"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('optShortcutsOpen')}
        </button>
      )}
    </>
  );
}
