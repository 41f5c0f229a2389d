// The worker's selection summaries: from the stored selection only, cached per length, clear errors.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { summarizeSelection } from '@/utils/background/summarize-selection';
import { requestPanel } from '@/utils/panel-request';
import { cachedSelection, forgetTab, storeSelection } from '@/utils/summary-cache';

const TEXT =
  'Ferries stopped running at noon because of the gale. Hundreds of passengers waited in the terminal overnight. ' +
  'The operator promised refunds for every cancelled crossing. Services resumed the next morning at seven. ' +
  'Several lorry drivers said they lost a full day of work.';

describe('summarizeSelection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('says what to do when the tab has no selection', async () => {
    await expect(summarizeSelection({ tabId: 4, length: 'short' })).rejects.toMatchObject({ code: 'empty' });
  });

  it('summarizes the stored selection at each length and caches each', async () => {
    await storeSelection(4, { url: 'https://x/', title: 'X', text: TEXT });
    const short = await summarizeSelection({ tabId: 4, length: 'short' });
    const long = await summarizeSelection({ tabId: 4, length: 'long' });
    expect(short.keyQuotes).toHaveLength(3);
    expect(long.keyQuotes).toHaveLength(5); // all the sentences there are
    expect(short).toMatchObject({ url: 'https://x/', title: 'X', source: 'selection' });
    expect(Object.keys((await cachedSelection(4))!.summaries).sort()).toEqual(['long', 'short']);
  });

  it('forgets the selection and the panel request with the tab', async () => {
    await storeSelection(4, { url: 'https://x/', title: 'X', text: TEXT });
    await requestPanel(4, 'selection', 'https://x/');
    await forgetTab(4);
    expect(await cachedSelection(4)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
