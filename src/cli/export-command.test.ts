import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exampleBundleFile } from '../core/export/__fixtures__/example-bundle.ts';
import { buildDigest } from '../core/export/build-digest.ts';
import { renderDigestHtml } from '../core/export/render-digest-html.ts';
import { serializeBundleFile } from '../core/export/serialize-bundle-file.ts';
import { toClipsCsv } from '../core/export/to-clips-csv.ts';
import { toRis } from '../core/export/to-ris.ts';
import { exportCommand } from './export-command.ts';
import { runCommand } from './testing/run-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-export-'));
const bundlePath = join(dir, 'tuan-47.json');
writeFileSync(bundlePath, serializeBundleFile(exampleBundleFile));

const byId = new Map(exampleBundleFile.clips.map((c) => [c.id, c]));
const inBundleOrder = ['clip-huu-nghi-dan-van-kheo', 'clip-ky-cuong-doi-moi', 'clip-lang-son-thu-ngan-sach',
  'clip-bao-lang-son-thu-ngan-sach', 'clip-chi-ma-kim-ngach'].map((id) => byId.get(id)!);

const run = (...argv: string[]) => runCommand(exportCommand, argv);

describe('bantin export', () => {
  it('writes the HTML digest of the first bundle to standard output', async () => {
    const r = await run('--format', 'html', bundlePath);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(renderDigestHtml(buildDigest(exampleBundleFile.bundles[0]!, exampleBundleFile.clips)));
  });

  it('exports all clips of the bundle, each item followed by its folded copies', async () => {
    const r = await run('--format', 'csv', bundlePath);
    expect(r.stdout).toBe(toClipsCsv(inBundleOrder));
  });

  it('writes to --out, docx included, and refuses docx on standard output', async () => {
    const ris = join(dir, 'out.ris');
    expect((await run('--format', 'ris', '--out', ris, bundlePath)).code).toBe(0);
    expect(readFileSync(ris, 'utf8')).toBe(toRis(inBundleOrder));
    const docx = join(dir, 'out.docx');
    expect((await run('--format', 'docx', '--out', docx, bundlePath)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Bản tin Hải quan tuần 47/2026');
    const refused = await run('--format', 'docx', bundlePath);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out');
  });

  it('picks a bundle by id and names the ones there when it is not found', async () => {
    const other = { ...exampleBundleFile.bundles[0]!, id: 'chi-ma', title: 'Riêng Chi Ma', sections: [{ id: 's', title: '', items: [{ clipId: 'clip-chi-ma-kim-ngach', note: '', alsoClipIds: [] }] }] };
    const two = join(dir, 'two.json');
    writeFileSync(two, serializeBundleFile({ ...exampleBundleFile, bundles: [exampleBundleFile.bundles[0]!, other] }));
    const r = await run('--format', 'ndjson', '--bundle', 'chi-ma', two);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(r.stdout).toContain('"_id":"clip-chi-ma-kim-ngach"');
    const missing = await run('--format', 'md', '--bundle', 'nope', two);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('bundle-tuan-47-2026, chi-ma');
  });

  it('explains a broken file on standard error and exits 1', async () => {
    const cases: [string, string][] = [
      [serializeBundleFile(exampleBundleFile).slice(0, 500), 'is cut off'],
      ['<html></html>', 'is not a JSON file'],
      ['{"hello": "world"}', 'not a Bantin bundle'],
      [JSON.stringify({ ...exampleBundleFile, formatVersion: 9 }), 'newer Bantin'],
    ];
    for (const [content, message] of cases) {
      const path = join(dir, 'broken.json');
      writeFileSync(path, content);
      const r = await run('--format', 'md', path);
      expect(r).toMatchObject({ code: 1, stdout: '' });
      expect(r.stderr).toContain(message);
    }
    const absent = await run('--format', 'md', join(dir, 'absent.json'));
    expect(absent).toMatchObject({ code: 1 });
    expect(absent.stderr).toContain('ENOENT');
  });

  it('refuses an unknown format or a missing file argument with the usage', async () => {
    expect((await run('--format', 'pdf', bundlePath)).code).toBe(2);
    const r = await run('--format', 'md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: bantin export');
  });
});
