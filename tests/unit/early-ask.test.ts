import { describe, expect, it, vi } from 'vitest';
import { askEarly, leaveEarlyAsk, takeEarlyAsk, type AskApi } from '@/utils/early-ask';
import { adoptPrefetched, takePrefetched } from '@/utils/summary-prefetch';

/** An extension API that records what was sent and answers with `reply`. */
function fakeApi(active: { id?: number }[] | Error, reply: unknown = { ok: true, value: { title: 'T' } }) {
  const sendMessage = vi.fn(async (_m: unknown) => reply);
  const query = vi.fn(async () => {
    if (active instanceof Error) throw active;
    return active;
  });
  return { api: { runtime: { sendMessage }, tabs: { query } } satisfies AskApi, sendMessage, query };
}

describe("the popup's early ask", () => {
  it('asks about the tab its address names, without looking up the active tab', async () => {
    const f = fakeApi([{ id: 9 }]);
    const ask = askEarly(f.api, '?tab=4', 'medium');
    const sent = await ask.sent;
    expect(sent?.tabId).toBe(4);
    expect(f.query).not.toHaveBeenCalled();
    expect(f.sendMessage).toHaveBeenCalledWith({ keyquote: 1, type: 'summarize', data: { tabId: 4, length: 'medium' } });
    await expect(sent!.reply).resolves.toEqual({ ok: true, value: { title: 'T' } });
  });

  it('asks about the active tab otherwise; with no tab (or a failed lookup) it sends nothing', async () => {
    const active = fakeApi([{ id: 7 }]);
    expect((await askEarly(active.api, '', 'short').sent)?.tabId).toBe(7);
    expect(active.sendMessage).toHaveBeenCalledTimes(1);
    for (const f of [fakeApi([]), fakeApi(new Error('no window')), fakeApi([{}])]) {
      await expect(askEarly(f.api, '?tab=abc', 'short').sent).resolves.toBeNull();
      expect(f.sendMessage).not.toHaveBeenCalled();
    }
  });

  it('is handed to the UI once', () => {
    expect(takeEarlyAsk()).toBeNull();
    const ask = askEarly(fakeApi([]).api, '', 'short');
    leaveEarlyAsk(ask);
    expect(takeEarlyAsk()).toBe(ask);
    expect(takeEarlyAsk()).toBeNull();
  });

  it("the UI takes its reply as the component's prefetched answer, or its error with the worker's code", async () => {
    await adoptPrefetched(3, 'short', Promise.resolve({ ok: true, value: { title: 'Early' } }));
    await expect(takePrefetched(3, 'short')).resolves.toEqual({ title: 'Early' });
    await adoptPrefetched(3, 'long', Promise.resolve({ ok: false, error: { code: 'not-article', message: 'Not an article.' } }));
    await expect(takePrefetched(3, 'long')).rejects.toMatchObject({ code: 'not-article', message: 'Not an article.' });
    // A channel that closed without an answer (the worker stopped): the user's message, not the browser's.
    await adoptPrefetched(3, 'medium', Promise.reject(new Error('The message port closed before a response was received.')));
    await expect(takePrefetched(3, 'medium')).rejects.toMatchObject({ code: 'internal' });
  });
});
