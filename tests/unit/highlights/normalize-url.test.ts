import { describe, expect, it } from 'vitest';
import { pageKey } from '@/utils/highlights/normalize-url';

describe('page keys', () => {
  it.each([
    ['drops the fragment', 'https://ex.com/a#section-2', null, 'https://ex.com/a'],
    ['drops tracking parameters', 'https://ex.com/a?utm_source=x&utm_medium=y&fbclid=1&gclid=2&id=7', null, 'https://ex.com/a?id=7'],
    ['sorts the remaining parameters', 'https://ex.com/a?b=2&a=1', null, 'https://ex.com/a?a=1&b=2'],
    ['lowercases the host, drops the default port', 'HTTPS://Ex.COM:443/Path', null, 'https://ex.com/Path'],
    ['honours a same-site canonical (relative, www)', 'https://www.ex.com/a?page=2', '/a', 'https://www.ex.com/a'],
    ['honours a canonical on the bare domain', 'https://www.ex.com/amp/a', 'https://ex.com/a?utm_campaign=z', 'https://ex.com/a'],
    ['ignores a canonical on another site', 'https://ex.com/a', 'https://other.org/a', 'https://ex.com/a'],
    ['ignores a broken canonical', 'https://ex.com/a', 'http://[bad', 'https://ex.com/a'],
    ['keeps other schemes as they are', 'file:///tmp/a.html#x', null, 'file:///tmp/a.html'],
  ])('%s', (_name, href, canonical, key) => {
    expect(pageKey(href, canonical)).toBe(key);
  });
});
