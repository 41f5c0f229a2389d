// The popup's first script (a classic script in its <head>): sends the summary request while the browser is still fetching the UI's modules.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarly, leaveEarlyAsk } from '@/utils/early-ask';
import { lastLength } from '@/utils/length-hint';
import { markStage } from '@/utils/stage-mark';

// `browser` is the browser's own API here, not the polyfill (wxt.config.ts): Chrome's MV3 `chrome`
// and Firefox's `browser` both answer with promises, and this script stays about a kilobyte.
export default defineUnlistedScript(() => {
  markStage('popup-script');
  leaveEarlyAsk(askEarly(browser, location.search, lastLength()));
});
