import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('markers', () => {
  it('expands a list, one marker per number with its own text', () => {
    const found = entitiesOf('marker', 'Xây đường tới các mốc Quốc giới: 1039, 1221,1236, 1257 trên tuyến biên giới.');
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['1039', '1039'],
      ['1221', '1221'],
      ['1236', '1236'],
      ['1257', '1257'],
    ]);
  });

  it('reads stretches, sub-markers and "và"', () => {
    expect(valuesOf('marker', 'Thắp sáng đoạn từ Mốc 1256 - 1257+500; các cột mốc 49, 49/1 và 50/2.')).toEqual(['1256', '1257+500', '49', '49/1', '50/2']);
    expect(valuesOf('marker', 'Từ mốc số 1116 đến mốc 1118/2 dài 3 km.')).toEqual(['1116', '1118/2']);
  });

  it('needs a mốc word governing the number', () => {
    expect(valuesOf('marker', 'Tỉnh có 442 mốc giới và 1.200 km đường biên; mốc giao điểm ở đó.')).toEqual([]);
  });
});
