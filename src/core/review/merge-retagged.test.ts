import { describe, expect, it } from 'vitest';
import type { Entity, ReviewedEntity } from '../schemas/index.ts';
import { mergeRetagged } from './merge-retagged.ts';

const TEXT = 'Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng, phong trào dân vận khéo tại Lạng Sơn.';
const at = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { text, start, end: start + text.length, sentence: TEXT };
};
const unitLS: Entity = { type: 'unit', ...at('Cục Hải quan Lạng Sơn'), value: 'Cục Hải quan Lạng Sơn' };
const amount: Entity = { type: 'amount', ...at('6.000 tỷ đồng'), value: { amount: 6e12, currency: 'VND' } };
const campaign: Entity = { type: 'campaign', ...at('dân vận khéo'), value: 'Dân vận khéo' };
const place: Entity = { type: 'place', ...at('Lạng Sơn', 30), value: 'Lạng Sơn' };

const reviewed = (e: Entity, status: ReviewedEntity['status'], extra: Partial<ReviewedEntity> = {}) =>
  ({ ...e, status, ...extra }) as ReviewedEntity;

describe('mergeRetagged', () => {
  it('replaces the tagger own earlier words with the fresh ones', () => {
    const previous = [reviewed(unitLS, 'auto'), reviewed({ ...amount, value: { amount: 6e9, currency: 'VND' } }, 'auto')];
    const merged = mergeRetagged(previous, [unitLS, amount, campaign]);
    expect(merged.map((e) => [e.type, e.status])).toEqual([['unit', 'auto'], ['amount', 'auto'], ['campaign', 'auto']]);
    expect(merged[1]!.value).toEqual({ amount: 6e12, currency: 'VND' });
  });

  it('drops an earlier auto entity the fresh run no longer finds', () => {
    expect(mergeRetagged([reviewed(place, 'auto')], [unitLS]).map((e) => e.type)).toEqual(['unit']);
  });

  it('keeps confirmed, corrected and added entities as the person left them', () => {
    const corrected = reviewed(unitLS, 'corrected', {
      type: 'unit', value: 'Chi cục Hải quan cửa khẩu Hữu Nghị',
      original: { type: 'unit', value: 'Cục Hải quan Lạng Sơn' },
    } as Partial<ReviewedEntity>);
    const added = reviewed(place, 'added');
    const confirmed = reviewed(campaign, 'confirmed');
    const merged = mergeRetagged([corrected, confirmed, added], [unitLS, amount, campaign, place]);
    expect(merged).toHaveLength(4);
    expect(merged[0]).toEqual(corrected);
    expect(merged[1]).toMatchObject({ type: 'amount', status: 'auto' });
    expect(merged[2]).toEqual(confirmed);
    expect(merged[3]).toEqual(added);
  });

  it('keeps a rejected entity rejected when the tagger finds the same span again', () => {
    const rejected = reviewed(place, 'rejected');
    const merged = mergeRetagged([rejected], [place, { ...place, type: 'unit', value: 'Lạng Sơn' } as Entity]);
    expect(merged).toEqual([rejected]);
  });

  it('keeps one fresh entity per span and type when the tagger repeats itself', () => {
    expect(mergeRetagged([], [amount, amount])).toHaveLength(1);
  });

  it('does not carry a status from the fresh input', () => {
    const sneaky = { ...unitLS, status: 'confirmed' } as unknown as Entity;
    expect(mergeRetagged([], [sneaky])[0]!.status).toBe('auto');
  });
});
