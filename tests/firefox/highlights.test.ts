// Firefox ESR with the Firefox test build (127.0.0.1 granted): a stored highlight is painted again when
// the page is reloaded, by the restore script the background registered for the granted site.
import { describe, expect, it } from 'vitest';
import { askBridge, useFirefox } from './firefox-harness';

describe('Firefox highlights', () => {
  const ff = useFirefox();

  it('paints a saved highlight after a reload (CSS.highlights keyquote-* or a mark)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.server.url('/highlights-article.html'));
    const exact = 'The decision was unanimous.';
    // Stored through the test bridge, which calls the extension's store code.
    const key = await askBridge<string>(page, { keyquoteTest: 'store-highlight', exact }, 'keyquoteTestStored');
    expect(key).toBe(ff.server.url('/highlights-article.html'));
    await page.reload();
    // Painted by the restore script on its own: what the page (and the user) can see.
    const paintedText = () =>
      page.evaluate(() => {
        const out: string[] = [];
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        for (const [name, ranges] of registry ?? []) if (name.startsWith('keyquote')) for (const r of ranges) out.push(r.toString());
        document.querySelectorAll('mark[data-keyquote-id]').forEach((m) => out.push(m.textContent ?? ''));
        return out.join('|');
      });
    await expect.poll(paintedText, { timeout: 15_000 }).toBe(exact);
  });
});
