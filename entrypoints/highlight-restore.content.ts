// Paints saved highlights on revisit, on the sites the user gave access to: the worker registers it
// for exactly those (utils/background/restore-script.ts), none at install. Idle on pages without
// highlights (see utils/highlights/probe.ts), and everywhere when the user turned restoring off.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/utils/highlights/probe';

export default defineContentScript({
  registration: 'runtime',
  main() {
    watchPage(document);
  },
});
