// The popup's first script (popup-early.js) sends the summary request before the UI's modules run; the UI shows that answer.
import { describe, expect, it } from 'vitest';
import { openExtensionPage, openPage, tabIdOf, useHarness, type Harness } from './harness';

/** Starts counting the summarize requests the worker receives (a listener beside Keyquote's, answering nothing). */
async function countSummarizeRequests(h: Harness): Promise<() => Promise<number>> {
  const worker = await h.worker();
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __kqAsked: number };
    g.__kqAsked = 0;
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'summarize') g.__kqAsked++;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __kqAsked: number }).__kqAsked);
}

describe("the popup's first script", () => {
  const h = useHarness();

  it('asks for the summary before the modules run, once, and the popup shows that answer', async () => {
    const asked = await countSummarizeRequests(h);
    const article = await openPage(h, '/seed-politics.html');
    const popup = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(h, article)}`);
    await expect.poll(() => popup.locator('[data-testid="key-quote"]').count()).toBeGreaterThanOrEqual(3);
    const at = await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    // Asked by the classic script, before the module graph was evaluated (the UI's mount comes after).
    expect(at['keyquote:popup-asked']).toBeLessThan(at['keyquote:popup-mount']!);
    // The UI took that request instead of sending its own.
    expect(await asked()).toBe(1);
    await popup.close();
    await article.close();
  });

  it("the other extension pages share the popup's code but send no summary request", async () => {
    const asked = await countSummarizeRequests(h);
    const article = await openPage(h, '/seed-politics.html');
    const options = await openExtensionPage(h, 'options.html');
    await options.locator('[data-testid="opt-restore"]').waitFor();
    const panel = await openExtensionPage(h, `sidepanel.html?tab=${await tabIdOf(h, article)}`);
    await panel.locator('[data-testid="summarize"]').waitFor();
    expect(await asked()).toBe(0);
    await options.close();
    await panel.close();
    await article.close();
  });
});
