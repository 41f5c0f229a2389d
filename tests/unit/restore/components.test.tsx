// The popup's "Restore automatically on this site" and the options page's list of sites, rendered
// with the fake browser: each request is made synchronously inside the click (as browsers require).
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RestoreOffer } from '@/components/RestoreOffer';
import { SiteAccess } from '@/components/SiteAccess';
import { ASKED_KEY } from '@/utils/restore/ask';
import { installFakeAccess, type FakeAccess } from './fake-access';

let access: FakeAccess;
let root: HTMLElement;
const $ = (testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
/** A user's click: the browser counts it as a gesture while its handlers run. */
const click = (el: HTMLElement | null) => access.gesture(() => el!.click());

beforeEach(() => {
  fakeBrowser.reset();
  access = installFakeAccess();
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('popup: Restore automatically on this site', () => {
  it('asks for the page’s site within the click, says why, and goes away once granted', async () => {
    render(<RestoreOffer url="https://news.example/a" />, root);
    await vi.waitFor(() => expect($('restore-here-ask')).not.toBeNull());
    expect(root.textContent).toMatch(/to paint your highlights when you come back/);
    access.answer = true;
    click($('restore-here-ask'));
    expect(access.prompts).toEqual([['*://news.example/*']]);
    await vi.waitFor(() => expect($('restore-here')).toBeNull());
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(ASKED_KEY))[ASKED_KEY]).toEqual(['news.example']));
  });

  it('is not offered where restore already runs, nor on pages that are not on the web', async () => {
    access.granted.add('*://news.example/*');
    render(
      <>
        <RestoreOffer url="https://news.example/a" />
        <RestoreOffer url="file:///home/me/a.html" />
      </>,
      root,
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(root.innerHTML).toBe('');
  });
});

describe('options: sites with automatic restore', () => {
  it('lists granted sites; Remove revokes the permission and the site leaves the list', async () => {
    access.granted.add('*://news.example/*');
    access.granted.add('https://blog.example/*');
    render(<SiteAccess />, root);
    await vi.waitFor(() => expect($$('site').map((s) => s.dataset.pattern)).toEqual(['*://news.example/*', 'https://blog.example/*']));
    expect($$('site')[0]!.textContent).toContain('news.example');
    click($$('site-remove')[0]!);
    await vi.waitFor(() => expect($$('site').map((s) => s.dataset.pattern)).toEqual(['https://blog.example/*']));
    expect([...access.granted]).toEqual(['https://blog.example/*']);
  });

  it('"Restore on every site" is one prompt for all http and https sites', async () => {
    render(<SiteAccess />, root);
    await vi.waitFor(() => expect($('sites-none')).not.toBeNull());
    access.answer = true;
    click($('sites-all'));
    expect(access.prompts).toEqual([['http://*/*', 'https://*/*']]);
    await vi.waitFor(() => expect($('sites-all')).toBeNull());
    expect($$('site').map((s) => s.textContent)).toEqual(['Every site (http://*/*)Remove', 'Every site (https://*/*)Remove']);
  });

  it('offers the sites that already have highlights in one prompt, then no more', async () => {
    const page = (url: string) => ({ [`hl:${url}`]: { url, title: 'T', highlights: [] }, [`hl:${url}$`]: { v: 2 } });
    await fakeBrowser.storage.local.set({ ...page('https://a.example/1'), ...page('https://b.example/2') });
    render(<SiteAccess />, root);
    await vi.waitFor(() => expect($('restore-offer-accept')?.textContent).toBe('Keep restoring highlights on these 2 sites'));
    expect($('restore-offer')!.textContent).toContain('a.example, b.example');
    click($('restore-offer-accept'));
    expect(access.prompts).toEqual([['*://a.example/*', '*://b.example/*']]);
    await vi.waitFor(() => expect($('restore-offer')).toBeNull());
  });
});
