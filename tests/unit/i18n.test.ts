// Localization: every locale has every English message (same substitutions), and every key the
// source asks for exists in English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural, t } from '@/utils/i18n';

type Messages = Record<string, { message: string }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const en = read('en');
const subs = (m: string) => [...m.matchAll(/\$[1-9]/g)].map((x) => x[0]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('locales', () => {
  it.each(['fr', 'de'])('%s has every English key, with the same substitutions, and no other', (lang) => {
    const other = read(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(other[key]!.message.trim(), `${lang}.${key}`).not.toBe('');
      expect(subs(other[key]!.message), `${lang}.${key}`).toEqual(subs(message));
    }
  });

  it('every key used in the source exists in English', () => {
    const files = [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('utils')];
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      // t('key'…), plural('key', n) and mount(App, 'key') / localizeDocument('key'): literal keys.
      for (const m of src.matchAll(/\b(t|plural|mount\(\w+,|localizeDocument)\(?\s*'([A-Za-z0-9_]+)'/g)) {
        if (m[1] === 'plural') ['one', 'other'].forEach((f) => used.add(`${m[2]}_${f}`));
        else used.add(m[2]!);
      }
      // Keys built from a prefix: t(`color_${c}`), t(`length_${len}`).
      for (const m of src.matchAll(/\bt\(`([A-Za-z0-9]+_)\$\{/g)) used.add(`${m[1]}*`);
    }
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter((k) => (k.endsWith('*') ? !Object.keys(en).some((e) => e.startsWith(k.slice(0, -1))) : !en[k]));
    expect(missing).toEqual([]);
  });

  it('every manifest __MSG_…__ key exists in English', () => {
    const html = readdirSync('entrypoints', { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
    const sources = ['wxt.config.ts', ...html.map((f) => join('entrypoints', f))];
    const keys = sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));
    expect(keys).toContain('extName');
    expect(keys.filter((k) => !en[k])).toEqual([]);
  });
});

describe('t and plural outside the browser (English fallback)', () => {
  it('substitutes $1…$9', () => {
    expect(t('importDone', ['2 highlights', '1 page'])).toBe('Imported 2 highlights on 1 page.');
    expect(t('showMore', 5)).toBe('Show more (5 left)');
  });
  it('picks the plural form', () => {
    expect(plural('nHighlights', 1)).toBe('1 highlight');
    expect(plural('nHighlights', 0)).toBe('0 highlights');
    expect(plural('nPages', 12)).toBe('12 pages');
  });
  it('returns the key of an unknown message, so a gap shows instead of an empty string', () => {
    expect(t('no-such-key')).toBe('no-such-key');
  });
});
