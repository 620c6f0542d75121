import { describe, expect, it } from 'vitest';
import type { ReviewedEntity } from '../schemas/index.ts';
import { entityKey, entityKeys, parseEntityKey } from './entity-keys.ts';

const unit = (value: string, status: ReviewedEntity['status'] = 'auto'): ReviewedEntity => ({
  type: 'unit', text: value, start: 0, end: value.length, sentence: '', value, status,
});

describe('entityKeys', () => {
  it('gives one key per named value and one per type present, sorted and distinct', () => {
    const entities: ReviewedEntity[] = [
      unit('Cục Hải quan Lạng Sơn'),
      unit('Cục Hải quan Lạng Sơn'),
      { type: 'campaign', text: 'dân vận khéo', start: 5, end: 17, sentence: '', value: 'Dân vận khéo', status: 'confirmed' },
      { type: 'amount', text: '6.000 tỷ đồng', start: 20, end: 33, sentence: '', value: { amount: 6e12, currency: 'VND' }, status: 'auto' },
      { type: 'person', text: 'ông A', start: 40, end: 45, sentence: '', value: 'Nguyễn Văn A', status: 'added' },
      { type: 'place', text: 'Lạng Sơn', start: 50, end: 58, sentence: '', value: 'Lạng Sơn', status: 'auto' },
      { type: 'document', text: 'Nghị định 08/2015/NĐ-CP', start: 60, end: 83, sentence: '', value: '08/2015/NĐ-CP', status: 'auto' },
    ];
    expect(entityKeys(entities)).toEqual([
      'campaign:Dân vận khéo',
      'person:Nguyễn Văn A',
      'place:Lạng Sơn',
      'type:amount',
      'type:campaign',
      'type:document',
      'type:person',
      'type:place',
      'type:unit',
      'unit:Cục Hải quan Lạng Sơn',
    ]);
  });

  it('leaves out rejected entities, and a type only they had', () => {
    expect(entityKeys([unit('Hải quan', 'rejected')])).toEqual([]);
    expect(entityKeys([unit('Hải quan', 'rejected'), unit('Tổng cục Hải quan')])).toEqual([
      'type:unit',
      'unit:Tổng cục Hải quan',
    ]);
  });

  it('uses the corrected type and value, not the tagger original', () => {
    const corrected: ReviewedEntity = {
      type: 'place', text: 'Lạng Sơn', start: 0, end: 8, sentence: '', value: 'Lạng Sơn', status: 'corrected',
      original: { type: 'unit', value: 'Cục Hải quan Lạng Sơn' },
    };
    expect(entityKeys([corrected])).toEqual(['place:Lạng Sơn', 'type:place']);
  });

  it('spells values canonically, so old-style tones and decomposed text give one key', () => {
    const a = unit('Chi cục Hải quan Thanh Hoá'.normalize('NFD'));
    const b = unit('Chi cục  Hải quan Thanh Hóa');
    expect(entityKey(a)).toBe('unit:Chi cục Hải quan Thanh Hóa');
    expect(entityKeys([a, b])).toEqual(['type:unit', 'unit:Chi cục Hải quan Thanh Hóa']);
  });

  it('parses a key back into facet and value, keeping colons in the value', () => {
    expect(parseEntityKey('campaign:Chủ đề: Kỷ cương')).toEqual({ facet: 'campaign', value: 'Chủ đề: Kỷ cương' });
  });
});
