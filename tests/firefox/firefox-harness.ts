// Launches Firefox ESR with the Firefox test build installed, and serves the fixture pages.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from '../browser/server';

export const TEST_BUILD = resolve(process.env.KEYQUOTE_FIREFOX_TEST_BUILD ?? '.output-test/firefox-mv2');
export const SHIPPED_BUILD = resolve(process.env.KEYQUOTE_FIREFOX_SHIPPED_BUILD ?? '.output/firefox-mv2');

export interface FirefoxHarness {
  browser: Browser;
  server: TestServer;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(TEST_BUILD, 'manifest.json'))) throw new Error(`No Firefox test build in ${TEST_BUILD}`);
  const server = await startServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  await browser.installExtension(TEST_BUILD);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Launches Firefox for the enclosing describe block; read `.browser` / `.server` inside tests. */
export function useFirefox(): FirefoxHarness {
  const h = {} as FirefoxHarness;
  beforeAll(async () => Object.assign(h, await launchFirefox()));
  afterAll(async () => h.close?.());
  return h;
}

/**
 * Posts `request` to the test bridge (a content script of the test build, bridge.content.ts) until it
 * answers with the string `{"<answer>": …}`, and returns that value. The bridge may still be loading,
 * so the page asks every 250 ms, and stops once answered.
 */
export async function askBridge<T>(page: Page, request: Record<string, unknown>, answer: string): Promise<T> {
  const raw = await page.evaluate(
    (request, answer) =>
      new Promise<string>((done) => {
        const ask = () => postMessage(request, '*');
        const timer = setInterval(ask, 250);
        addEventListener('message', (e) => {
          if (typeof e.data === 'string' && e.data.startsWith(`{"${answer}"`)) {
            clearInterval(timer);
            done(e.data);
          }
        });
        ask();
      }),
    request,
    answer,
  );
  return (JSON.parse(raw) as Record<string, T>)[answer]!;
}
