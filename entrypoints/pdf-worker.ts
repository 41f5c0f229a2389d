// pdf.js's own worker, as a file of the extension: the extension pages that read PDFs (Chrome's
// offscreen document, Firefox's background page) parse them on this second thread.
// Before pdf.js: what it calls that older browsers lack.
import '@/utils/pdf/map-upsert';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';

export default defineUnlistedScript(() => {
  // The handler starts itself when its module runs on a worker's global; naming it keeps the bundler
  // from dropping a module that is imported only for that side effect.
  void WorkerMessageHandler;
});
