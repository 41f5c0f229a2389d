// The restore script follows the granted sites: registered for them alone, at worker start and on
// every grant or removal, however it was made; gone when no site is left.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RESTORE_SCRIPT_ID, syncRestoreScript, watchSiteAccess } from '@/utils/background/restore-script';
import { installFakeAccess, type FakeAccess } from './fake-access';

let access: FakeAccess;
const matches = () => access.scripts.get(RESTORE_SCRIPT_ID)?.matches;

beforeEach(() => {
  fakeBrowser.reset();
  access = installFakeAccess();
});

describe('restore script registration', () => {
  it('registers nothing when no site was granted (a fresh install)', async () => {
    expect(await syncRestoreScript()).toEqual([]);
    expect(access.scripts.size).toBe(0);
  });

  it('registers the restore script for the granted sites only, kept across sessions', async () => {
    access.granted.add('*://a.example/*');
    await syncRestoreScript();
    expect(access.scripts.get(RESTORE_SCRIPT_ID)).toEqual({
      id: RESTORE_SCRIPT_ID,
      js: ['content-scripts/highlight-restore.js'],
      matches: ['*://a.example/*'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('follows grants and removals from anywhere (permissions.onAdded / onRemoved)', async () => {
    watchSiteAccess();
    await vi.waitFor(() => expect(access.calls.register + access.calls.unregister).toBe(0));
    access.grantFromBrowser(['*://a.example/*']);
    await vi.waitFor(() => expect(matches()).toEqual(['*://a.example/*']));
    access.grantFromBrowser(['https://b.example/*']);
    await vi.waitFor(() => expect(matches()).toEqual(['*://a.example/*', 'https://b.example/*']));
    access.removeFromBrowser(['*://a.example/*']);
    await vi.waitFor(() => expect(matches()).toEqual(['https://b.example/*']));
    access.removeFromBrowser(['https://b.example/*']);
    await vi.waitFor(() => expect(access.scripts.has(RESTORE_SCRIPT_ID)).toBe(false));
  });

  it('checks at worker start: a grant or removal made while the worker was stopped is applied', async () => {
    access.scripts.set(RESTORE_SCRIPT_ID, { id: RESTORE_SCRIPT_ID, js: ['content-scripts/highlight-restore.js'], matches: ['*://gone.example/*'] });
    access.granted.add('*://kept.example/*');
    watchSiteAccess();
    await vi.waitFor(() => expect(matches()).toEqual(['*://kept.example/*']));
  });

  it('leaves a registration that is already right alone (no churn at every start)', async () => {
    access.granted.add('*://a.example/*');
    await syncRestoreScript();
    const before = { ...access.calls };
    await syncRestoreScript();
    expect(access.calls).toEqual(before);
  });

  it('applies changes that arrive together one after another, ending with the last state', async () => {
    const runs = ['*://a.example/*', '*://b.example/*', '*://c.example/*'].map((o) => {
      access.granted.add(o);
      return syncRestoreScript();
    });
    await Promise.all(runs);
    expect(matches()).toEqual(['*://a.example/*', '*://b.example/*', '*://c.example/*']);
  });
});
