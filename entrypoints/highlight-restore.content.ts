// On every web page: paints saved highlights on revisit; idle on pages without any
// (see utils/highlights/probe.ts), and on every page when the user turned restoring off.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchPage } from '@/utils/highlights/probe';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    watchPage(document);
  },
});
