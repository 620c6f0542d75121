import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../core/schemas/index.ts';
import type { BantinDb } from './bantin-db.ts';
import { countClips, getClip, saveClipContent } from './clips-repository.ts';
import { addEntity, entitiesOfClip, entitiesWithKey, retagClipEntities, reviewEntity } from './entities-repository.ts';
import { freshDb, makeClip } from './testing/fake-db.ts';

const TEXT = 'Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng. Ông Nguyễn Văn A làm việc tại Lạng Sơn.';
const span = (text: string) => ({ text, start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length, sentence: '' });
const unit: Entity = { type: 'unit', ...span('Cục Hải quan Lạng Sơn'), value: 'Cục Hải quan Lạng Sơn' };
const amount: Entity = { type: 'amount', ...span('6.000 tỷ đồng'), value: { amount: 6e12, currency: 'VND' } };
const place: Entity = { type: 'place', ...span('Lạng Sơn.'), value: 'Lạng Sơn' };

let db: BantinDb;
let ids: { unit: number; amount: number; place: number };
beforeEach(async () => {
  db = freshDb();
  const { entities } = await saveClipContent(db, {
    clip: makeClip({ id: 'c1' }),
    body: { id: 'c1', text: TEXT, html: '' },
    entities: [unit, amount, place].map((e) => ({ ...e, status: 'auto' as const })),
  });
  ids = { unit: entities[0]!.id, amount: entities[1]!.id, place: entities[2]!.id };
});
afterEach(() => db.close());

