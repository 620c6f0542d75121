import { describe, expect, it } from 'vitest';
import type { SchemaVersion } from './schema-version.ts';
import { SCHEMA_VERSIONS } from './schema-versions.ts';
import { fakeIndexedDb, freshDb, makeClip } from './testing/fake-db.ts';
import { toClipRow } from './clip-row.ts';
import { BantinDb } from './bantin-db.ts';
import { v1 } from './versions/v1.ts';
import { entityListsFromRows } from './versions/v2.ts';
import { entitiesOfClip, reviewEntity } from './entities-repository.ts';
import { readBackupFile } from '../export/read-backup.ts';

describe('schema history', () => {
  it('lists versions once each, oldest first, starting at 1', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens with every table of the design', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'bodies', 'bundles', 'clipEntities', 'meta', 'searchChunks', 'vocabulary']);
    expect(db.articles.schema.indexes.map((i) => i.src).sort()).toEqual(
      ['*entityKeys', '*tags', 'canonicalUrl', 'clippedAt', 'fingerprint', 'month', 'publishedAt', 'site', 'status', 'storyOf', 'url'].sort(),
    );
    db.close();
  });

  it('runs a later version row upgrade on the data of the version before', async () => {
    const idb = fakeIndexedDb();
    const before = new BantinDb('upgrade', idb);
    await before.articles.put(toClipRow(makeClip({ id: 'a', tags: ['x'] })));
    before.close();
    const next: SchemaVersion = {
      version: SCHEMA_VERSIONS.at(-1)!.version + 1,
      stores: { articles: 'id, site, month, publishedAt, clippedAt, *tags, *entityKeys, canonicalUrl, url, storyOf, fingerprint, status, tagCount' },
      upgrade: { articles: (row) => ({ ...row, tagCount: (row.tags as string[]).length }) },
    };
    const after = new BantinDb('upgrade', idb, [...SCHEMA_VERSIONS, next]);
    expect(await after.articles.where('tagCount').equals(1).primaryKeys()).toEqual(['a']);
    after.close();
  });

  it('v2 moves the entity rows of each clip into one list, sentences kept once', () => {
    const sentence = 'Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng.';
    const row = (id: number, clipId: string, start: number, extra: Record<string, unknown> = {}) => ({
      type: 'unit', text: 'x', value: 'Cục Hải quan Lạng Sơn', start, end: start + 1, sentence, status: 'auto', id, clipId, key: 'unit:Cục Hải quan Lạng Sơn', ...extra,
    });
    const lists = entityListsFromRows([row(3, 'a', 40, { sentence: 'Câu khác.' }), row(1, 'a', 40), row(2, 'b', 0), row(4, 'a', 0, { status: 'rejected', key: '' })]);
    expect(entityListsFromRows([row(9, 'z', 0)], 650).map((l) => l.seq)).toEqual([651]);
    expect(lists).toEqual([
      {
        clipId: 'a', seq: 1, next: 3, ids: [2, 0, 1], sentences: [sentence, 'Câu khác.'],
        entities: [
          { type: 'unit', text: 'x', value: 'Cục Hải quan Lạng Sơn', start: 0, end: 1, sentence: 0, status: 'rejected' },
          { type: 'unit', text: 'x', value: 'Cục Hải quan Lạng Sơn', start: 40, end: 41, sentence: 0, status: 'auto' },
          { type: 'unit', text: 'x', value: 'Cục Hải quan Lạng Sơn', start: 40, end: 41, sentence: 1, status: 'auto' },
        ],
      },
      { clipId: 'b', seq: 2, next: 1, ids: [0], sentences: [sentence], entities: [{ type: 'unit', text: 'x', value: 'Cục Hải quan Lạng Sơn', start: 0, end: 1, sentence: 0, status: 'auto' }] },
    ]);
  });

  it('opens a v1 library as v2 with the same entities, reviewable by their new ids', async () => {
    const idb = fakeIndexedDb();
    const before = new BantinDb('v1-library', idb, [v1]);
    await before.articles.put(toClipRow(makeClip({ id: 'a', entityKeys: ['type:unit', 'unit:Cục Hải quan Lạng Sơn'] })));
    await before.bodies.put({ id: 'a', text: 'Cục Hải quan Lạng Sơn thu thuế.', html: '' });
    const old = before.table('entities');
    await old.bulkAdd([
      { type: 'unit', text: 'Cục Hải quan Lạng Sơn', value: 'Cục Hải quan Lạng Sơn', start: 0, end: 21, sentence: 'Cục Hải quan Lạng Sơn thu thuế.', status: 'auto', clipId: 'a', key: 'unit:Cục Hải quan Lạng Sơn' },
      { type: 'place', text: 'Lạng Sơn', value: 'Lạng Sơn', start: 13, end: 21, sentence: 'Cục Hải quan Lạng Sơn thu thuế.', status: 'rejected', clipId: 'a', key: '' },
    ]);
    before.close();
    const after = new BantinDb('v1-library', idb);
    const entities = await entitiesOfClip(after, 'a');
    expect(entities.map((e) => [e.type, e.status, e.key, e.sentence])).toEqual([
      ['unit', 'auto', 'unit:Cục Hải quan Lạng Sơn', 'Cục Hải quan Lạng Sơn thu thuế.'],
      ['place', 'rejected', '', 'Cục Hải quan Lạng Sơn thu thuế.'],
    ]);
    expect((await readBackupFile(after, 'now')).clips[0]?.entities).toHaveLength(2);
    const { entityKeys } = await reviewEntity(after, entities[0]!.id, { kind: 'reject' });
    expect(entityKeys).toEqual([]);
    expect(after.tables.map((t) => t.name)).not.toContain('entities');
    after.close();
  });

  it('v2 moves a library of many clips by batches, each clip whole, seqs never given twice', async () => {
    const idb = fakeIndexedDb();
    const before = new BantinDb('v1-big', idb, [v1]);
    const rows = Array.from({ length: 1300 }, (_, i) => ({
      type: 'place', text: 'Lạng Sơn', value: 'Lạng Sơn', start: i < 650 ? 10 : 0, end: (i < 650 ? 10 : 0) + 8, sentence: `Câu ${i < 650 ? 1 : 0}.`, status: 'auto', clipId: `c${String(i % 650).padStart(4, '0')}`, key: 'place:Lạng Sơn',
    }));
    await before.table('entities').bulkAdd(rows);
    before.close();
    const after = new BantinDb('v1-big', idb);
    const lists = await after.clipEntities.toArray();
    expect(lists).toHaveLength(650);
    expect(new Set(lists.map((l) => l.seq)).size).toBe(650);
    expect(lists.every((l) => l.entities.length === 2 && l.sentences.length === 2)).toBe(true);
    after.close();
  });
});
