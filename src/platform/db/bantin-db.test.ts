import { describe, expect, it } from 'vitest';
import type { SchemaVersion } from './schema-version.ts';
import { SCHEMA_VERSIONS } from './schema-versions.ts';
import { fakeIndexedDb, freshDb, makeClip } from './testing/fake-db.ts';
import { toClipRow } from './clip-row.ts';
import { BantinDb } from './bantin-db.ts';

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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'bodies', 'bundles', 'entities', 'meta', 'searchChunks', 'vocabulary']);
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
});
