// The shipped manifest asks for exactly what the README justifies, and exposes nothing to web pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS } from './harness';

const manifest = JSON.parse(readFileSync(join(BUILD_DIRS.shipped, 'manifest.json'), 'utf8'));
const readme = readFileSync('README.md', 'utf8');
/** The README's Design › Permissions paragraph: one justification per permission. */
const permissionsParagraph = readme.slice(readme.indexOf('- **Permissions.**'), readme.indexOf('- **Polyfill.**'));

describe('the shipped manifest', () => {
  it('asks for exactly these permissions, each justified in the README', () => {
    const expected = ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage', 'sidePanel', 'offscreen'];
    expect([...manifest.permissions].sort()).toEqual([...expected].sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const p of expected) expect(permissionsParagraph).toContain(`\`${p}\``);
  });

  it('asks for no site at install: sites are optional, granted one by one for restoring highlights', () => {
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(permissionsParagraph).toContain('`optional_host_permissions`');
    // No content script is declared: the restore script is registered at run time for granted sites.
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('runs only its own code in extension pages, exposes no file to pages and accepts no outside connection', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
});
