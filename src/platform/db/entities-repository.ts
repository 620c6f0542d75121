import { entityKeys } from '../../core/clip/entity-keys.ts';
import { taggedText } from '../../core/clip/tagged-text.ts';
import { mergeRetagged } from '../../core/review/merge-retagged.ts';
import { sentenceAround } from '../../core/review/sentence-around.ts';
import { EntitySchema, type Entity, type EntityType, type ReviewedEntity } from '../../core/schemas/index.ts';
import type { BantinDb, EntityRow } from './bantin-db.ts';
import { encodeEntityList, entityRowsOf, ID_SPAN, listedEntitiesOf, newEntityList, rowKey, splitEntityId, withoutRowFields, type EntityListRow } from './entity-list.ts';
import { reserveEntitySeqs } from './entity-seq.ts';
import { RepositoryError } from './repository-error.ts';

// The entities of the clips: one list per clip in `clipEntities`
// (entity-list.ts), each entity with its own numeric id. Every change a
// person makes goes through here and refreshes the clip's facet keys in the
// same transaction, so the library's facets always show what people decided.

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

/** The entities of a clip, rejected ones included, in text order. */
export async function entitiesOfClip(db: BantinDb, clipId: string): Promise<EntityRow[]> {
  return entityRowsOf(await db.clipEntities.get(clipId));
}

/** Every standing entity with a facet key ("unit:…", "type:amount"), across the library. */
export async function entitiesWithKey(db: BantinDb, key: string): Promise<EntityRow[]> {
  if (!key) return [];
  // The clips' facet keys are the keys of their standing entities: only those clips' lists are read.
  return db.transaction('r', [db.articles, db.clipEntities], async () => {
    const clipIds = await db.articles.where('entityKeys').equals(key).primaryKeys();
    const lists = await db.clipEntities.bulkGet(clipIds);
    return lists.flatMap((list) => entityRowsOf(list).filter((e) => e.key === key));
  });
}

/** Replaces the entities of a clip (numbered afresh); joins the caller's transaction when there is one. */
export async function replaceClipEntities(db: BantinDb, clipId: string, entities: readonly ReviewedEntity[]): Promise<EntityRow[]> {
  return db.transaction('rw', [db.clipEntities, db.meta], async () => {
    const seq = await reserveEntitySeqs(db, 1);
    const list = newEntityList(clipId, seq, entities.map(withoutRowFields));
    await db.clipEntities.put(list);
    return entityRowsOf(list);
  });
}

async function refreshClipKeys(db: BantinDb, clipId: string, entities: readonly ReviewedEntity[]): Promise<string[]> {
  const keys = entityKeys(entities);
  await db.articles.update(clipId, { entityKeys: keys, updatedAt: new Date().toISOString() });
  return keys;
}

/** The list holding entity `entityId` and where in it; throws entity-not-found. */
async function findEntity(db: BantinDb, entityId: number): Promise<{ list: EntityListRow; row: EntityRow; index: number }> {
  const { seq, n } = splitEntityId(entityId);
  const list = Number.isInteger(entityId) ? await db.clipEntities.where('seq').equals(seq).first() : undefined;
  const index = list ? list.ids.indexOf(n) : -1;
  const row = list && index >= 0 ? entityRowsOf(list)[index] : undefined;
  if (!list || !row) throw new RepositoryError('entity-not-found', String(entityId));
  return { list, row, index };
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
  return db.transaction('rw', [db.clipEntities, db.articles], async () => {
    const { list, row, index } = await findEntity(db, entityId);
    const next = reviewed(row, review);
    const items = listedEntitiesOf(list);
    if (next) items[index] = { n: items[index]!.n, entity: next };
    else items.splice(index, 1);
    const stored = encodeEntityList(list.clipId, list.seq, list.next, items);
    await db.clipEntities.put(stored);
    const keys = await refreshClipKeys(db, list.clipId, items.map((i) => i.entity));
    return { entity: next && ({ ...next, id: row.id, clipId: row.clipId, key: rowKey(next) } as EntityRow), entityKeys: keys };
  });
}

/** Adds an entity a person selected in the clip's text. */
export async function addEntity(db: BantinDb, clipId: string, input: NewEntity): Promise<EntityChange> {
  return db.transaction('rw', [db.clipEntities, db.articles, db.bodies, db.meta], async () => {
    const [clip, body, list] = await Promise.all([db.articles.get(clipId), db.bodies.get(clipId), db.clipEntities.get(clipId)]);
    if (!clip || !body) throw new RepositoryError('clip-not-found', clipId);
    const text = taggedText(clip.lead, body.text);
    const { start, end } = input;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
      throw new RepositoryError('invalid-entity', `span ${start}-${end}`);
    }
    const role = input.type === 'person' && input.role ? { role: input.role } : {};
    const fields = { type: input.type, value: input.value, text: text.slice(start, end), start, end, sentence: sentenceAround(text, start, end), ...role };
    const entity = { ...validEntity(fields), status: 'added' } as ReviewedEntity;
    const items = list ? listedEntitiesOf(list) : [];
    // A list out of numbers (or none yet) starts afresh under a new seq.
    const fresh = !list || list.next >= ID_SPAN;
    const seq = fresh ? await reserveEntitySeqs(db, 1) : list.seq;
    const numbered = fresh ? items.map((item, n) => ({ n, entity: item.entity })) : items;
    const n = fresh ? numbered.length : list.next;
    numbered.push({ n, entity });
    await db.clipEntities.put(encodeEntityList(clipId, seq, n + 1, numbered));
    const row = { ...entity, id: seq * ID_SPAN + n, clipId, key: rowKey(entity) } as EntityRow;
    return { entity: row, entityKeys: await refreshClipKeys(db, clipId, numbered.map((i) => i.entity)) };
  });
}

/** Re-tags a clip: the tagger's fresh word replaces its old one, people's reviews stay. */
export async function retagClipEntities(db: BantinDb, clipId: string, fresh: readonly Entity[]): Promise<{ entities: EntityRow[]; entityKeys: string[] }> {
  return db.transaction('rw', [db.clipEntities, db.articles, db.meta], async () => {
    if (!(await db.articles.get(clipId))) throw new RepositoryError('clip-not-found', clipId);
    const merged = mergeRetagged(await entitiesOfClip(db, clipId), fresh);
    const entities = await replaceClipEntities(db, clipId, merged);
    return { entities, entityKeys: await refreshClipKeys(db, clipId, entities) };
  });
}
