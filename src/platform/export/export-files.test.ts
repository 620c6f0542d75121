import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exampleBundle, exampleBundleFile } from '../../core/export/__fixtures__/example-bundle.ts';
import { exampleClips } from '../../core/export/__fixtures__/example-clips.ts';
import { buildDigest, renderDigestHtml, serializeBundleFile, toClipsCsv, bundleClips } from '../../core/export/index.ts';
import { freshDb } from '../db/testing/fake-db.ts';
import { saveBundle } from '../db/bundles-repository.ts';
import { saveVocabularyEntry } from '../db/vocabulary-repository.ts';
import { buildDigestInChunks } from './build-digest-in-chunks.ts';
import { backupFileName, exportFileName } from './export-file-name.ts';
import { readBackupFile } from './read-backup.ts';
import { readBundleWithClips, readExportedClips } from './read-exported-clips.ts';
import { renderExport } from './render-export.ts';
import { serializeBundleFileInChunks } from './serialize-bundle-file-in-chunks.ts';
import { asStored, seedClips } from './testing/seed-clips.ts';

const noPause = async () => {};
const join = async (gen: AsyncIterable<string>) => {
  let out = '';
  for await (const part of gen) out += part;
  return out;
};

describe('serializeBundleFileInChunks', () => {
  it('writes exactly what serializeBundleFile writes, for any chunk size and for no clips', async () => {
    for (const file of [exampleBundleFile, { ...exampleBundleFile, clips: [] }, { ...exampleBundleFile, scope: 'backup' as const, bundles: [] }]) {
      for (const chunkSize of [1, 2, 200]) {
        expect(await join(serializeBundleFileInChunks(file, { chunkSize, yieldToEventLoop: noPause }))).toBe(serializeBundleFile(file));
        // Unchecked (clips read from the library), the same data in the clips' own key order.
        expect(JSON.parse(await join(serializeBundleFileInChunks(file, { chunkSize, yieldToEventLoop: noPause, validate: false })))).toEqual(JSON.parse(serializeBundleFile(file)));
        // Compact (as exports write it): byte for byte the one-shot compact text, the same data as the indented one.
        const compact = await join(serializeBundleFileInChunks(file, { chunkSize, yieldToEventLoop: noPause, compact: true }));
        expect(compact).toBe(serializeBundleFile(file, { compact: true }));
        expect(JSON.parse(compact)).toEqual(JSON.parse(serializeBundleFile(file)));
      }
    }
  });

  it('yields between chunks, reports progress and stops when cancelled', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const gen = serializeBundleFileInChunks(exampleBundleFile, {
      chunkSize: 2,
      yieldToEventLoop: async () => void events.push('yield'),
      onProgress: (done, total) => {
        events.push(`${done}/${total}`);
        if (done >= 4) controller.abort(new Error('huỷ'));
      },
      signal: controller.signal,
    });
    await expect(join(gen)).rejects.toThrow('huỷ');
    expect(events).toEqual(['2/5', 'yield', '4/5', 'yield']);
  });

  it('refuses to write an invalid clip, like the one-shot writer', async () => {
    const bad = { ...exampleBundleFile, clips: [{ ...exampleClips[0]!, id: '' }] };
    await expect(join(serializeBundleFileInChunks(bad, { yieldToEventLoop: noPause }))).rejects.toThrow();
  });
});

describe('buildDigestInChunks', () => {
  it('builds the same digest as buildDigest, slice by slice', async () => {
    const expected = buildDigest(exampleBundle, exampleClips);
    for (const chunkSize of [1, 2, 50]) {
      expect(await buildDigestInChunks(exampleBundle, exampleClips, { chunkSize, yieldToEventLoop: noPause })).toEqual(expected);
    }
    const withMissing = { ...exampleBundle, sections: [{ id: 's', title: 'S', items: [{ clipId: 'gone', note: '', alsoClipIds: [] }] }] };
    expect(await buildDigestInChunks(withMissing, exampleClips, { yieldToEventLoop: noPause })).toEqual(buildDigest(withMissing, exampleClips));
  });
});

