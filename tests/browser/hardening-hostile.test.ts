// Hostile pages: payloads as text, sabotaged built-ins, envelope floods, live mutation. Nothing runs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openPopupFor, useHarness, type Harness } from './harness';
import { stored } from './highlights-helpers';

const QUOTE = '[data-testid="key-quote"]';

async function keyQuotes(h: Harness, page: Page): Promise<{ popup: Page; quotes: string[] }> {
  const popup = await openPopupFor(h, page);
  await popup.click('[data-testid="length-long"]');
  await expect.poll(() => popup.locator(QUOTE).count()).toBeGreaterThan(3);
  return { popup, quotes: await popup.locator(QUOTE).allTextContents() };
}

describe('hostile pages', () => {
  const h = useHarness();
  const dialogs: string[] = [];
  beforeAll(() => {
    h.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  it('shows markup and script payloads as literal text and runs none of them', async () => {
    const page = await openPage(h, '/hostile/payloads.html');
    const { popup, quotes } = await keyQuotes(h, page);
    const all = quotes.join('\n');
    expect(all).toContain('<img src=x onerror="window.__kqPwned=1;alert(1)">');
    expect(all).toContain('</script><script>window.__kqPwned=1</script>');
    expect(all).toContain('javascript:alert(2)');
    // Rendered as text: no element came out of the payloads in the popup.
    expect(await popup.locator(`${QUOTE} img, ${QUOTE} script, ${QUOTE} b, ${QUOTE} a[href^="javascript"]`).count()).toBe(0);
    await popup.locator(QUOTE).first().hover();
    await popup.locator(QUOTE).first().click(); // reveal in the page
    for (const target of [popup, page]) expect(await target.evaluate(() => (window as { __kqPwned?: number }).__kqPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('extracts and reveals in its isolated world while the page sabotages its own built-ins', async () => {
    const page = await openPage(h, '/hostile/overrides.html');
    const { popup, quotes } = await keyQuotes(h, page);
    expect(quotes.join(' ')).toMatch(/street lights|councils|residents/);
    await popup.locator(QUOTE).last().click();
    // page.evaluate would run in the sabotaged world: read the page's attributes through locators.
    const html = page.locator('html');
    await expect.poll(() => html.getAttribute('data-scrolled')).toBe('yes');
    // Not one sabotaged built-in of the page's world was called by Keyquote.
    expect(await html.getAttribute('data-hostile-calls')).toBe('0');
  });

  it('ignores a flood of messages shaped like its own envelopes and still answers', async () => {
    const page = await openPage(h, '/hostile/flood.html');
    const before = await stored(h);
    const { quotes } = await keyQuotes(h, page);
    expect(quotes.join(' ')).toMatch(/ferry|crossing|operator/i);
    expect(await page.evaluate(() => (window as { __floodSent?: number }).__floodSent)).toBeGreaterThan(100);
    // No envelope was acted on: nothing saved (highlights live in storage.local), nothing imported.
    const after = await stored(h);
    expect(JSON.stringify(after)).not.toContain('pwned');
    expect(Object.keys(after).filter((k) => !k.includes('length'))).toEqual(Object.keys(before).filter((k) => !k.includes('length')));
  });

  it('reads a page that rewrites itself every millisecond, quoting only its stable text', async () => {
    const page = await openPage(h, '/hostile/mutating.html');
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.tick))).toBeGreaterThan(20);
    const { quotes } = await keyQuotes(h, page);
    const article = await page.evaluate(() => document.querySelector('article')!.textContent!.replace(/\s+/g, ' '));
    expect(quotes.join(' ')).toMatch(/honey|beekeepers|hive/i);
    for (const q of quotes) expect(q).not.toMatch(/Live update/);
    for (const q of quotes) expect(article).toContain(q);
  });
});
