// Two windows, six tabs, 1,000 highlight saves at once: none lost, none duplicated.
import { describe, expect, it } from 'vitest';
import { openPage, tabIdOf, useHarness } from './harness';
import { extensionSender, localStorageOf, storedTexts } from './faults-helpers';

const TABS = 6;
const SAVES = 1000;

describe('many tabs saving at once', () => {
  const h = useHarness();

  it(`keeps all ${SAVES} highlights saved concurrently from ${TABS} tabs in 2 windows, once each`, async () => {
    const sentences = Array.from({ length: SAVES }, (_, i) => `Passage ${i} of the load test says something on item ${i * 13}.`);
    const perTab = (t: number) => sentences.filter((_, i) => i % TABS === t);
    for (let t = 0; t < TABS; t++) {
      h.server.route(`/load-${t}.html`, `<!doctype html><title>Load ${t}</title><article>${perTab(t).map((s) => `<p>${s}</p>`).join('')}</article>`);
    }
    // Window 1: three tabs opened by Playwright; window 2: a new window with three more.
    const tabIds: number[] = [];
    for (let t = 0; t < 3; t++) tabIds.push(await tabIdOf(h, await openPage(h, `/load-${t}.html`)));
    const worker = await h.worker();
    const second = await worker.evaluate(
      async (urls) => (await chrome.windows.create({ url: urls }))!.tabs!.map((t) => t.id!),
      [3, 4, 5].map((t) => h.server.url(`/load-${t}.html`)),
    );
    tabIds.push(...second);
    await worker.evaluate(async (ids) => {
      // Every tab loaded before the saves start (a save locates its passage on the live page).
      while ((await Promise.all(ids.map((id) => chrome.tabs.get(id)))).some((t) => t.status !== 'complete')) await new Promise((r) => setTimeout(r, 50));
    }, second);
    const windows = await worker.evaluate(async (ids) => new Set(await Promise.all(ids.map(async (id) => (await chrome.tabs.get(id)).windowId))).size, tabIds);
    expect(windows).toBe(2);

    // Two extension pages (the popup and Highlights page of each window, as a user would have) fire half each.
    const senders = [await extensionSender(h), await extensionSender(h)];
    const started = Date.now();
    const replies = await Promise.all(
      senders.map((sender, s) =>
        sender.evaluate(
          async ({ jobs }) => {
            const save = (tabId: number, text: string) => chrome.runtime.sendMessage({ keyquote: 1, type: 'highlight-save-quote', data: { tabId, text } });
            return (await Promise.all(jobs.map(([tabId, text]) => save(tabId as number, text as string)))).map((r: { ok: boolean }) => r.ok);
          },
          { jobs: sentences.map((text, i) => [tabIds[i % TABS]!, text] as const).filter((_, i) => i % 2 === s) },
        ),
      ),
    );
    console.log(`${SAVES} saves from ${TABS} tabs in 2 windows: ${Date.now() - started} ms`);
    expect(replies.flat().filter(Boolean)).toHaveLength(SAVES);
    const texts = storedTexts(await localStorageOf(senders[0]!));
    expect(texts).toHaveLength(SAVES); // none lost, none twice
    expect(new Set(texts)).toEqual(new Set(sentences));
  }, 240_000); // 30–40 s on an idle 2-core machine; near 100 s when it is busy (a time limit, no speed check)
});
