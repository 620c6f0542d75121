import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BantinDb } from '../bantin-db.ts';
import { toClipRow } from '../clip-row.ts';
import { putClip } from '../clips-repository.ts';
import { freshDb, makeClip } from '../testing/fake-db.ts';
import { loadStoryIndex, noteFingerprintChange } from './story-index.ts';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const fp = (n: number) => n.toString(16).padStart(16, '0');
const chunkRows = () => db.meta.where('key').startsWith('story-index:').toArray();

describe('story index cache', () => {
  it('packs fingerprints in rows of a fixed size and appends across rows', async () => {
    for (let i = 1; i <= 4; i++) await putClip(db, makeClip({ id: `c${i}`, fingerprint: fp(i) }));
    await putClip(db, makeClip({ id: 'pending', fingerprint: '' }));
    const built = await loadStoryIndex(db, 3);
    expect(built.ids).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect((await chunkRows()).map((r) => (r.value as { count: number }).count)).toEqual([3, 1]);

    for (const [id, n] of [['c5', 5], ['c6', 6], ['c7', 7]] as const) {
      // What saveClipContent does, with rows of 3 to cross a row boundary.
      await db.transaction('rw', [db.articles, db.meta], async () => {
        await db.articles.put(toClipRow(makeClip({ id, fingerprint: fp(n) })));
        await noteFingerprintChange(db, id, undefined, fp(n), 3);
      });
    }
    expect((await chunkRows()).map((r) => (r.value as { count: number }).count)).toEqual([3, 3, 1]);
    const loaded = await loadStoryIndex(db, 3);
    expect(loaded.ids).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect([...loaded.halves.slice(12, 14)]).toEqual([0, 7]);
    expect([...loaded.valid]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('drops the cache when a fingerprint changes, and ignores unchanged ones', async () => {
    await putClip(db, makeClip({ id: 'a', fingerprint: fp(1) }));
    await loadStoryIndex(db);
    await noteFingerprintChange(db, 'a', fp(1), fp(1));
    expect(await chunkRows()).toHaveLength(1);
    await noteFingerprintChange(db, 'a', fp(1), fp(2));
    expect(await chunkRows()).toHaveLength(0);
  });
});
