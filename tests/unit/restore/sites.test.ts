// Site patterns: what is asked for a page, which grants the restore script may use, which sites hold highlights.
import { describe, expect, it } from 'vitest';
import { hostsToOffer } from '@/utils/restore/offer';
import { covers, hostOf, hostOfPattern, isEverySite, restoreMatches, sitePattern, sitesWithHighlights } from '@/utils/restore/sites';

describe('site patterns', () => {
  it('asks for the page’s host only, http and https, any port and path', () => {
    expect(sitePattern('https://news.example/2024/a?x=1#p')).toBe('*://news.example/*');
    expect(sitePattern('http://127.0.0.1:8123/page.html')).toBe('*://127.0.0.1/*');
    for (const url of ['file:///home/a.html', 'chrome://version/', 'about:blank', 'not a url', undefined, '']) {
      expect(sitePattern(url)).toBeNull();
      expect(hostOf(url)).toBeNull();
    }
  });

  it('registers the restore script only for web origins, each once, in a stable order', () => {
    expect(restoreMatches(['https://b.example/*', 'file:///*', '*://a.example/*', 'https://b.example/*', '<all_urls>', 'chrome://favicon/*'])).toEqual([
      '*://a.example/*',
      'https://b.example/*',
    ]);
    expect(restoreMatches(undefined)).toEqual([]);
  });

  it('tells whether grants cover a page, as match patterns do', () => {
    const grants = ['*://a.example/*', 'https://b.example/*', '*://*.c.example/*'];
    expect(covers(grants, 'http://a.example/x')).toBe(true);
    expect(covers(grants, 'https://b.example/x')).toBe(true);
    expect(covers(grants, 'http://b.example/x')).toBe(false);
    expect(covers(grants, 'https://news.c.example/x')).toBe(true);
    expect(covers(grants, 'https://c.example/x')).toBe(true);
    expect(covers(grants, 'https://notc.example/x')).toBe(false);
    expect(covers(grants, 'https://a.example.evil/x')).toBe(false);
    expect(covers(['http://*/*'], 'http://any.example/')).toBe(true);
    expect(covers(['http://*/*'], 'https://any.example/')).toBe(false);
    expect(covers(grants, 'file:///a.html')).toBe(false);
  });

  it('names granted patterns for the options page', () => {
    expect(hostOfPattern('*://a.example/*')).toBe('a.example');
    expect(isEverySite('https://*/*')).toBe(true);
    expect(isEverySite('*://*.c.example/*')).toBe(false);
  });
});

describe('sites with highlights (the update offer)', () => {
  const keys = ['hl:https://a.example/1', 'hl:https://a.example/1$', 'hl:http://b.example/2', 'hl:file:///x.html', 'autoRestore', 'unreadable:hl:https://z.example/', 'hl:https://c.example/3'];

  it('lists each web site with highlights once', () => {
    expect(sitesWithHighlights(keys)).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('offers those not granted and never asked about', () => {
    expect(hostsToOffer(keys, [], [])).toEqual(['a.example', 'b.example', 'c.example']);
    expect(hostsToOffer(keys, ['*://a.example/*'], ['c.example'])).toEqual(['b.example']);
    expect(hostsToOffer(keys, ['http://*/*', 'https://*/*'], [])).toEqual([]);
  });
});
