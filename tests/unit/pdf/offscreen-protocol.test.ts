// The offscreen PDF page's messages: only well-formed parts and read requests are taken.
import { describe, expect, it } from 'vitest';
import { isOffscreenPdfMessage } from '@/utils/pdf/offscreen-protocol';

describe('isOffscreenPdfMessage', () => {
  it.each([
    ['a part', { keyquotePdf: 'part', id: 'a', data: 'QUJD' }, true],
    ['a read', { keyquotePdf: 'read', id: 'a', url: 'https://example.com/a.pdf' }, true],
    ['a local read', { keyquotePdf: 'read-url', id: 'a', url: 'file:///tmp/a.pdf' }, true],
    ['a part without its data', { keyquotePdf: 'part', id: 'a' }, false],
    ['a read without its url', { keyquotePdf: 'read', id: 'a' }, false],
    ['no id', { keyquotePdf: 'read', url: 'https://example.com/a.pdf' }, false],
    ['another kind', { keyquotePdf: 'delete', id: 'a', url: 'x' }, false],
    ['nothing', null, false],
  ])('%s', (_name, msg, ok) => {
    expect(isOffscreenPdfMessage(msg)).toBe(ok);
  });
});
