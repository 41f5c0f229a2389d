import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { prefetchSummary, takePrefetched } from '@/utils/summary-prefetch';

describe('summary prefetch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('hands the early request to the first matching ask, once', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { title: 'T' } });
    prefetchSummary(4, 'short');
    expect(takePrefetched(4, 'long')).toBeNull();
    expect(takePrefetched(5, 'short')).toBeNull();
    await expect(takePrefetched(4, 'short')).resolves.toEqual({ title: 'T' });
    expect(takePrefetched(4, 'short')).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed early request for the component to report', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: { code: 'restricted', message: 'No.' } });
    prefetchSummary(4, 'short');
    await expect(takePrefetched(4, 'short')).rejects.toMatchObject({ code: 'restricted' });
  });
});
