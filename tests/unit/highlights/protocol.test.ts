import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenForMessages, onMessage, sendMessage } from '@/utils/messaging';
import { deliverAs } from '../deliver-as';

describe('highlight messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    listenForMessages();
  });

  it('are refused from content scripts and web pages: only extension pages may change highlights', async () => {
    const handler = vi.fn(() => ({ deleted: true }));
    onMessage('highlight-delete', handler);
    deliverAs({ id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 4, url: 'https://evil.example/' } });
    await expect(sendMessage('highlight-delete', { url: 'https://ex.com/', id: 'x' })).rejects.toMatchObject({ code: 'bad-message' });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['highlight-save-quote', { tabId: 1, text: 'q', color: 'red' }],
    ['highlight-save-quote', { tabId: 1, text: '' }],
    ['highlight-update', { url: 'https://ex.com/', id: 'x', note: 5 }],
    ['highlight-scroll', { tabId: -2, id: 'x' }],
    ['highlights-import', { json: 42 }],
  ] as const)('refuses a malformed %s request', async (type, data) => {
    const handler = vi.fn();
    onMessage(type, handler as never);
    deliverAs({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
    await expect(sendMessage(type, data as never)).rejects.toMatchObject({ code: 'bad-message' });
    expect(handler).not.toHaveBeenCalled();
  });
});
