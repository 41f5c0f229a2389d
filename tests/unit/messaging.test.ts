import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KeyquoteError } from '@/utils/errors';
import { isOwnExtensionPage, listenForMessages, onMessage, sendMessage } from '@/utils/messaging';
import { deliverAs, popupSender } from './deliver-as';

describe('messaging', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    listenForMessages();
  });

  it('returns the handler value to the caller', async () => {
    onMessage('reveal', ({ text }) => ({ found: text === 'yes' }));
    deliverAs(popupSender());
    await expect(sendMessage('reveal', { tabId: 3, text: 'yes' })).resolves.toEqual({ found: true });
  });

  it('re-throws a handler error at the caller with its code and message', async () => {
    onMessage('reveal', () => {
      throw new KeyquoteError('restricted', 'Not this page.');
    });
    deliverAs(popupSender());
    const err = await sendMessage('reveal', { tabId: 3, text: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeyquoteError);
    expect(err).toMatchObject({ code: 'restricted', message: 'Not this page.' });
  });

  it('refuses a message from a web page or another extension', async () => {
    const handler = vi.fn(() => ({ found: true }));
    onMessage('reveal', handler);
    for (const sender of [
      { id: 'other-extension', url: 'chrome-extension://other/x.html' },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } },
    ]) {
      deliverAs(sender);
      await expect(sendMessage('reveal', { tabId: 1, text: 'x' })).rejects.toMatchObject({ code: 'bad-message' });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a malformed request before the handler runs', async () => {
    const handler = vi.fn(() => ({ found: true }));
    onMessage('reveal', handler);
    deliverAs(popupSender());
    await expect(sendMessage('reveal', { tabId: -1, text: 'x' })).rejects.toMatchObject({ code: 'bad-message' });
    await expect(sendMessage('summarize', { tabId: 1, length: 'huge' as 'short' })).rejects.toMatchObject({ code: 'bad-message' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores messages that are not Keyquote envelopes', async () => {
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'reveal', data: {} }, popupSender());
    expect(replies.filter(Boolean)).toEqual([]);
  });

  it('knows its own pages', () => {
    expect(isOwnExtensionPage(popupSender())).toBe(true);
    expect(isOwnExtensionPage({ id: fakeBrowser.runtime.id })).toBe(false);
  });
});
