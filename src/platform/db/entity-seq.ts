import type { BantinDb } from './bantin-db.ts';

// Entity ids are made from the `seq` of their list (entity-list.ts), so a
// seq is never given twice: an id the UI still holds for a list replaced
// since must not point at another clip's entity. The highest seq given is
// kept in `meta` (the highest stored one may have been deleted since).

const KEY = 'entityListSeq';

/** Reserves `count` fresh list seqs and returns the first; runs in the caller's rw transaction over clipEntities and meta. */
export async function reserveEntitySeqs(db: BantinDb, count: number): Promise<number> {
  const [given, last] = await Promise.all([db.meta.get(KEY), db.clipEntities.orderBy('seq').lastKey()]);
  const first = Math.max(Number(given?.value ?? 0), Number(last ?? 0)) + 1;
  if (count > 0) await db.meta.put({ key: KEY, value: first + count - 1 });
  return first;
}
