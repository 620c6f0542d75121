import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BantinDb } from './bantin-db.ts';
import { bundlesWithClip, deleteBundle, getBundle, listBundles, saveBundle } from './bundles-repository.ts';
import { getMeta, setMeta } from './meta-repository.ts';
import { requestPersistentStorage, storageEstimate } from './persistent-storage.ts';
import { loadSearchChunks, replaceSearchChunks, saveSearchChunks } from './search-chunks-repository.ts';
import { freshDb } from './testing/fake-db.ts';
import { deleteVocabularyEntry, listVocabulary, saveVocabularyEntry, userVocabularyId } from './vocabulary-repository.ts';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('bundles', () => {
  const bundle = (id: string) => ({
    id,
    title: `Bản tin ${id}`,
    sections: [{ id: 's1', title: 'Chống buôn lậu', items: [{ clipId: 'c1' }, { clipId: 'c2', alsoClipIds: ['c3'] }] }],
    createdAt: '2026-11-20T00:00:00Z',
    updatedAt: '',
  });

  it('stores with defaults, lists the latest changed first, deletes with undo', async () => {
    await saveBundle(db, bundle('b1'), '2026-11-20T01:00:00Z');
    const b2 = await saveBundle(db, bundle('b2'), '2026-11-21T01:00:00Z');
    expect(b2.grouping).toBe('manual');
    expect(b2.sections[0]!.items[0]).toEqual({ clipId: 'c1', note: '', alsoClipIds: [] });
    expect((await listBundles(db)).map((b) => b.id)).toEqual(['b2', 'b1']);
    expect((await bundlesWithClip(db, 'c3')).map((b) => b.id).sort()).toEqual(['b1', 'b2']);
    const removed = await deleteBundle(db, 'b1');
    expect(await getBundle(db, 'b1')).toBeUndefined();
    await saveBundle(db, removed!, removed!.updatedAt);
    expect(await getBundle(db, 'b1')).toEqual(removed);
  });

  it('refuses an invalid bundle', async () => {
    await expect(saveBundle(db, { ...bundle('b3'), title: '' })).rejects.toMatchObject({ code: 'invalid-bundle' });
  });
});

describe('vocabulary', () => {
  it('gives new entries a user id, normalises names and aliases, and lists by name', async () => {
    const e = await saveVocabularyEntry(db, { kind: 'unit', name: 'Chi cục Hải quan  Tân Thanh', aliases: ['HQ Tân Thanh', 'HQ Tân Thanh', ' '] });
    expect(e.id).toBe('user:unit:chi-cuc-hai-quan-tan-thanh');
    expect(e.name).toBe('Chi cục Hải quan Tân Thanh');
    expect(e.aliases).toEqual(['HQ Tân Thanh']);
    await saveVocabularyEntry(db, { kind: 'campaign', name: 'Dân vận khéo' });
    expect((await listVocabulary(db)).map((v) => v.name)).toEqual(['Chi cục Hải quan Tân Thanh', 'Dân vận khéo']);
    expect((await listVocabulary(db, 'campaign')).map((v) => v.kind)).toEqual(['campaign']);
    expect(await deleteVocabularyEntry(db, e.id)).toEqual(e);
    expect(await listVocabulary(db, 'unit')).toEqual([]);
    expect(userVocabularyId('place', '!!!')).toBe('user:place:entry');
    await expect(saveVocabularyEntry(db, { kind: 'unit', name: '  ' })).rejects.toMatchObject({ code: 'invalid-vocabulary' });
  });
});

describe('search chunks and meta', () => {
  it('writes changed chunks, drops removed ones and replaces all on rebuild', async () => {
    await saveSearchChunks(db, [{ id: 'a', data: new Uint8Array([1]) }, { id: 'b', data: 'x' }]);
    await saveSearchChunks(db, [{ id: 'c', data: 3 }], ['a']);
    expect((await loadSearchChunks(db)).map((c) => c.id)).toEqual(['b', 'c']);
    await replaceSearchChunks(db, [{ id: 'z', data: null }]);
    expect(await loadSearchChunks(db)).toEqual([{ id: 'z', data: null }]);
    await setMeta(db, 'searchIndexVersion', 2);
    expect(await getMeta<number>(db, 'searchIndexVersion')).toBe(2);
    expect(await getMeta(db, 'missing')).toBeUndefined();
  });
});

describe('persistent storage', () => {
  it('asks once, and reports usage', async () => {
    let persisted = false;
    const manager = {
      persisted: async () => persisted,
      persist: async () => (persisted = true),
      estimate: async () => ({ usage: 1234, quota: 10_000 }),
    };
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(await storageEstimate(manager)).toEqual({ usage: 1234, quota: 10_000, persisted: true });
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await storageEstimate(undefined)).toEqual({ usage: null, quota: null, persisted: false });
  });
});
