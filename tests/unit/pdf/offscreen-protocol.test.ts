// The offscreen PDF page's messages and ports: only well-formed announcements and read requests are
// taken, and only a port named for a read carries a PDF's bytes.
import { describe, expect, it } from 'vitest';
import { isOffscreenPdfMessage, pdfPortName, readIdOfPort } from '@/utils/pdf/offscreen-protocol';

describe('isOffscreenPdfMessage', () => {
  it.each([
    ['an announcement', { keyquotePdf: 'expect', id: 'a', tabId: 4 }, true],
    ['a read', { keyquotePdf: 'read', id: 'a', url: 'https://example.com/a.pdf' }, true],
    ['a local read', { keyquotePdf: 'read-url', id: 'a', url: 'file:///tmp/a.pdf' }, true],
    ['an announcement without its tab', { keyquotePdf: 'expect', id: 'a' }, false],
    ['an announcement with a tab that is no id', { keyquotePdf: 'expect', id: 'a', tabId: '4' }, false],
    ['a read without its url', { keyquotePdf: 'read', id: 'a' }, false],
    ['no id', { keyquotePdf: 'read', url: 'https://example.com/a.pdf' }, false],
    ['a part (bytes come on a port now)', { keyquotePdf: 'part', id: 'a', data: 'QUJD' }, false],
    ['another kind', { keyquotePdf: 'delete', id: 'a', url: 'x' }, false],
    ['nothing', null, false],
  ])('%s', (_name, msg, ok) => {
    expect(isOffscreenPdfMessage(msg)).toBe(ok);
  });
});

describe('the bytes port', () => {
  it('carries its read id in its name, and other ports carry none', () => {
    const id = crypto.randomUUID();
    expect(readIdOfPort(pdfPortName(id))).toBe(id);
    expect(readIdOfPort('keyquote-panel')).toBeUndefined();
    expect(readIdOfPort('')).toBeUndefined();
  });
});
