// Makes the fake browser deliver runtime messages with a chosen sender (popup, web page, other extension).
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

export const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

export function deliverAs(sender: object): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (msg: unknown) => {
    const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender);
    return replies.find((r: unknown) => !!r);
  });
}
