import type { BantinDb, SearchChunkRow } from './bantin-db.ts';

// The `searchChunks` table: the serialised in-memory search index, in chunks
// so that an update rewrites only the chunks that changed. Storage does not
// look inside `data`; the search core owns its format.

export async function loadSearchChunks(db: BantinDb): Promise<SearchChunkRow[]> {
  return db.searchChunks.toArray();
}

/** Writes changed chunks and removes dropped ones, in one transaction. */
export async function saveSearchChunks(db: BantinDb, changed: readonly SearchChunkRow[], removedIds: readonly string[] = []): Promise<void> {
  await db.transaction('rw', db.searchChunks, async () => {
    if (removedIds.length) await db.searchChunks.bulkDelete([...removedIds]);
    if (changed.length) await db.searchChunks.bulkPut([...changed]);
  });
}

/** Replaces the whole persisted index (after a rebuild). */
export async function replaceSearchChunks(db: BantinDb, chunks: readonly SearchChunkRow[]): Promise<void> {
  await db.transaction('rw', db.searchChunks, async () => {
    await db.searchChunks.clear();
    await db.searchChunks.bulkPut([...chunks]);
  });
}