describe('reviewing entities', () => {
  it('confirms, keeping the value and the facet key', async () => {
    const { entity, entityKeys } = await reviewEntity(db, ids.unit, { kind: 'confirm' });
    expect(entity).toMatchObject({ status: 'confirmed', value: 'Cục Hải quan Lạng Sơn', key: 'unit:Cục Hải quan Lạng Sơn' });
    expect(entityKeys).toContain('unit:Cục Hải quan Lạng Sơn');
  });

  it('corrects type and value, keeping the tagger original, and moves the clip between facets', async () => {
    const { entity, entityKeys } = await reviewEntity(db, ids.unit, { kind: 'correct', type: 'unit', value: 'Chi cục Hải quan cửa khẩu Hữu Nghị' });
    expect(entity).toMatchObject({ status: 'corrected', original: { type: 'unit', value: 'Cục Hải quan Lạng Sơn' }, text: 'Cục Hải quan Lạng Sơn' });
    expect(entityKeys).toContain('unit:Chi cục Hải quan cửa khẩu Hữu Nghị');
    expect(entityKeys).not.toContain('unit:Cục Hải quan Lạng Sơn');
    expect(await countClips(db, { entityKeys: ['unit:Chi cục Hải quan cửa khẩu Hữu Nghị'] })).toBe(1);
    // A second correction keeps the first original.
    const again = await reviewEntity(db, ids.unit, { kind: 'correct', type: 'place', value: 'Lạng Sơn' });
    expect(again.entity?.original).toEqual({ type: 'unit', value: 'Cục Hải quan Lạng Sơn' });
  });

  it('refuses a correction whose value does not fit the type', async () => {
    await expect(reviewEntity(db, ids.amount, { kind: 'correct', type: 'amount', value: 'sáu nghìn tỷ' })).rejects.toMatchObject({ code: 'invalid-entity' });
    expect((await entitiesOfClip(db, 'c1'))[1]?.status).toBe('auto');
  });

  it('rejects: the entity stays remembered but leaves every facet', async () => {
    const { entity, entityKeys } = await reviewEntity(db, ids.place, { kind: 'reject' });
    expect(entity).toMatchObject({ status: 'rejected', key: '' });
    expect(entityKeys).not.toContain('type:place');
    expect(await entitiesWithKey(db, 'place:Lạng Sơn')).toEqual([]);
    expect((await getClip(db, 'c1'))?.entityKeys).toEqual(entityKeys);
  });

  it('restores a correction to the tagger word', async () => {
    await reviewEntity(db, ids.unit, { kind: 'correct', type: 'place', value: 'Lạng Sơn' });
    const { entity } = await reviewEntity(db, ids.unit, { kind: 'restore' });
    expect(entity).toMatchObject({ status: 'auto', type: 'unit', value: 'Cục Hải quan Lạng Sơn' });
    expect(entity).not.toHaveProperty('original');
  });

  it('adds an entity from a selection with its text and sentence, and removes it on reject', async () => {
    const s = TEXT.indexOf('Nguyễn Văn A');
    const { entity, entityKeys } = await addEntity(db, 'c1', { type: 'person', value: 'Nguyễn Văn A', start: s, end: s + 12, role: 'Cục trưởng' });
    expect(entity).toMatchObject({ status: 'added', text: 'Nguyễn Văn A', role: 'Cục trưởng', sentence: 'Ông Nguyễn Văn A làm việc tại Lạng Sơn.' });
    expect(entityKeys).toContain('person:Nguyễn Văn A');
    await expect(addEntity(db, 'c1', { type: 'person', value: 'X', start: 5, end: 500 })).rejects.toMatchObject({ code: 'invalid-entity' });
    await expect(addEntity(db, 'nope', { type: 'person', value: 'X', start: 0, end: 1 })).rejects.toMatchObject({ code: 'clip-not-found' });
    const removed = await reviewEntity(db, entity!.id, { kind: 'reject' });
    expect(removed.entity).toBeUndefined();
    expect(removed.entityKeys).not.toContain('person:Nguyễn Văn A');
  });

  it('takes offsets into the lead and body together, as the tagger does', async () => {
    await saveClipContent(db, { clip: makeClip({ id: 'c2', lead: 'Sapo về Tổng cục Hải quan.' }), body: { id: 'c2', text: TEXT, html: '' }, entities: [] });
    const start = 'Sapo về '.length;
    const { entity } = await addEntity(db, 'c2', { type: 'unit', value: 'Tổng cục Hải quan', start, end: start + 17 });
    expect(entity).toMatchObject({ text: 'Tổng cục Hải quan', sentence: 'Sapo về Tổng cục Hải quan.' });
    const inBody = 'Sapo về Tổng cục Hải quan.\n\n'.length + TEXT.indexOf('Lạng Sơn.');
    expect((await addEntity(db, 'c2', { type: 'place', value: 'Lạng Sơn', start: inBody, end: inBody + 8 })).entity?.text).toBe('Lạng Sơn');
  });

  it('says when the entity is gone', async () => {
    await expect(reviewEntity(db, 9999, { kind: 'confirm' })).rejects.toMatchObject({ code: 'entity-not-found' });
  });
});

describe('re-tagging', () => {
  it('keeps people corrections and rejections and replaces the tagger own words', async () => {
    await reviewEntity(db, ids.unit, { kind: 'correct', type: 'unit', value: 'Tổng cục Hải quan' });
    await reviewEntity(db, ids.place, { kind: 'reject' });
    const freshAmount: Entity = { ...amount, value: { amount: 6e12, currency: 'VND', approx: 'about' } };
    const { entities, entityKeys } = await retagClipEntities(db, 'c1', [unit, freshAmount, place]);
    expect(entities.map((e) => [e.type, e.status])).toEqual([
      ['unit', 'corrected'],
      ['amount', 'auto'],
      ['place', 'rejected'],
    ]);
    expect(entities[0]!.value).toBe('Tổng cục Hải quan');
    expect(entities[1]!.value).toEqual({ amount: 6e12, currency: 'VND', approx: 'about' });
    expect(entityKeys).toEqual(['type:amount', 'type:unit', 'unit:Tổng cục Hải quan']);
    await expect(retagClipEntities(db, 'gone', [])).rejects.toMatchObject({ code: 'clip-not-found' });
  });
});
