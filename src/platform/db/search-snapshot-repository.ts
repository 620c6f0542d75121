import type { BantinDb, SearchChunkRow } from './bantin-db.ts';
import { saveSearchChunks } from './search-chunks-repository.ts';

// Saving the search index safely when two library tabs may each hold one.
// Every snapshot is complete and carries a generation and a digest per row;
// a save writes only the rows whose digest changed, but only when the stored
// snapshot is the very one the writer started from. Otherwise (another tab
// saved meanwhile, or nothing was stored) it writes every row, so the stored
// rows never mix two snapshots. The check and the writes share a transaction.

/** The fields of the state row this repository relies on. */
export interface SnapshotStamp {
  generation: string;
  /** Row id → digest of its data. */
  digests: Record<string, string>;
}

export interface SearchSnapshotWrite {
  /** Every row of the new snapshot, the state row among them. */
  rows: readonly SearchChunkRow[];
  /** Id of the state row, whose data is a SnapshotStamp (plus whatever the caller keeps). */
  stateId: string;
  /** Generation of the stored snapshot this one was derived from; null when none. */
  basedOn: string | null;
}

export interface SearchSnapshotSaved {
  written: number;
  removed: number;
}

function stampOf(row: SearchChunkRow | undefined): SnapshotStamp | undefined {
  const data = row?.data as Partial<SnapshotStamp> | undefined;
  return data && typeof data.generation === 'string' && data.digests && typeof data.digests === 'object' ? (data as SnapshotStamp) : undefined;
}

export async function saveSearchSnapshot(db: BantinDb, write: SearchSnapshotWrite): Promise<SearchSnapshotSaved> {
  const next = stampOf(write.rows.find((r) => r.id === write.stateId));
  if (!next) throw new Error('search snapshot without a state row');
  return db.transaction('rw', db.searchChunks, async () => {
    const [stored, existing] = await Promise.all([db.searchChunks.get(write.stateId), db.searchChunks.toCollection().primaryKeys()]);
    const before = stampOf(stored);
    const incremental = write.basedOn !== null && before?.generation === write.basedOn;
    const present = new Set(existing);
    const keep = new Set(write.rows.map((r) => r.id));
    const changed = write.rows.filter(
      (r) => r.id === write.stateId || !incremental || !present.has(r.id) || before.digests[r.id] !== next.digests[r.id],
    );
    const removed = existing.filter((id) => !keep.has(id));
    await saveSearchChunks(db, changed, removed);
    return { written: changed.length, removed: removed.length };
  });
}
