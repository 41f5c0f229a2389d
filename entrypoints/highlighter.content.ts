// Injected by the worker before it asks a page about highlights (saving one, listing them), for
// pages where the restore script did not run (opened before install, file pages).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ensureHighlighter } from '@/utils/highlights/probe';

export default defineContentScript({
  registration: 'runtime',
  main() {
    ensureHighlighter(document);
  },
});
