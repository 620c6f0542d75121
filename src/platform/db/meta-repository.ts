import type { BantinDb } from './bantin-db.ts';

// The `meta` table: small facts about the library itself (the version of the
// persisted search index, when the vocabulary last changed…).

export async function getMeta<T>(db: BantinDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: BantinDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
