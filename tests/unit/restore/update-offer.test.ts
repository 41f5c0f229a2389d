// Updating from the version that restored everywhere loses nothing: the sites that already have
// highlights are offered in one prompt (the options page opens once to offer it).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { offerAfterUpdate } from '@/utils/background/restore-update';
import { saveCapture } from '@/utils/background/highlights-write';
import { ASKED_KEY } from '@/utils/restore/ask';
import { acceptOffer, currentOffer } from '@/utils/restore/offer';
import { installFakeAccess, type FakeAccess } from './fake-access';
import { cap } from '../faults/fixtures';

let access: FakeAccess;
let openOptions: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  access = installFakeAccess();
  openOptions = vi.fn(async () => {});
  (fakeBrowser.runtime as unknown as Record<string, unknown>).openOptionsPage = openOptions;
  // Highlights saved by the previous version, on three sites (one of them on two pages).
  await saveCapture(cap('https://a.example/1', 'One.'));
  await saveCapture(cap('https://a.example/2', 'Two.'));
  await saveCapture(cap('http://b.example/x', 'Three.'));
  await saveCapture(cap('https://c.example/y', 'Four.'));
});

describe('the update offer', () => {
  it('opens the options page once after an update, not after an install or a browser update', async () => {
    expect(await offerAfterUpdate('install')).toBe(false);
    expect(await offerAfterUpdate('chrome_update')).toBe(false);
    expect(openOptions).not.toHaveBeenCalled();
    expect(await offerAfterUpdate('update')).toBe(true);
    expect(openOptions).toHaveBeenCalledTimes(1);
    // The next update does not open it again, even though the sites are still offered there.
    expect(await offerAfterUpdate('update')).toBe(false);
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('offers every site with highlights in one prompt; granted, each is covered and the offer is gone', async () => {
    const hosts = await currentOffer();
    expect(hosts).toEqual(['a.example', 'b.example', 'c.example']);
    access.answer = true;
    await access.gesture(() => acceptOffer(hosts));
    expect(access.prompts).toEqual([['*://a.example/*', '*://b.example/*', '*://c.example/*']]);
    expect(await currentOffer()).toEqual([]);
    expect(await offerAfterUpdate('update')).toBe(false);
  });

  it('declined, the offer is not made again (the popup still offers each site)', async () => {
    const hosts = await currentOffer();
    await access.gesture(() => acceptOffer(hosts));
    expect(access.granted.size).toBe(0);
    expect((await fakeBrowser.storage.local.get(ASKED_KEY))[ASKED_KEY]).toEqual(['a.example', 'b.example', 'c.example']);
    expect(await currentOffer()).toEqual([]);
  });

  it('leaves out sites granted or asked about since', async () => {
    access.granted.add('*://b.example/*');
    await fakeBrowser.storage.local.set({ [ASKED_KEY]: ['c.example'] });
    expect(await currentOffer()).toEqual(['a.example']);
  });

  it('has nothing to offer without highlights', async () => {
    await fakeBrowser.storage.local.clear();
    expect(await currentOffer()).toEqual([]);
    expect(await offerAfterUpdate('update')).toBe(false);
  });
});
