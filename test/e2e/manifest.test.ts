import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, PRODUCTION_BUILD_DIR, readManifest } from './support/extension-build.ts';

// The suite drives the e2e build; what users install is the production build.
// They must differ by exactly one thing: the e2e build may reach the local
// test server (no script can give the gesture that grants activeTab). Read
// from the built files, after `npm test` built both.

describe('the built manifests', () => {
  const production = readManifest(PRODUCTION_BUILD_DIR);
  const e2e = readManifest(E2E_BUILD_DIR);

  it('production asks for no host at all: activeTab and scripting reach the clipped tab only', () => {
    expect(production.host_permissions).toBeUndefined();
    expect(production.optional_host_permissions).toBeUndefined();
    expect(production.content_scripts).toBeUndefined();
    expect(production.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(production.permissions).not.toContain('tabs');
    expect(production.permissions).not.toContain('<all_urls>');
    expect(production.permissions).not.toContain('downloads');
  });

  it('the e2e build is production plus http://127.0.0.1/* and nothing else', () => {
    const { host_permissions: hosts, ...rest } = e2e;
    expect(hosts).toEqual(['http://127.0.0.1/*']);
    expect(rest).toEqual(production);
  });

  it("only the e2e build hands the shortcut's handler to scripts", () => {
    const background = (dir: string) => readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background(E2E_BUILD_DIR)).toContain('bantinClipCommand');
    expect(background(PRODUCTION_BUILD_DIR)).not.toContain('bantinClipCommand');
  });
});
