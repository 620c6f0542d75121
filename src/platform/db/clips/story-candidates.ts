import type { BantinDb } from '../bantin-db.ts';

export interface StoryCandidate {
  id: string;
  fingerprint: string;
}

/**
 * Every stored fingerprint with its clip id, read from the index alone (a
 * key cursor: no row is read), for the same-story search over the library.
 */
export async function storyCandidates(db: BantinDb, exceptId?: string): Promise<StoryCandidate[]> {
  const out: StoryCandidate[] = [];
  await db.articles.where('fingerprint').above('').eachKey((key, cursor) => {
    const id = String(cursor.primaryKey);
    if (id !== exceptId) out.push({ id, fingerprint: String(key) });
  });
  return out;
}
