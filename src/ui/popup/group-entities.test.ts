import { describe, expect, it } from 'vitest';
import { groupEntities } from './group-entities.ts';
import { exampleEntities } from './testing/example-outcome.ts';

describe('groupEntities', () => {
  it('puts each distinct entity in its family, counting mentions and leaving out rejected ones', () => {
    const groups = groupEntities(exampleEntities);
    const labels = (family: keyof typeof groups) => groups[family].map((c) => `${c.label}${c.count > 1 ? ` ×${c.count}` : ''}`);
    expect(labels('campaign')).toEqual(['Chống buôn lậu']);
    expect(labels('unit')).toEqual(['Cục Hải quan Lạng Sơn ×2']);
    expect(labels('figure')).toEqual(['6.452,7 tỷ đồng', '12%']);
    expect(labels('other')).toEqual(['Lạng Sơn']);
  });

  it('orders figures as amount, percent, quantity, marker, date, and each by first mention', () => {
    const base = { sentence: 's', status: 'auto' as const };
    const groups = groupEntities([
      { ...base, type: 'date', text: 'năm 2025', start: 0, end: 8, value: { start: '2025' } },
      { ...base, type: 'percent', text: '5%', start: 10, end: 12, value: 5 },
      { ...base, type: 'amount', text: '2 tỷ đồng', start: 20, end: 29, value: { amount: 2e9, currency: 'VND' } },
      { ...base, type: 'amount', text: 'hai tỷ đồng', start: 40, end: 51, value: { amount: 2e9, currency: 'VND' } },
      { ...base, type: 'amount', text: '1 tỷ đồng', start: 60, end: 69, value: { amount: 1e9, currency: 'VND' } },
    ]);
    expect(groups.figure.map((c) => [c.label, c.count])).toEqual([['2 tỷ đồng', 2], ['1 tỷ đồng', 1], ['5%', 1], ['năm 2025', 1]]);
  });

  it('joins spellings of one name', () => {
    const base = { sentence: 's', status: 'auto' as const, type: 'unit' as const };
    const groups = groupEntities([
      { ...base, text: 'Cục Hải quan Thanh Hoá', start: 0, end: 5, value: 'Cục Hải quan Thanh Hoá' },
      { ...base, text: 'Cục Hải quan Thanh Hóa', start: 9, end: 14, value: 'Cục Hải quan Thanh Hóa' },
    ]);
    expect(groups.unit).toHaveLength(1);
    expect(groups.unit[0]!.count).toBe(2);
  });
});
