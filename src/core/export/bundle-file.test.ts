import { describe, expect, it } from 'vitest';
import { exampleBundleFile } from './__fixtures__/example-bundle.ts';
import { parseBundleFile } from './parse-bundle-file.ts';
import { serializeBundleFile } from './serialize-bundle-file.ts';

const text = serializeBundleFile(exampleBundleFile);

describe('serializeBundleFile / parseBundleFile', () => {
  it('round-trips losslessly: clips, corrections with originals, tags, notes, order and sections', () => {
    const back = parseBundleFile(text);
    expect(back).toEqual({ ok: true, file: exampleBundleFile });
    if (!back.ok) return;
    const corrected = back.file.clips[2]!.entities.find((e) => e.status === 'corrected');
    expect(corrected?.original).toEqual({ type: 'unit', value: 'Hải quan Hữu Nghị' });
    expect(back.file.clips.map((c) => c.id)).toEqual(exampleBundleFile.clips.map((c) => c.id));
    expect(serializeBundleFile(back.file)).toBe(text);
  });

  it('keeps Vietnamese text as written (NFC, not escaped) and reads a file with a BOM', () => {
    expect(text).toContain('Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng');
    expect(parseBundleFile(`\uFEFF${text}`).ok).toBe(true);
  });

  it('refuses to write an invalid file', () => {
    expect(() => serializeBundleFile({ ...exampleBundleFile, bundles: [{ ...exampleBundleFile.bundles[0]!, title: '' }] })).toThrow();
  });

  it('tells a truncated file from one that is not JSON at all', () => {
    for (const cut of [text.length - 2, Math.floor(text.length / 2), 40, 1]) {
      expect(parseBundleFile(text.slice(0, cut))).toMatchObject({ ok: false, error: 'truncated' });
    }
    expect(parseBundleFile('<html>Not found</html>')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseBundleFile('   ')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseBundleFile('{"a": 1} trailing')).toMatchObject({ ok: false, error: 'not-json' });
  });

  it('refuses foreign JSON, a newer format and a malformed bundle with their own codes', () => {
    expect(parseBundleFile('[1, 2]')).toMatchObject({ ok: false, error: 'not-a-bundle' });
    expect(parseBundleFile('{"items": []}')).toMatchObject({ ok: false, error: 'not-a-bundle' });
    const newer = JSON.stringify({ ...exampleBundleFile, formatVersion: 2, clips: 'who knows' });
    expect(parseBundleFile(newer)).toMatchObject({ ok: false, error: 'newer-version' });
    const bad = JSON.parse(text);
    bad.clips[0].entities[2].value = '6.452,7';
    const res = parseBundleFile(JSON.stringify(bad));
    expect(res).toMatchObject({ ok: false, error: 'invalid' });
    expect(!res.ok && res.detail).toContain('clips.0.entities.2');
  });

  it('reads a full backup through the same path', () => {
    const backup = serializeBundleFile({ ...exampleBundleFile, scope: 'backup' });
    expect(parseBundleFile(backup)).toMatchObject({ ok: true, file: { scope: 'backup' } });
  });
});
