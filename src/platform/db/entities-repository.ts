import { entityKey, entityKeys } from '../../core/clip/entity-keys.ts';
import { taggedText } from '../../core/clip/tagged-text.ts';
import { mergeRetagged } from '../../core/review/merge-retagged.ts';
import { sentenceAround } from '../../core/review/sentence-around.ts';
import { EntitySchema, type Entity, type EntityType, type ReviewedEntity } from '../../core/schemas/index.ts';
import type { BantinDb, EntityRow } from './bantin-db.ts';
import { RepositoryError } from './repository-error.ts';

// The `entities` table: one row per (clip, entity). Every change a person
// makes goes through here and refreshes the clip's facet keys in the same
// transaction, so the library's facets always show what people decided.

/** What a person does to one entity. */
export type EntityReview =
  | { kind: 'confirm' }
  | { kind: 'reject' }
  /** Back to the tagger's word: undoes a confirmation, rejection or correction. */
  | { kind: 'restore' }
  | { kind: 'correct'; type: EntityType; value: unknown; role?: string };

/** An entity a person marks in the text (offsets into core/clip taggedText: lead, blank line, body). */
export interface NewEntity {
  type: EntityType;
  value: unknown;
  start: number;
  end: number;
  role?: string;
}

export interface EntityChange {
  /** The entity as it now stands; undefined when the change removed it. */
  entity: EntityRow | undefined;
  /** The clip's facet keys after the change. */
  entityKeys: string[];
}

const rowKey = (e: ReviewedEntity) => (e.status === 'rejected' ? '' : entityKey(e));
const byPosition = (a: EntityRow, b: EntityRow) => a.start - b.start || a.end - b.end || a.id - b.id;

/** The entities of a clip, rejected ones included, in text order. */
export async function entitiesOfClip(db: BantinDb, clipId: string): Promise<EntityRow[]> {
  return (await db.entities.where('clipId').equals(clipId).toArray()).sort(byPosition);
}

/** Every standing entity with a facet key ("unit:…", "type:amount"), across the library. */
export async function entitiesWithKey(db: BantinDb, key: string): Promise<EntityRow[]> {
  if (!key) return [];
  return db.entities.where('key').equals(key).toArray();
}

/** Replaces the entities of a clip; joins the caller's transaction when there is one. */
export async function replaceClipEntities(db: BantinDb, clipId: string, entities: readonly ReviewedEntity[]): Promise<EntityRow[]> {
  return db.transaction('rw', db.entities, async () => {
    await db.entities.where('clipId').equals(clipId).delete();
    const rows = entities.map((e) => ({ ...withoutRowFields(e), clipId, key: rowKey(e) }));
    const ids = await db.entities.bulkAdd(rows as EntityRow[], { allKeys: true });
    return rows.map((r, i) => ({ ...r, id: ids[i]! }) as EntityRow).sort(byPosition);
  });
}

function withoutRowFields(e: ReviewedEntity): ReviewedEntity {
  const { id: _id, clipId: _clipId, key: _key, ...entity } = e as ReviewedEntity & Partial<Pick<EntityRow, 'id' | 'clipId' | 'key'>>;
  return entity as ReviewedEntity;
}

async function refreshClipKeys(db: BantinDb, clipId: string): Promise<string[]> {
  const keys = entityKeys(await entitiesOfClip(db, clipId));
  await db.articles.update(clipId, { entityKeys: keys, updatedAt: new Date().toISOString() });
  return keys;
}

function validEntity(candidate: Record<string, unknown>): Entity {
  const parsed = EntitySchema.safeParse(candidate);
  if (!parsed.success) throw new RepositoryError('invalid-entity', parsed.error.issues[0]?.message);
  return parsed.data;
}

function reviewed(row: EntityRow, review: EntityReview): ReviewedEntity | undefined {
  const { id: _id, clipId: _clipId, key: _key, ...entity } = row;
  const base = { text: row.text, start: row.start, end: row.end, sentence: row.sentence };
  switch (review.kind) {
    case 'confirm':
      return { ...entity, status: row.status === 'corrected' || row.status === 'added' ? row.status : 'confirmed' } as ReviewedEntity;
    case 'reject':
      // A person's own addition has no tagger word to remember: it just goes.
      return row.status === 'added' ? undefined : ({ ...entity, status: 'rejected' } as ReviewedEntity);
    case 'restore': {
      if (row.status === 'added') return entity as ReviewedEntity;
      const { original, ...rest } = entity;
      const restored = original ? validEntity({ ...base, type: original.type, value: original.value }) : (rest as Entity);
      return { ...restored, status: 'auto' } as ReviewedEntity;
    }
    case 'correct': {
      const role = review.type === 'person' ? { role: review.role } : {};
      const corrected = validEntity({ ...base, type: review.type, value: review.value, ...role });
      if (row.status === 'added') return { ...corrected, status: 'added' } as ReviewedEntity;
      const original = row.original ?? { type: row.type, value: row.value };
      return { ...corrected, status: 'corrected', original } as ReviewedEntity;
    }
  }
}

/** Applies a person's review to one entity and refreshes the clip's facet keys. */
export async function reviewEntity(db: BantinDb, entityId: number, review: EntityReview): Promise<EntityChange> {
  return db.transaction('rw', [db.entities, db.articles], async () => {
    const row = await db.entities.get(entityId);
    if (!row) throw new RepositoryError('entity-not-found', String(entityId));
    const next = reviewed(row, review);
    if (!next) {
      await db.entities.delete(entityId);
      return { entity: undefined, entityKeys: await refreshClipKeys(db, row.clipId) };
    }
    const entity = { ...next, id: row.id, clipId: row.clipId, key: rowKey(next) } as EntityRow;
    await db.entities.put(entity);
    return { entity, entityKeys: await refreshClipKeys(db, row.clipId) };
  });
}

/** Adds an entity a person selected in the clip's text. */
export async function addEntity(db: BantinDb, clipId: string, input: NewEntity): Promise<EntityChange> {
  return db.transaction('rw', [db.entities, db.articles, db.bodies], async () => {
    const [clip, body] = await Promise.all([db.articles.get(clipId), db.bodies.get(clipId)]);
    if (!clip || !body) throw new RepositoryError('clip-not-found', clipId);
    const text = taggedText(clip.lead, body.text);
    const { start, end } = input;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
      throw new RepositoryError('invalid-entity', `span ${start}-${end}`);
    }
    const role = input.type === 'person' && input.role ? { role: input.role } : {};
    const fields = { type: input.type, value: input.value, text: text.slice(start, end), start, end, sentence: sentenceAround(text, start, end), ...role };
    const entity = { ...validEntity(fields), status: 'added' } as ReviewedEntity;
    const row = { ...entity, clipId, key: rowKey(entity) } as EntityRow;
    const id = await db.entities.add(row);
    return { entity: { ...row, id }, entityKeys: await refreshClipKeys(db, clipId) };
  });
}

/** Re-tags a clip: the tagger's fresh word replaces its old one, people's reviews stay. */
export async function retagClipEntities(db: BantinDb, clipId: string, fresh: readonly Entity[]): Promise<{ entities: EntityRow[]; entityKeys: string[] }> {
  return db.transaction('rw', [db.entities, db.articles], async () => {
    if (!(await db.articles.get(clipId))) throw new RepositoryError('clip-not-found', clipId);
    const merged = mergeRetagged(await entitiesOfClip(db, clipId), fresh);
    const entities = await replaceClipEntities(db, clipId, merged);
    return { entities, entityKeys: await refreshClipKeys(db, clipId) };
  });
}
