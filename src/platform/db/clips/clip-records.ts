import { entityKeys } from '../../../core/clip/entity-keys.ts';
import type { Clip, ClipBody, ClipError, ReviewedEntity } from '../../../core/schemas/index.ts';
import type { BantinDb, EntityRow } from '../bantin-db.ts';
import { fromClipRow, toClipRow } from '../clip-row.ts';
import { entitiesOfClip, replaceClipEntities } from '../entities-repository.ts';
import { noteFingerprintChange } from './story-index.ts';

// Reading and writing whole clips. A clip, its body and its entities are
// written in one transaction, so a failure (a full disk) leaves the previous
// state intact, never half a clip.

type AlsoOn = NonNullable<Clip['alsoOn']>[number];

export interface ClipDetails {
  clip: Clip;
  body: ClipBody | undefined;
  entities: EntityRow[];
}

export async function getClip(db: BantinDb, id: string): Promise<Clip | undefined> {
  const row = await db.articles.get(id);
  return row && fromClipRow(row);
}

/** The clips of `ids`, in that order; ids no longer stored are skipped. */
export async function getClips(db: BantinDb, ids: readonly string[]): Promise<Clip[]> {
  const rows = await db.articles.bulkGet([...ids]);
  return rows.filter((r) => r !== undefined).map(fromClipRow);
}

/** Everything the clip view shows: the clip, its body and its entities in text order. */
export async function getClipDetails(db: BantinDb, id: string): Promise<ClipDetails | undefined> {
  return db.transaction('r', [db.articles, db.bodies, db.clipEntities], async () => {
    const row = await db.articles.get(id);
    if (!row) return undefined;
    const [body, entities] = await Promise.all([db.bodies.get(id), entitiesOfClip(db, id)]);
    return { clip: fromClipRow(row), body, entities };
  });
}

/** Stores (or replaces) the clip record alone: the pending record of a new clip. */
export async function putClip(db: BantinDb, clip: Clip): Promise<void> {
  await db.transaction('rw', [db.articles, db.meta], async () => {
    const before = await db.articles.get(clip.id);
    await db.articles.put(toClipRow(clip));
    await noteFingerprintChange(db, clip.id, before?.fingerprint, clip.fingerprint);
  });
}

/**
 * Stores a clip with its body and entities in one transaction. The clip's
 * facet keys are computed here from the entities, so they cannot drift.
 * `links` updates other clips of the same story in the same transaction.
 */
export async function saveClipContent(
  db: BantinDb,
  content: { clip: Clip; body: ClipBody; entities?: readonly ReviewedEntity[]; alsoOnOf?: { clipId: string; entry: AlsoOn } },
): Promise<{ clip: Clip; entities: EntityRow[] }> {
  return db.transaction('rw', [db.articles, db.bodies, db.clipEntities, db.meta], async () => {
    const before = await db.articles.get(content.clip.id);
    const entities = content.entities ? await replaceClipEntities(db, content.clip.id, content.entities) : await entitiesOfClip(db, content.clip.id);
    const clip: Clip = { ...content.clip, entityKeys: entityKeys(entities) };
    await db.articles.put(toClipRow(clip));
    await db.bodies.put({ ...content.body, id: clip.id });
    if (content.alsoOnOf) await addAlsoOn(db, content.alsoOnOf.clipId, content.alsoOnOf.entry);
    await noteFingerprintChange(db, clip.id, before?.fingerprint, clip.fingerprint);
    return { clip, entities };
  });
}

async function addAlsoOn(db: BantinDb, clipId: string, entry: AlsoOn): Promise<void> {
  await db.articles.where(':id').equals(clipId).modify((row) => {
    const others = (row.alsoOn ?? []).filter((a) => a.clipId !== entry.clipId);
    row.alsoOn = [...others, entry];
  });
}

/** Marks a clip as failed with its code, keeping whatever was stored. */
export async function markClipFailed(db: BantinDb, id: string, error: ClipError, now: string): Promise<void> {
  await db.articles.update(id, { status: 'failed', error, updatedAt: now });
}

/** Removes a record that turned out to be a duplicate, with anything stored for it. */
export async function discardClip(db: BantinDb, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.bodies, db.clipEntities], async () => {
    await Promise.all([db.articles.delete(id), db.bodies.delete(id), db.clipEntities.delete(id)]);
  });
}

/**
 * The clips stored for an address: their `url` or `canonicalUrl` equals one
 * of `urls` (already cleaned), oldest first; `exceptId` is left out (the
 * pending record of the clip being made).
 */
export async function findClipsByUrl(db: BantinDb, urls: readonly string[], exceptId?: string): Promise<Clip[]> {
  const wanted = [...new Set(urls.filter(Boolean))];
  if (wanted.length === 0) return [];
  const [byCanonical, byUrl] = await Promise.all([
    db.articles.where('canonicalUrl').anyOf(wanted).toArray(),
    db.articles.where('url').anyOf(wanted).toArray(),
  ]);
  const found = new Map([...byCanonical, ...byUrl].filter((r) => r.id !== exceptId).map((r) => [r.id, r]));
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(fromClipRow);
}