describe('file names', () => {
  it('are the ASCII slug of the title with the period', () => {
    const period = { start: '2026-11-17', end: '2026-11-23' };
    expect(exportFileName('Bản tin', period, 'html')).toBe('ban-tin-2026-11-17_2026-11-23.html');
    expect(exportFileName('Đội kiểm soát: “Tuần 47”!', period, 'figures-csv')).toBe('doi-kiem-soat-tuan-47-2026-11-17_2026-11-23-so-lieu.csv');
    expect(exportFileName('   ', undefined, 'docx')).toBe('ban-tin.docx');
    expect(exportFileName('Bản tin', undefined, 'json')).toBe('ban-tin.bantin.json');
    expect(backupFileName('2026-11-20')).toBe('bantin-sao-luu-2026-11-20.bantin.json');
  });
});

describe('reading clips for export', () => {
  it('reads clips whole (row, body, entities with reviews) in the order asked', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const ids = [exampleClips[3]!.id, 'missing', exampleClips[0]!.id, exampleClips[3]!.id];
    expect(await readExportedClips(db, ids)).toEqual([asStored(exampleClips[3]!), asStored(exampleClips[0]!)]);
    await saveBundle(db, exampleBundle, exampleBundle.updatedAt);
    const read = await readBundleWithClips(db, exampleBundle.id);
    expect(read?.bundle).toEqual(exampleBundle);
    expect(read?.clips.map((c) => c.id).sort()).toEqual(exampleClips.map((c) => c.id).sort());
    expect(await readBundleWithClips(db, 'nope')).toBeUndefined();
  });

  it("reads for a digest only the bodies of clips without a lead, and the digest comes out the same", async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    await saveBundle(db, exampleBundle, exampleBundle.updatedAt);
    const whole = await readBundleWithClips(db, exampleBundle.id);
    const slim = await readBundleWithClips(db, exampleBundle.id, { bodies: 'summary' });
    expect(slim?.clips.map((c) => c.id)).toEqual(whole?.clips.map((c) => c.id));
    for (const c of slim!.clips) {
      const full = whole!.clips.find((w) => w.id === c.id)!;
      // A clip without a lead keeps its text (its summary); the others come without their body.
      expect(c.text).toBe(full.lead.trim() ? '' : full.text);
      expect({ ...c, text: '', html: '' }).toEqual({ ...full, text: '', html: '' });
    }
    expect(slim!.clips.some((c) => c.text !== '')).toBe(true);
    expect(slim!.clips.some((c) => c.text === '')).toBe(true);
    expect(renderDigestHtml(buildDigest(slim!.bundle, slim!.clips))).toBe(renderDigestHtml(buildDigest(whole!.bundle, whole!.clips)));
  });

  it('renders every format from the stored bundle the way the core does', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const clips = exampleClips.map(asStored);
    const source = { bundle: exampleBundle, clips };
    // Decoded with the BOM kept: the CSV starts with one so that Excel reads UTF-8.
    const text = async (format: Parameters<typeof renderExport>[0]) => new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(await new Blob(await renderExport(format, source, { yieldToEventLoop: noPause, now: '2026-11-23T10:00:00.000Z' })).arrayBuffer());
    expect(await text('html')).toBe(renderDigestHtml(buildDigest(exampleBundle, clips)));
    expect(await text('csv')).toBe(toClipsCsv(bundleClips(exampleBundle, clips)));
    const json = JSON.parse(await text('json'));
    expect(json).toMatchObject({ format: 'bantin-bundle', scope: 'bundle', bundles: [{ id: exampleBundle.id }] });
    expect(json.clips).toHaveLength(5);
    const docx = new Uint8Array(await new Blob(await renderExport('docx', source, { yieldToEventLoop: noPause })).arrayBuffer());
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as .docx files are
  });

  it('backs up every clip, bundle and vocabulary entry of the library in one file', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    await saveBundle(db, exampleBundle, exampleBundle.updatedAt);
    await saveVocabularyEntry(db, exampleBundleFile.vocabulary[0]!);
    const file = await readBackupFile(db, '2026-11-24T00:00:00.000Z');
    expect(file).toMatchObject({ format: 'bantin-bundle', scope: 'backup', exportedAt: '2026-11-24T00:00:00.000Z' });
    expect(file.clips.map((c) => c.id).sort()).toEqual(exampleClips.map((c) => c.id).sort());
    expect(file.clips.find((c) => c.id === exampleClips[2]!.id)).toEqual(asStored(exampleClips[2]!));
    expect(file.bundles).toEqual([exampleBundle]);
    expect(file.vocabulary).toEqual(exampleBundleFile.vocabulary);
  });
});
