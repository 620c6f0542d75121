import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BantinDb } from './bantin-db.ts';
import { loadSearchChunks } from './search-chunks-repository.ts';
import { saveSearchSnapshot } from './search-snapshot-repository.ts';
import { freshDb } from './testing/fake-db.ts';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const snapshot = (generation: string, chunks: Record<string, string>) => [
  ...Object.entries(chunks).map(([id, data]) => ({ id, data })),
  { id: 'state', data: { generation, digests: { ...chunks } } },
];

describe('saveSearchSnapshot', () => {
  it('writes only changed rows over the snapshot it started from, and drops rows that are gone', async () => {
    await saveSearchSnapshot(db, { rows: snapshot('g1', { a: '1', b: '2', c: '3' }), stateId: 'state', basedOn: null });
    const put = vi.spyOn(db.searchChunks, 'bulkPut');
    const saved = await saveSearchSnapshot(db, { rows: snapshot('g2', { a: '1', b: '22' }), stateId: 'state', basedOn: 'g1' });
    expect(saved).toEqual({ written: 2, removed: 1 });
    expect(put.mock.calls[0]![0].map((r) => r.id).sort()).toEqual(['b', 'state']);
    expect((await loadSearchChunks(db)).map((r) => r.id).sort()).toEqual(['a', 'b', 'state']);
  });

  it('writes every row when another tab saved meanwhile', async () => {
    await saveSearchSnapshot(db, { rows: snapshot('g1', { a: '1', b: '2' }), stateId: 'state', basedOn: null });
    await saveSearchSnapshot(db, { rows: snapshot('other', { a: 'x', b: 'y' }), stateId: 'state', basedOn: 'g1' });
    // This writer still believes g1 is stored: none of its rows may be skipped.
    const saved = await saveSearchSnapshot(db, { rows: snapshot('g2', { a: '1', b: '2' }), stateId: 'state', basedOn: 'g1' });
    expect(saved.written).toBe(3);
    const rows = Object.fromEntries((await loadSearchChunks(db)).map((r) => [r.id, r.data]));
    expect([rows.a, rows.b]).toEqual(['1', '2']);
  });
});
