// Build configuration: one source tree, Chrome MV3 and Firefox builds.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { normalizeZip } from './tools/reproducible-zip';

// KEYQUOTE_TEST_HOSTS=1 adds host access to the local test server only: automation cannot
// make the user gesture that grants `activeTab`, so browser tests of page flows need it.
// The shipped build (without it) is exercised by the browser tests as well.
const testHosts = process.env.KEYQUOTE_TEST_HOSTS === '1';
/** Every http(s) site: what the user may grant, site by site, for restoring highlights. */
const SITE_PATTERNS = ['http://*/*', 'https://*/*'];

/**
 * The extension pages' shared code in one file instead of a chunk per combination of pages: the
 * browser serves every file of an extension page through its own process (a few ms each, tens of
 * ms on a busy machine), and the popup, opened on every click, waited for eight of them.
 */
function oneSharedChunk(config: { build?: { rolldownOptions?: { output?: unknown } } }): void {
  // The packages, utils/ and components/ (modules that only define things: loading them runs nothing
  // a page did not ask for). A page's own modules (entrypoints/NAME/, e.g. the popup's early request)
  // stay in its entry, and so do the PDF page's reader code and the stylesheets of the pages other
  // than the popup: the popup's stylesheet and the components' come first in every page, and each
  // page's own follows them (the side panel's widens the popup's body).
  const own = /\.html(\?|$)|\/entrypoints\/[^/]+\/[^/]+\.tsx?$|\/utils\/pdf\/|\/entrypoints\/(?!popup\/)[^/]+\/[^/]+\.css(\?|$)/;
  const shared = (id: string) => (own.test(id) ? undefined : 'shared');
  const options = config.build?.rolldownOptions ?? {};
  config.build = { ...config.build, rolldownOptions: { ...options, output: { ...(options.output as object), manualChunks: shared } } };
}

export default defineConfig({
  hooks: {
    // Store packages (`npm run zip`) that are the same bytes for the same sources.
    'zip:done': (_wxt, files) => files.forEach(normalizeZip),
    // webextension-polyfill for the worker and extension pages only: scripts that run inside
    // web pages must stay tiny, and there the native `browser`/`chrome` promise API suffices;
    // so does it for the popup's first script, which must run before the modules are fetched,
    // and for the scripts injected into pages on demand (extract, highlighter).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script' || ['popup-early', 'extract', 'highlighter'].includes(e.name))) return;
      const alias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...alias } };
      if (entrypoints.some((e) => e.name === 'popup')) oneSharedChunk(config);
    },
    // Firefox test build only: a page-driven bridge for tests (automation cannot open moz-extension pages).
    'entrypoints:found': (wxt, infos) => {
      if (!testHosts || wxt.config.browser !== 'firefox') return;
      infos.push({ name: 'test-bridge', inputPath: resolve(import.meta.dirname, 'tests/firefox/bridge.content.ts'), type: 'content-script' });
      // …and a page the test frames to run the PDF reader in an extension page (tests/firefox/pdf-probe.ts).
      infos.push({ name: 'pdf-probe', inputPath: resolve(import.meta.dirname, 'tests/firefox/pdf-probe.html'), type: 'unlisted-page' });
    },
  },
  // The Firefox sources archive holds what a reviewer needs to rebuild the add-on (README, lock file,
  // config, sources, locales, icons): not the tests, their pages, the docs' pictures or the CI.
  zip: {
    excludeSources: ['tests/**', 'docs/**', '.ci/**', 'vitest*.config.ts', '.out-*/**', '.output*/**', '.reports/**'],
  },
  // KEYQUOTE_OUT_DIR lets parallel work build side by side without clobbering each other.
  outDir: process.env.KEYQUOTE_OUT_DIR ?? (testHosts ? '.output-test' : '.output'),
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    // Localized from public/_locales (English, French, German).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: saved highlights must never hit the 10 MB storage.local quota (no install warning).
    // offscreen (Chrome): the document that reads PDFs with pdf.js on a worker, see README › Permissions.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // …and to local files, standing for the click on a local PDF (with "Allow access to file URLs" on).
    ...(testHosts ? { host_permissions: ['http://127.0.0.1/*', 'file:///*'] } : {}),
    // No site access at install: restoring highlights asks for one site at a time, on the first save
    // there (or all sites, from the options page). MV2 (Firefox) keeps optional hosts in optional_permissions.
    [manifestVersion === 2 ? 'optional_permissions' : 'optional_host_permissions']: SITE_PATTERNS,
    ...(testHosts && browser === 'firefox' ? { web_accessible_resources: ['pdf-probe.html'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // Suggested keys only: users change them in the browser's shortcut settings.
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdSaveHighlight__',
      },
      'summarize-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdSummarizePage__',
      },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_cmdOpenPopup__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions needs Firefox 140 on the desktop (the current ESR, which Debian ships) and 142 on Android.
          browser_specific_settings: {
            gecko: {
              id: 'keyquote@keyquote.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
