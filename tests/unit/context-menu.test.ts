// The right-click items and the shortcut: each opens the side panel inside the user's gesture
// (synchronously, before any await), then records what the panel should show.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForCommands } from '@/utils/background/commands';
import { defineSummarizeMenus } from '@/utils/background/context-menu';
import { createMenus, listenForMenuClicks } from '@/utils/background/menus';
import { panelRequest } from '@/utils/panel-request';
import { cachedSelection } from '@/utils/summary-cache';

type Listener = (...args: unknown[]) => unknown;
function stubEvent() {
  const listeners: Listener[] = [];
  return { addListener: (l: Listener) => void listeners.push(l), fire: (...a: unknown[]) => listeners.forEach((l) => l(...a)) };
}

const URL_A = 'https://news.example/a';
const TAB = { id: 7, windowId: 3, url: URL_A, title: 'A page', index: 0, active: true, pinned: false, highlighted: true, incognito: false };
const PASSAGE = [
  'The harbour was rebuilt after the storm of 1953 destroyed most of the old quays.',
  'Engineers raised the sea wall by two metres and moved the fish market inland.',
  'Today the harbour handles twice the tonnage it did before the storm.',
  'Local fishermen say the new quays are safer but the old character is gone.',
  'The town council plans a museum about the storm in the former customs house.',
].join(' ');

const fake = fakeBrowser as unknown as Record<string, unknown>;
let menus: ReturnType<typeof stubEvent>;
let commands: ReturnType<typeof stubEvent>;
let create: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  menus = stubEvent();
  commands = stubEvent();
  create = vi.fn();
  // The fake browser has no contextMenus, commands, sidePanel or sidebarAction: stub them.
  fake.contextMenus = { onClicked: menus, create, removeAll: vi.fn(async () => {}) };
  fake.commands = { onCommand: commands };
  fake.sidePanel = { open: vi.fn(async () => {}) };
  delete fake.sidebarAction;
  defineSummarizeMenus();
  listenForMenuClicks();
  listenForCommands();
});

const openSpy = () => (fake.sidePanel as { open: ReturnType<typeof vi.fn> }).open;

describe('context menu: Summarize page / Summarize selection', () => {
  it('creates both items, the selection one only where text is selected', async () => {
    await createMenus();
    type Created = { id: string; contexts: string[]; documentUrlPatterns: string[] };
    const created = create.mock.calls.map((call) => call[0] as Created);
    const byId = (id: string) => created.find((o) => o.id === id)!;
    expect(byId('summarize-page').contexts).toContain('page');
    expect(byId('summarize-page').contexts).not.toContain('editable');
    expect(byId('summarize-selection').contexts).toEqual(['selection']);
    // Pages the extension cannot read (browser pages, the store) get no item.
    expect(created).toHaveLength(2);
    for (const o of created) expect(o.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
  });

  it('"Summarize page" opens the side panel within the click, then asks it for the page', async () => {
    menus.fire({ menuItemId: 'summarize-page', pageUrl: URL_A, editable: false }, TAB);
    // Synchronous: an await before open() would lose the user gesture.
    expect(openSpy()).toHaveBeenCalledWith({ windowId: 3 });
    await vi.waitFor(async () => expect(await panelRequest(7, URL_A)).toMatchObject({ source: 'page', url: URL_A }));
  });

  it('"Summarize selection" keeps the selected text and its key quotes for the panel', async () => {
    menus.fire({ menuItemId: 'summarize-selection', pageUrl: URL_A, selectionText: PASSAGE, editable: false }, TAB);
    expect(openSpy()).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () => expect(await panelRequest(7, URL_A)).toMatchObject({ source: 'selection' }));
    const entry = await cachedSelection(7);
    expect(entry).toMatchObject({ url: URL_A, title: 'A page', text: PASSAGE });
    const summary = entry!.summaries.short!;
    expect(summary.source).toBe('selection');
    expect(summary.keyQuotes.length).toBeGreaterThan(0);
    for (const q of summary.keyQuotes) expect(PASSAGE).toContain(q.text);
  });

  it('still records the request when the panel cannot open (no gesture): opening it later shows it', async () => {
    openSpy().mockImplementation(() => Promise.reject(new Error('may only be called in response to a user gesture')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    menus.fire({ menuItemId: 'summarize-page', pageUrl: URL_A, editable: false }, TAB);
    await vi.waitFor(async () => expect(await panelRequest(7, URL_A)).toMatchObject({ source: 'page' }));
  });

  it('opens Firefox’s sidebar where there is no sidePanel', () => {
    delete fake.sidePanel;
    const open = vi.fn(async () => {});
    fake.sidebarAction = { open };
    menus.fire({ menuItemId: 'summarize-page', pageUrl: URL_A, editable: false }, TAB);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('ignores a request made on a page the tab has since left', async () => {
    menus.fire({ menuItemId: 'summarize-page', pageUrl: URL_A, editable: false }, TAB);
    await vi.waitFor(async () => expect(await panelRequest(7, URL_A)).not.toBeNull());
    expect(await panelRequest(7, 'https://news.example/b')).toBeNull();
    // An unknown URL (no access to the page) does not void it: the worker forgets requests on navigation.
    expect(await panelRequest(7, undefined)).not.toBeNull();
  });
});

describe('keyboard shortcut', () => {
  it('summarize-page opens the side panel within the key press and asks it for the page', async () => {
    commands.fire('summarize-page', TAB);
    expect(openSpy()).toHaveBeenCalledWith({ windowId: 3 });
    await vi.waitFor(async () => expect(await panelRequest(7, URL_A)).toMatchObject({ source: 'page' }));
  });

  it('leaves other commands alone', async () => {
    commands.fire('save-highlight', TAB);
    expect(openSpy()).not.toHaveBeenCalled();
  });
});
