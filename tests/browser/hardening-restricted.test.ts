// Pages no extension may read: a clear message with its code, never a thrown error or a hang.
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPopupFor, useHarness } from './harness';

const ERROR = '[data-testid="summary-error"]';

describe('restricted pages', () => {
  const h = useHarness();
  const errors: string[] = [];
  beforeAll(() => {
    h.context.on('weberror', (e) => errors.push(e.error().message));
  });

  // chrome://version, chrome://extensions: tests/browser/popup-flows.test.ts (PDFs: pdf.test.ts). Here
  // the popup is opened without the user's click, so the browser hides these tabs' URLs from
  // Keyquote (no activeTab) and the honest answer is "no access"; with the URL visible (after the
  // click) each maps to its own reason: tests/unit/hardening/read-tab.test.ts.
  const CASES = ['about:blank', 'data:text/html,<p>Hello there. This is a data URL.</p>'];

  it.each(CASES)('%s: a clear message, nothing thrown', async (url) => {
    const page = await openPage(h, url);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(ERROR).getAttribute('data-code')).toBe('no-access');
    expect(await popup.locator(ERROR).textContent()).toMatch(/Click the Keyquote icon/);
    await popup.close();
    await page.close();
  });

  // The test build grants file:///* (standing for "Allow access to file URLs", which local PDFs
  // need: pdf.test.ts), so a local text file is read, and it is no article.
  it('file:///etc/hostname with file access: read, and a clear "not an article"', async () => {
    const page = await openPage(h, 'file:///etc/hostname');
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator(ERROR).getAttribute('data-code')).toBe('not-article');
    await popup.close();
    await page.close();
  });

  it('threw nothing on the way', () => expect(errors).toEqual([]));
});
