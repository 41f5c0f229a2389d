// Injected by the worker before it asks a page about highlights (saving one, listing them), for
// pages where the restore script did not run (opened before install, file pages).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ensureHighlighter } from '@/utils/highlights/probe';

// An unlisted script, as the extraction script is (entrypoints/extract.ts): a WXT content script
// would post a message naming the extension to the page on every injection.
export default defineUnlistedScript(() => {
  ensureHighlighter(document);
});
