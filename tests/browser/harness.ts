// Launches Chromium with a built Keyquote loaded, serves fixture pages, and reaches the extension.
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from './server';

/** 'test' adds host access to 127.0.0.1 (automation cannot grant activeTab); 'shipped' is the store build. */
export type BuildKind = 'test' | 'shipped';

export const BUILD_DIRS: Record<BuildKind, string> = {
  test: resolve(process.cwd(), process.env.KEYQUOTE_TEST_BUILD ?? '.output-test/chrome-mv3'),
  shipped: resolve(process.cwd(), process.env.KEYQUOTE_SHIPPED_BUILD ?? '.output/chrome-mv3'),
};

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  server: TestServer;
  userDataDir: string;
  /** The live service worker (after restartWorker, the new one). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  build?: BuildKind;
  /** Reuse a profile, e.g. to check what survives a browser restart. */
  userDataDir?: string;
  server?: TestServer;
  /** Load the build from this directory instead (a bench's copy of the build with a probe page added). */
  dir?: string;
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const dir = opts.dir ?? BUILD_DIRS[opts.build ?? 'test'];
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run npm run build && npm run build:test`);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'keyquote-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Test pages are copies of real sites: their remote images and scripts must not reach out.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  const server = opts.server ?? (await startServer());
  const ownServer = !opts.server;
  return {
    context,
    extensionId,
    server,
    userDataDir,
    async worker() {
      // The newest one: right after a stop, the stopped worker may still be listed before the one that replaced it.
      const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId)).pop();
      return live ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    },
    async close() {
      await context.close();
      if (ownServer) await server.close();
      // A profile is about 15 MB and the suite launches over a hundred: a profile this harness made goes with it.
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Launches the browser for the enclosing describe block and closes it after; use the harness inside tests and hooks. */
export function useHarness(opts: LaunchOptions = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await launch(opts));
  });
  afterAll(async () => h.close?.());
  return h;
}

/** Opens a fixture page (a path on the test server, or a full URL) in a new tab. */
export async function openPage(h: Harness, pathOrUrl: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(pathOrUrl.includes(':') ? pathOrUrl : h.server.url(pathOrUrl), { waitUntil: 'domcontentloaded' });
  return page;
}

/** Text of an element with all white space removed, to compare passages across markup. */
export function squeeze(s: string): string {
  return s.replace(/[\s\u00A0\u00AD]+/g, '');
}

/** The extension's tab id for a page: the active tab of the focused window after bringing it to front. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  // The browser may stop or restart the service worker at any moment (a test stops it on purpose):
  // a question that meets a restart is asked again of the new worker.
  for (let attempt = 1; ; attempt++) {
    const worker = await h.worker();
    try {
      return await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const byUrl = tabs.find((t) => t.url === u);
        if (byUrl?.id) return byUrl.id;
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return active!.id!;
      }, url);
    } catch (err) {
      // "No SW": the worker Playwright still listed had just been stopped; the next one starts on the next event.
      if (attempt >= 3 || !/Service worker restarted|Target closed|has been closed|No SW/i.test(String(err))) throw err;
      await new Promise((done) => setTimeout(done, 200 * attempt));
    }
  }
}

/** Opens an extension page (e.g. 'popup.html?tab=3') as a tab. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path.replace(/^\//, '')}`);
  return page;
}

/** The popup pointed at a tab, as the toolbar popup would be for that tab. */
export async function openPopupFor(h: Harness, page: Page): Promise<Page> {
  const tabId = await tabIdOf(h, page);
  return openExtensionPage(h, `popup.html?tab=${tabId}`);
}

/** Stops the extension's service worker through the DevTools protocol, as the browser does when idle. */
export async function stopWorker(h: Harness): Promise<void> {
  await (await armWorkerStop(h))();
}

/**
 * Gets ready to stop the service worker and returns the function that does it, so a test can stop it
 * at a moment it chooses (e.g. right after a request was sent). The returned function resolves once
 * the worker is gone, so that the next request must wake a new one.
 */
export async function armWorkerStop(h: Harness): Promise<() => Promise<void>> {
  // A blank page, not an extension page: the popup would message the worker and wake it straight away.
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const script = `chrome-extension://${h.extensionId}/background.js`;
  // Seen stopping: a page that messages it right after (the popup's highlights, once the summary
  // failed) may wake a new worker at once, under the same target, faster than polling can see a gap.
  let seenStopped = false;
  const running = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const v = versions.find((x) => x.scriptURL === script && x.runningStatus === 'running');
      if (v) resolve(v.versionId);
      if (versions.some((x) => x.scriptURL === script && (x.runningStatus === 'stopped' || x.runningStatus === 'stopping'))) seenStopped = true;
    });
  });
  await cdp.send('ServiceWorker.enable');
  const versionId = await running;
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url === script).map((t) => t.targetId);
  return async () => {
    const running = await workerTargets();
    seenStopped = false;
    await cdp.send('ServiceWorker.stopWorker', { versionId });
    // Wait until that worker is gone (a request sent meanwhile may already have woken a new one).
    let stopped = false;
    for (let i = 0; i < 100 && !stopped; i++) {
      const now = await workerTargets();
      stopped = seenStopped || !running.some((id) => now.includes(id));
      if (!stopped) await new Promise((r) => setTimeout(r, 50));
    }
    await cdp.detach();
    if (!stopped) throw new Error('the service worker did not stop');
    await page.close();
  };
}

export interface RecordedRequest {
  url: string;
  /** The extension page or worker that made it. */
  from: string;
}

/** Records every request made by the extension's own pages and service worker from now on. */
export function recordExtensionRequests(h: Harness): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  const own = `chrome-extension://${h.extensionId}/`;
  h.context.on('request', (req: Request) => {
    const from = req.serviceWorker()?.url() ?? req.frame()?.url() ?? '';
    if (from.startsWith(own)) seen.push({ url: req.url(), from });
  });
  return seen;
}
