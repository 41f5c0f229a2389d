// Paints saved highlights on revisit, on the sites the user gave access to: the worker registers it
// for exactly those (utils/background/restore-script.ts), none at install. Idle on pages without
// highlights (see utils/highlights/probe.ts), and everywhere when the user turned restoring off.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/utils/highlights/probe';

export default defineContentScript({
  registration: 'runtime',
  // WXT would also post "<extension id>:highlight-restore:wxt:content-script-started" to the page's
  // window on every page of a granted site: any script of the page could hear it. (It stays a
  // content script, unlike the scripts injected on demand: its registration names this file, and
  // registrations outlive updates.)
  noScriptStartedPostMessage: true,
  main() {
    watchPage(document);
  },
});
