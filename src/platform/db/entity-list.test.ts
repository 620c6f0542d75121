import { describe, expect, it } from 'vitest';
import type { ReviewedEntity } from '../../core/schemas/index.ts';
import { entityRowsOf, ID_SPAN, newEntityList, reviewedEntitiesOf, splitEntityId } from './entity-list.ts';

const S1 = 'Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng.';
const S2 = 'Ông Nguyễn Văn A làm việc tại Lạng Sơn.';
const entities: ReviewedEntity[] = [
  { type: 'amount', text: '6.000 tỷ đồng', value: { amount: 6e12, currency: 'VND' }, start: 26, end: 39, sentence: S1, status: 'auto' },
  { type: 'unit', text: 'Cục Hải quan Lạng Sơn', value: 'Cục Hải quan Lạng Sơn', start: 0, end: 21, sentence: S1, status: 'confirmed' },
  { type: 'place', text: 'Lạng Sơn', value: 'Lạng Sơn', start: 71, end: 79, sentence: S2, status: 'rejected' },
];

describe('entity lists', () => {
  it('keeps each sentence once and gives the entities back whole, in text order, keys in their own order', () => {
    const list = newEntityList('c1', 7, entities);
    expect(list.sentences).toEqual([S1, S2]);
    const back = reviewedEntitiesOf(list);
    expect(back.map((e) => JSON.stringify(e))).toEqual([entities[1], entities[0], entities[2]].map((e) => JSON.stringify(e)));
  });

  it('numbers the entities in the order given, ids made of the seq and that number', () => {
    const rows = entityRowsOf(newEntityList('c1', 7, entities));
    expect(rows.map((r) => r.id)).toEqual([7 * ID_SPAN + 1, 7 * ID_SPAN, 7 * ID_SPAN + 2]);
    expect(rows.map((r) => [r.clipId, r.key])).toEqual([['c1', 'unit:Cục Hải quan Lạng Sơn'], ['c1', 'type:amount'], ['c1', '']]);
    expect(splitEntityId(rows[2]!.id)).toEqual({ seq: 7, n: 2 });
  });

  it('drops the storage fields an entity read from the library still carries', () => {
    const withRowFields = { ...entities[1]!, id: 12, clipId: 'old', key: 'unit:x' } as unknown as ReviewedEntity;
    expect(reviewedEntitiesOf(newEntityList('c2', 1, [withRowFields]))).toEqual([entities[1]]);
  });
});
