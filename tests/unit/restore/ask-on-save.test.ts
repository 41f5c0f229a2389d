// The first highlight saved on a site asks for that site, inside the menu click or key press that
// saved it (browsers refuse permissions.request after an await); declined, the highlight is saved anyway,
// and the site is not asked again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerHighlights } from '@/utils/background/highlights';
import { listenForMenuClicks } from '@/utils/background/menus';
import { readPage } from '@/utils/highlights/store';
import { ASKED_KEY } from '@/utils/restore/ask';
import { installFakeAccess, type FakeAccess } from './fake-access';

type Listener = (...args: unknown[]) => unknown;
function stubEvent() {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => void listeners.push(l), fire: (...a: unknown[]) => listeners.forEach((l) => l(...a)) };
}

const URL_A = 'https://news.example/a';
const tabAt = (url: string) => ({ id: 7, windowId: 3, url, title: 'A page', index: 0, active: true, pinned: false, highlighted: true, incognito: false });
const fake = fakeBrowser as unknown as Record<string, unknown>;
let access: FakeAccess;
let menus: ReturnType<typeof stubEvent>;
let commands: ReturnType<typeof stubEvent>;
let tab = tabAt(URL_A);
let selected = 'The harbour was rebuilt.';

/** A worker start: listeners added synchronously, the asked list loaded from storage. */
async function startWorker() {
  menus = stubEvent();
  commands = stubEvent();
  fake.contextMenus = { onClicked: menus, create: vi.fn(), removeAll: vi.fn(async () => {}) };
  fake.commands = { onCommand: commands };
  registerHighlights();
  listenForMenuClicks();
  await new Promise((r) => setTimeout(r, 0));
}

const clickSave = () => access.gesture(() => menus.fire({ menuItemId: 'save-highlight', pageUrl: tab.url, editable: false }, tab));
const pressSave = () => access.gesture(() => commands.fire('save-highlight', tab));
const savedOn = async (url: string) => (await readPage(url))?.highlights.map((h) => h.exact) ?? [];

beforeEach(async () => {
  fakeBrowser.reset();
  access = installFakeAccess();
  tab = tabAt(URL_A);
  selected = 'The harbour was rebuilt.';
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => tab as never);
  // The page's highlighter: the worker injects it, then asks it for the selection.
  (fake.scripting as Record<string, unknown>).executeScript = vi.fn(async ({ files }: { files?: string[] }) =>
    files ? [] : [{ result: { key: tab.url, href: tab.url, title: 'A page', quote: { exact: selected, prefix: '', suffix: '', start: 0, end: selected.length } } }],
  );
  await startWorker();
});

describe('asking for a site on the first save there', () => {
  it('asks for that site only, within the menu click, and saves the highlight', async () => {
    access.answer = true;
    clickSave();
    expect(access.prompts).toEqual([['*://news.example/*']]);
    await vi.waitFor(async () => expect(await savedOn(URL_A)).toEqual(['The harbour was rebuilt.']));
    expect(access.granted.has('*://news.example/*')).toBe(true);
  });

  it('declined: the highlight is saved all the same, and the site is not asked again (even after a worker restart)', async () => {
    clickSave();
    await vi.waitFor(async () => expect(await savedOn(URL_A)).toHaveLength(1));
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(ASKED_KEY))[ASKED_KEY]).toEqual(['news.example']));
    selected = 'Engineers raised the sea wall.';
    clickSave();
    await vi.waitFor(async () => expect(await savedOn(URL_A)).toHaveLength(2));
    await startWorker();
    tab = tabAt('https://news.example/b');
    pressSave();
    await vi.waitFor(async () => expect(await savedOn('https://news.example/b')).toHaveLength(1));
    expect(access.prompts).toHaveLength(1);
    expect(access.granted.size).toBe(0);
  });

  it('asks once per site: another site gets its own prompt, from the keyboard shortcut too', async () => {
    clickSave();
    tab = tabAt('http://other.example/story');
    pressSave();
    expect(access.prompts).toEqual([['*://news.example/*'], ['*://other.example/*']]);
  });

  it('asks nothing on a site already granted (e.g. every site), nor on file pages', async () => {
    access.granted.add('https://*/*');
    access.granted.add('*://news.example/*');
    clickSave();
    tab = tabAt('file:///home/me/notes.html');
    clickSave();
    expect(access.prompts).toEqual([]);
  });

  it('a request outside a gesture (automation) is refused by the browser: the save goes on and the next real click asks', async () => {
    menus.fire({ menuItemId: 'save-highlight', pageUrl: tab.url, editable: false }, tab);
    await vi.waitFor(async () => expect(await savedOn(URL_A)).toHaveLength(1));
    expect((await fakeBrowser.storage.local.get(ASKED_KEY))[ASKED_KEY]).toBeUndefined();
    selected = 'Engineers raised the sea wall.';
    clickSave();
    expect(access.prompts).toEqual([['*://news.example/*']]);
  });
});
