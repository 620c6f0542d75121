import { describe, expect, it } from 'vitest';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('percents', () => {
  it('reads decimal commas, spaces before % and "phần trăm"', () => {
    expect(valuesOf('percent', 'Tăng 44,24%, giảm 3,2 % và đạt 100 phần trăm kế hoạch.')).toEqual([44.24, 3.2, 100]);
  });

  it('takes the approximator into the text', () => {
    expect(entitiesOf('percent', 'Vượt chỉ tiêu hơn 0,8% và tăng khoảng 85%.').map((e) => e.text)).toEqual(['hơn 0,8%', 'khoảng 85%']);
  });

  it('gives both ends of a range', () => {
    expect(valuesOf('percent', 'Dự kiến tăng 10-15% và 20 – 25% ở các cửa khẩu.')).toEqual([10, 15, 20, 25]);
  });

  it('leaves plain numbers alone', () => {
    expect(valuesOf('percent', 'Có 15 doanh nghiệp và 2.000 tờ khai.')).toEqual([]);
  });
});
