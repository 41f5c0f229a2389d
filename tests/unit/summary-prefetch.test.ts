import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lastLength, rememberLength } from '@/utils/length-hint';
import { adoptPrefetched, takePrefetched } from '@/utils/summary-prefetch';

describe('summary prefetch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('guesses the length the popup last used, synchronously; the default before any, or when damaged', () => {
    expect(lastLength()).toBe('short');
    rememberLength('long');
    expect(lastLength()).toBe('long');
    localStorage.setItem('keyquote:last-length', 'huge');
    expect(lastLength()).toBe('short');
    localStorage.setItem('keyquote:last-length', 'toString');
    expect(lastLength()).toBe('short');
  });

  it('a guess with no localStorage is the default, and remembering does not throw', () => {
    vi.stubGlobal('localStorage', undefined); // a context without it: every use throws
    expect(() => rememberLength('medium')).not.toThrow();
    expect(lastLength()).toBe('short');
  });

  it('hands the early request to the first matching ask, once', async () => {
    adoptPrefetched(4, 'short', Promise.resolve({ ok: true, value: { title: 'T' } }));
    expect(takePrefetched(4, 'long')).toBeNull();
    expect(takePrefetched(5, 'short')).toBeNull();
    await expect(takePrefetched(4, 'short')).resolves.toEqual({ title: 'T' });
    expect(takePrefetched(4, 'short')).toBeNull();
  });

  it('keeps a failed early request for the component to report', async () => {
    const reply = Promise.resolve({ ok: false, error: { code: 'restricted', message: 'No.' } });
    // What waits for the answer (the popup's highlights) goes on after an error as after an answer.
    await expect(adoptPrefetched(4, 'short', reply)).resolves.toBeUndefined();
    await expect(takePrefetched(4, 'short')).rejects.toMatchObject({ code: 'restricted' });
  });
});
