// Keyboard shortcuts (the `commands` manifest key; users change them in the browser's shortcut settings).
import { browser } from 'wxt/browser';
import { showInSidePanel } from './side-panel';

/** Shows the current page's key quotes in the side panel. `_execute_action` (the popup) needs no code. */
export const SUMMARIZE_COMMAND = 'summarize-page';

/** Must be added synchronously at worker start, like every listener a shortcut can wake the worker for. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SUMMARIZE_COMMAND) return;
    // A shortcut is a user gesture and grants activeTab, as a menu click does.
    showInSidePanel(tab, 'page', tab?.url).catch((err) => console.error('Keyquote shortcut:', err));
  });
}
