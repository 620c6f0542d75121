import { entityKey } from '../../core/clip/entity-keys.ts';
import type { ReviewedEntity } from '../../core/schemas/index.ts';
import type { EntityRow } from './bantin-db.ts';

// A clip's entities are stored as ONE row of `clipEntities` (schema v2), not
// one row per entity: 10,000 clips of ~40 entities were 400,000 rows with two
// index entries each, and writing them was most of the cost of an import.
// Entities quote the sentence they stand in, and several stand in one
// sentence, so the row keeps each sentence once and the entity its position
// in that list. The numeric id the review UI uses stays: `seq` (unique per
// stored list, never reused) times ID_SPAN plus the entity's number in its
// list (`ids`, kept across reviews; a fresh list numbers from 0 again).

/** Entity numbers a list can give before it takes a fresh `seq`. */
export const ID_SPAN = 2 ** 20;

/** A stored entity: the reviewed entity with `sentence` as an index into the list's sentences. */
export type StoredEntity = Omit<ReviewedEntity, 'sentence'> & { sentence: number };

export interface EntityListRow {
  clipId: string;
  seq: number;
  /** The next entity number this list gives. */
  next: number;
  /** Entity numbers, parallel to `entities`. */
  ids: number[];
  sentences: string[];
  /** In text order (start, end, then number). */
  entities: StoredEntity[];
}

/** A reviewed entity and its number within its list. */
export interface ListedEntity {
  n: number;
  entity: ReviewedEntity;
}

export const rowKey = (e: ReviewedEntity) => (e.status === 'rejected' ? '' : entityKey(e));

/** The reviewed entity alone, without the fields of a v1 row (id, clipId, key) it may still carry. */
export function withoutRowFields(e: ReviewedEntity): ReviewedEntity {
  if (!('id' in e || 'clipId' in e || 'key' in e)) return e;
  const { id: _id, clipId: _clipId, key: _key, ...entity } = e as ReviewedEntity & Partial<Pick<EntityRow, 'id' | 'clipId' | 'key'>>;
  return entity as ReviewedEntity;
}

const byPosition = (a: ListedEntity, b: ListedEntity) => a.entity.start - b.entity.start || a.entity.end - b.entity.end || a.n - b.n;

/** The stored row of a clip's entities; `items` in any order. */
export function encodeEntityList(clipId: string, seq: number, next: number, items: readonly ListedEntity[]): EntityListRow {
  // Lists come in text order almost always (the tagger's order, a stored list): sorted only when not.
  const sorted = items.every((item, i) => i === 0 || byPosition(items[i - 1]!, item) <= 0) ? items : [...items].sort(byPosition);
  const sentences: string[] = [];
  const index = new Map<string, number>();
  const entities = sorted.map(({ entity }) => {
    let i = index.get(entity.sentence);
    if (i === undefined) {
      i = sentences.push(entity.sentence) - 1;
      index.set(entity.sentence, i);
    }
    // Spread then overwrite: the entity keeps its own key order.
    return { ...withoutRowFields(entity), sentence: i } as StoredEntity;
  });
  return { clipId, seq, next, ids: sorted.map((s) => s.n), sentences, entities };
}

/** A fresh list numbering `entities` 0, 1, 2… in the order given. */
export function newEntityList(clipId: string, seq: number, entities: readonly ReviewedEntity[]): EntityListRow {
  return encodeEntityList(clipId, seq, entities.length, entities.map((entity, n) => ({ n, entity })));
}

/** The reviewed entities of a list, in text order. */
export function reviewedEntitiesOf(row: EntityListRow | undefined): ReviewedEntity[] {
  if (!row) return [];
  const { sentences } = row;
  return row.entities.map((e) => ({ ...e, sentence: sentences[e.sentence] ?? '' }) as ReviewedEntity);
}

/** The entities of a list with their numbers, in text order. */
export function listedEntitiesOf(row: EntityListRow): ListedEntity[] {
  const reviewed = reviewedEntitiesOf(row);
  return reviewed.map((entity, i) => ({ n: row.ids[i]!, entity }));
}

/** The entities of a list as the repository hands them out: with id, clip and facet key. */
export function entityRowsOf(row: EntityListRow | undefined): EntityRow[] {
  if (!row) return [];
  return listedEntitiesOf(row).map(({ n, entity }) => ({ ...entity, id: row.seq * ID_SPAN + n, clipId: row.clipId, key: rowKey(entity) }) as EntityRow);
}

/** The list and number an entity id points at. */
export function splitEntityId(id: number): { seq: number; n: number } {
  return { seq: Math.floor(id / ID_SPAN), n: id % ID_SPAN };
}
