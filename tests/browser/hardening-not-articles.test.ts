// Pages that are not articles, each with the popup's defined answer (message code, or key quotes).
import { describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

const ERROR = '[data-testid="summary-error"]';
const QUOTE = '[data-testid="key-quote"]';

/** What the popup shows first, and (for not-article) after "Summarize anyway". */
const CASES: { page: string; code: string | null; anyway?: boolean; contains?: RegExp }[] = [
  // "Anyway" quotes what is there, however thin: the labels of a web app or a login form.
  { page: '/odd/web-app.html', code: 'not-article', anyway: true, contains: /item/ },
  { page: '/odd/login.html', code: 'not-article', anyway: true, contains: /Sign in|password/ },
  { page: '/odd/video-only.html', code: 'empty' },
  { page: '/odd/scripts-only.html', code: 'empty' },
  { page: '/odd/photo.png', code: 'empty' },
  // Top document only: the article lives in a frame, so the page itself is not one.
  { page: '/odd/iframe.html', code: 'not-article', anyway: true, contains: /^Home Archive$/ },
  // The story is in an open shadow root: Readability cannot see it, the visible text can.
  { page: '/odd/shadow.html', code: 'not-article', anyway: true, contains: /sleeper|train|route|operator/ },
  // A text file is its own article: no message, key quotes straight away (title line kept apart).
  { page: '/odd/plain.txt', code: null, contains: /^(?!Why the lighthouse keepers stayed The).*(keepers|notebooks|lighthouse)/ },
];

describe('pages that are not articles', () => {
  const h = useHarness();

  it.each(CASES)('$page → $code', async ({ page: path, code, anyway, contains }) => {
    const page = await openPage(h, path);
    const popup = await openPopupFor(h, page);
    // Wait for an answer (message or quotes) before reading it: locators of absent elements would wait.
    await popup.locator(`${ERROR}, ${QUOTE}`).first().waitFor();
    expect(await popup.locator(ERROR).count() ? await popup.locator(ERROR).getAttribute('data-code') : null).toBe(code);
    if (anyway) {
      await popup.click('[data-testid="summarize-anyway"]');
      await popup.locator(QUOTE).first().waitFor();
    }
    if (contains) expect((await popup.locator(QUOTE).allTextContents()).join(' ')).toMatch(contains);
    await popup.close();
    await page.close();
  });

  it('reads the framed article when it is opened as a page of its own', async () => {
    const page = await openPage(h, '/odd/framed-article.html');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(QUOTE).count()).toBe(3);
  });
});
