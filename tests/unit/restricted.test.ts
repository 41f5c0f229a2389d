import { describe, expect, it } from 'vitest';
import { reasonFromInjectionError, restrictedReason } from '@/utils/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', /browser’s own pages/],
    ['about:blank', /browser’s own pages/],
    ['chrome-extension://abc/popup.html', /extension/],
    ['view-source:https://example.com', /Source views/],
    ['https://chromewebstore.google.com/detail/x/abc', /extension store/],
    ['https://chrome.google.com/webstore/category/extensions', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-ons/],
  ])('%s is restricted', (url, re) => {
    expect(restrictedReason(url)).toMatch(re);
  });

  it.each(['https://example.com/news/1', 'http://127.0.0.1:8080/a.html', 'file:///tmp/a.html', undefined, ''])(
    '%s may be tried',
    (url) => expect(restrictedReason(url)).toBeNull(),
  );

  it('maps Chromium injection errors to reasons', () => {
    expect(reasonFromInjectionError('Cannot access a chrome:// URL')).toMatch(/own pages/);
    expect(reasonFromInjectionError('The extensions gallery cannot be scripted.')).toMatch(/store/);
    expect(reasonFromInjectionError('Cannot access contents of the page.')).toBeNull();
  });
});
