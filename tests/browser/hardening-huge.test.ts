// Huge pages (generated, not committed): the popup answers with key quotes or a message, and the page lives on.
import { beforeAll, describe, expect, it } from 'vitest';
import { HUGE_PAGES, popupAnswer, serveHugePages, startHeartbeat } from '../bench/huge-pages';
import { openPage, openPopupFor, useHarness } from './harness';

// How long each answer takes is measured by the bench (npm run bench -- --only huge), not asserted here.
const EXPECTED: Record<string, RegExp> = {
  '/huge/5mb.html': /^3 key quotes$/,
  '/huge/chapter-300k-words.html': /^3 key quotes$/,
  // A long encyclopedia article is read from its main subtree; 100k fragments with no sentence are not an article.
  '/huge/100k-elements-article.html': /^3 key quotes$/,
  '/huge/100k-elements.html': /^message: not-article$/,
};

describe('huge pages', () => {
  const h = useHarness();
  beforeAll(() => serveHugePages(h));

  it.each(Object.keys(HUGE_PAGES))('%s', async (path) => {
    const page = await openPage(h, path);
    await startHeartbeat(page);
    const popup = await openPopupFor(h, page);
    expect(await popupAnswer(popup)).toMatch(EXPECTED[path]!);
    // The tab ran its own scripts meanwhile: its heartbeat kept beating (how long it paused: the bench).
    const beats = () => page.evaluate(() => (window as unknown as { __kqBeats: number }).__kqBeats);
    const before = await beats();
    await expect.poll(beats).toBeGreaterThan(before);
    await popup.close();
    await page.close();
  });
});
