import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { exampleBundle, exampleBundleFile } from '../../core/export/__fixtures__/example-bundle.ts';
import { exampleClips } from '../../core/export/__fixtures__/example-clips.ts';
import { serializeBundleFile } from '../../core/export/index.ts';
import type { BundleFile, ExportedClip } from '../../core/schemas/index.ts';
import { saveBundle } from '../db/bundles-repository.ts';
import { addTags } from '../db/clips-repository.ts';
import { entitiesOfClip, reviewEntity } from '../db/entities-repository.ts';
import { freshDb } from '../db/testing/fake-db.ts';
import { saveVocabularyEntry } from '../db/vocabulary-repository.ts';
import { readBackupFile } from '../export/read-backup.ts';
import { seedClips } from '../export/testing/seed-clips.ts';
import { applyImportPlan } from './apply-import-plan.ts';
import { prepareImport, type PreparedImport } from './prepare-import.ts';
import { colleagueFile, ourClips } from './testing/colleague-file.ts';
import { librarySnapshot } from './testing/library-snapshot.ts';

const [c1, c2, c3] = exampleClips as [ExportedClip, ExportedClip, ExportedClip];
const NOW = '2026-11-24T08:00:00.000Z';
/** Our library: the Lạng Sơn story with the percent confirmed, and the Hữu Nghị story. */
async function ourLibrary() {
  const db = freshDb();
  await seedClips(db, ourClips);
  return db;
}

const colleague = colleagueFile;

async function prepared(db: ReturnType<typeof freshDb>, file: BundleFile | string): Promise<PreparedImport> {
  const result = await prepareImport(db, typeof file === 'string' ? file : serializeBundleFile(file), { now: NOW });
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.prepared;
}

describe('import preview', () => {
  it('counts new clips and duplicates and lists differing entities and kept corrections, writing nothing', async () => {
    const db = await ourLibrary();
    const before = await librarySnapshot(db);
    const { summary, scope, bundleTitles } = await prepared(db, colleague);
    expect(scope).toBe('bundle');
    expect(bundleTitles).toEqual([exampleBundle.title]);
    expect(summary).toMatchObject({ newClips: 3, duplicates: 2, duplicatesBy: { canonicalUrl: 1, id: 1 }, tagsAdded: 1, conflicts: 1, bundles: 1, vocabulary: 1 });
    expect(summary.differingEntities.map((d) => [d.text, d.resolution])).toEqual([['6.452,7 tỷ đồng', 'take-incoming'], ['31,7%', 'conflict']]);
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses broken, truncated, foreign and newer files with their code, leaving the library untouched', async () => {
    const db = await ourLibrary();
    const before = await librarySnapshot(db);
    const text = serializeBundleFile(colleague);
    const cases: [string, string][] = [
      [text.slice(0, text.length / 2), 'truncated'],
      ['<html>404</html>', 'not-json'],
      ['{"items": []}', 'not-a-bundle'],
      [JSON.stringify({ ...colleague, formatVersion: 7 }), 'newer-version'],
      [text.replace('"scope": "bundle"', '"scope": "everything"'), 'invalid'],
    ];
    for (const [bad, error] of cases) expect(await prepareImport(db, bad)).toMatchObject({ ok: false, error });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

describe('applyImportPlan', () => {
  it('adds new clips with bodies and entities, merges duplicates keeping our review, stores bundles and vocabulary', async () => {
    const db = await ourLibrary();
    const applied = await applyImportPlan(db, await prepared(db, colleague));
    expect(applied.newClipIds.sort()).toEqual(exampleClips.slice(1).filter((c) => c.id !== c3.id).map((c) => c.id).sort());
    expect(applied.updatedClipIds).toEqual([c1.id]);
    const merged = await entitiesOfClip(db, c1.id);
    expect(merged.find((e) => e.type === 'percent')).toMatchObject({ value: 31.7, status: 'confirmed' });
    expect(merged.find((e) => e.type === 'amount')).toMatchObject({ status: 'rejected', key: '' });
    expect((await db.articles.get(c1.id))?.tags).toEqual([...c1.tags, 'xuất khẩu']);
    expect(await db.bodies.get(c2.id)).toEqual({ id: c2.id, text: c2.text, html: c2.html });
    expect((await db.articles.get(c2.id))?.entityKeys).toContain('unit:Cục Hải quan Lạng Sơn');
    const bundle = await db.bundles.get(exampleBundle.id);
    expect(bundle?.sections.flatMap((s) => s.items.map((i) => i.clipId))).toContain(c1.id);
    expect(await db.vocabulary.count()).toBe(1);
  });

  it('is atomic: a full disk half-way leaves the library exactly as it was', async () => {
    const db = await ourLibrary();
    const plan = await prepared(db, colleague);
    const before = await librarySnapshot(db);
    // The clips, bodies and entities are written by then; the bundles write fails.
    vi.spyOn(db.bundles, 'bulkAdd').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(applyImportPlan(db, plan)).rejects.toMatchObject({ code: 'storage-full' });
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('refuses a plan made against a library that changed since the preview', async () => {
    const db = await ourLibrary();
    const plan = await prepared(db, colleague);
    await addTags(db, [c1.id], ['mới']);
    const before = await librarySnapshot(db);
    await expect(applyImportPlan(db, plan)).rejects.toMatchObject({ code: 'library-changed' });
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('restores into an empty library the same clips, bundles, entities, corrections and vocabulary', async () => {
    const source = freshDb();
    await seedClips(source, exampleClips);
    await saveBundle(source, exampleBundle, exampleBundle.updatedAt);
    await saveVocabularyEntry(source, exampleBundleFile.vocabulary[0]!);
    const unit = (await entitiesOfClip(source, c2.id)).find((e) => e.type === 'unit')!;
    await reviewEntity(source, unit.id, { kind: 'correct', type: 'unit', value: 'Chi cục Hải quan Lạng Sơn' });
    const backup = await readBackupFile(source, NOW);

    const target = freshDb();
    const plan = await prepared(target, backup);
    expect(plan.summary).toMatchObject({ newClips: exampleClips.length, duplicates: 0, bundles: 1, vocabulary: 1 });
    await applyImportPlan(target, plan);
    expect(await readBackupFile(target, NOW)).toEqual(backup);
    expect((await entitiesOfClip(target, c2.id)).find((e) => e.type === 'unit')).toMatchObject({
      value: 'Chi cục Hải quan Lạng Sơn', status: 'corrected', original: { type: 'unit', value: unit.value },
    });
  });
});
