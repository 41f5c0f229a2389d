// A page whose HTML is still arriving when the popup opens is read whole, not only as far as it had arrived.
import { describe, expect, it } from 'vitest';
import { openPopupFor, useHarness } from './harness';

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to reopen in spring</title></head>
<body><article><h1>Harbour bridge to reopen in spring</h1>
<p>The old harbour bridge will reopen to traffic in April, the city said on Tuesday.</p>
`;

/** Most of the article: it arrives well after the popup has asked for the page. */
const REST = [
  'Engineers found that two of the piers damaged by the spring floods can be repaired rather than rebuilt, which cut the expected cost of the work by almost a third.',
  '“We listened to the islanders who drive an hour around the bay every morning,” said Mayor Anna Berg, who has pushed for the repairs since March.',
  'The regional government will pay most of the 28 million euros, and the city will cover the rest from its road maintenance budget over the next three years.',
  'Residents of the island villages welcomed the news but asked the council to keep the extra ferry crossings running until the bridge is open again.',
  'The transport office said the ferry would keep its half-hourly timetable through the winter and return to its usual service once the bridge reopens.',
  'Work on the deck and the railings begins next month, and lorries heavier than twelve tonnes will stay barred from the bridge until the summer.',
];
const TAIL = REST.map((p) => `<p>${p}</p>`).join('\n') + '\n</article></body></html>\n';

describe('a page still loading', () => {
  const h = useHarness();

  it('is read once its HTML is whole: key quotes from the part that arrived after the popup asked', async () => {
    h.server.stream('/arriving.html', [HEAD, TAIL], 3000);
    const page = await h.context.newPage();
    await page.goto(h.server.url('/arriving.html'), { waitUntil: 'commit' });
    await page.waitForSelector('h1');
    // The popup asks while the page is still arriving: only its headline and first paragraph are there
    // (the worker injects into a tab still loading at its idle moment, read-tab.ts).
    expect(await page.evaluate(() => [document.readyState, document.querySelectorAll('p').length])).toEqual(['loading', 1]);
    const popup = await openPopupFor(h, page);
    await popup.locator('[data-testid="summary-error"], [data-testid="key-quote"]').first().waitFor();
    expect(await popup.locator('[data-testid="summary-error"]').count()).toBe(0);
    const quotes = await popup.locator('[data-testid="key-quote"]').allTextContents();
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.filter((q) => REST.some((p) => p.includes(q))).length).toBeGreaterThanOrEqual(1);
    await popup.close();
    await page.close();
  });
});
